import path from 'node:path';

/**
 * Where the bundled files sit under a resources folder (the repo's resources/, or the packaged
 * app's resources). The installer configuration copies them to these same names.
 */
export const RESOURCE_FOLDERS = { data: 'data', migrations: 'migrations' } as const;

export const bundledDataDir = (resourcesDir: string): string => path.join(resourcesDir, RESOURCE_FOLDERS.data);
export const bundledMigrationsDir = (resourcesDir: string): string => path.join(resourcesDir, RESOURCE_FOLDERS.migrations);
