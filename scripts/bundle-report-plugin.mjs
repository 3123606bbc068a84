// @ts-check
import { visualizer } from 'rollup-plugin-visualizer';

/**
 * rollup-plugin-visualizer, twice: its raw data (every chunk's modules, their sizes before
 * minifying and gzipped, and who imports whom) for scripts/bundle-report.ts to summarise, and
 * its treemap to look at. Used by `npm run bundle:report` (BUNDLE_REPORT=1).
 *
 * @param {{ json: string, html: string, projectRoot: string }} files where each report goes
 * @returns {import('vite').Plugin[]}
 */
export function bundleReportPlugins({ json, html, projectRoot }) {
  return [
    visualizer({ filename: json, template: 'raw-data', gzipSize: true, projectRoot }),
    visualizer({ filename: html, template: 'treemap', gzipSize: true, projectRoot, title: 'Trajectory renderer' }),
  ];
}
