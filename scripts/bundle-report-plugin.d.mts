import type { Plugin } from 'vite';

/** rollup-plugin-visualizer's raw data (`json`) and treemap (`html`) of the renderer build. */
export declare function bundleReportPlugins(files: { json: string; html: string; projectRoot: string }): Plugin[];
