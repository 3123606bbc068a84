// @ts-check
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Writes what each renderer chunk holds (bytes per source module, largest first) and each chunk's
 * gzip size, as JSON, from the bundler's own chunk data: enough to find what makes a chunk large
 * without a visualiser package. Used by `npm run bundle:report` (BUNDLE_REPORT=1).
 *
 * @param {string} file where the JSON goes
 * @returns {import('vite').Plugin}
 */
export function bundleReportPlugin(file) {
  return {
    name: 'trajectory-bundle-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle)
        .filter((item) => item.type === 'chunk')
        .map((chunk) => ({
          file: chunk.fileName,
          bytes: chunk.code.length,
          gzip: gzipSync(chunk.code).length,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          modules: Object.entries(chunk.modules)
            .map(([id, info]) => ({ id: id.replace(/^.*node_modules\//, 'node_modules/'), bytes: info.renderedLength }))
            .filter((entry) => entry.bytes > 0)
            .sort((a, b) => b.bytes - a.bytes),
        }))
        .sort((a, b) => b.gzip - a.gzip);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify({ chunks }, null, 2)}\n`);
    },
  };
}
