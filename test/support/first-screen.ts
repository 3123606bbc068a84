import { gzipSync } from 'node:zlib';

/** The part of Vite's build manifest (.vite/manifest.json) that says which chunk loads which. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface ChunkSize {
  file: string;
  gzip: number;
}

/** The renderer's JS budget before the first screen shows (issue figure P4), in gzip bytes. */
export const FIRST_SCREEN_BUDGET = 250 * 1024;

/**
 * What a window loads before a screen can show: the entry's static imports, then, for each lazily
 * loaded module on the way (a screen), that chunk and its static imports. The modules are named by
 * their source path (`src/print/print-page.tsx`), as the manifest keys them; one bundled into the
 * entry (the manifest keys only chunks) is loaded with it.
 */
export function chunksBefore(manifest: Manifest, lazySources: readonly string[]): string[] {
  const keyOf = (source: string) => Object.keys(manifest).find((k) => k === source || k.endsWith(`/${source}`));
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entry) throw new Error('the build manifest has no entry');
  const seen = new Set<string>();
  const pending = [entry, ...lazySources.flatMap((source) => keyOf(source) ?? [])];
  while (pending.length > 0) {
    const key = pending.pop() as string;
    if (seen.has(key)) continue;
    seen.add(key);
    pending.push(...(manifest[key]?.imports ?? []));
  }
  return [...seen].map((key) => (manifest[key] as ManifestChunk).file).filter((file) => file.endsWith('.js'));
}

/** Each of `files` with its gzip size (default level, as a server or a budget tool would send it). */
export function gzipSizes(files: readonly string[], read: (file: string) => Buffer | string): ChunkSize[] {
  return files.map((file) => ({ file, gzip: gzipSync(read(file)).length })).sort((a, b) => b.gzip - a.gzip);
}

/** The dashboard (the first screen) and the career-plan print window, as the app opens them. */
export const FIRST_SCREEN = ['src/Shell.tsx', 'src/features/dashboard/DashboardScreen.tsx'] as const;
export const PRINT_WINDOW = ['src/print/print-page.tsx'] as const;
