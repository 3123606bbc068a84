import type { Plugin } from 'vite';

/** Writes each renderer chunk's gzip size and its modules by size to `file` (JSON). */
export declare function bundleReportPlugin(file: string): Plugin;
