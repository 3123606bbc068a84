import path from 'node:path';
import { build } from 'vite';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Bundles TypeScript entries for Node (an SSR build: node_modules stay imports, resolved from the
 * repo), as the Electron build bundles main, so tests start them without compiling through tsx.
 * Rebuilt on every run, so a bundle is never older than its sources.
 */
export async function bundleForNode(input: string | Record<string, string>, outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'warn',
    resolve: { alias: { '@shared': path.join(REPO_ROOT, 'shared') } },
    build: {
      ssr: typeof input === 'string' ? input : true,
      rollupOptions: typeof input === 'string' ? undefined : { input },
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
    },
  });
}
