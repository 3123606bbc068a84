import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunksBefore, FIRST_SCREEN, FIRST_SCREEN_BUDGET, gzipSizes, PRINT_WINDOW, type Manifest } from '../test/support/first-screen';

// After `BUNDLE_REPORT=1 electron-vite build`: the JS each window loads before it shows, then the
// largest modules of the largest chunks, from rollup-plugin-visualizer's raw data
// (bench/bundle-report.json; its treemap is bench/bundle-report.html).
const root = join(import.meta.dirname, '..');
const out = join(root, 'out/renderer');
const manifest = JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8')) as Manifest;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const [name, sources] of [['dashboard (first screen)', FIRST_SCREEN], ['career-plan print window', PRINT_WINDOW]] as const) {
  const sizes = gzipSizes(chunksBefore(manifest, sources), (file) => readFileSync(join(out, file)));
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  console.log(`\n${name}: ${kb(total)} gzip${sources === FIRST_SCREEN ? ` (budget ${kb(FIRST_SCREEN_BUDGET)})` : ''}`);
  for (const s of sizes) console.log(`  ${s.file.padEnd(48)} ${kb(s.gzip).padStart(9)}`);
}

/** The part of rollup-plugin-visualizer's raw-data template this report reads. */
interface VisualizerData {
  nodeParts: Record<string, { renderedLength: number; gzipLength: number }>;
  nodeMetas: Record<string, { id: string; moduleParts: Record<string, string> }>;
}
const data = JSON.parse(readFileSync(join(root, 'bench/bundle-report.json'), 'utf8')) as VisualizerData;
const modulesByChunk = new Map<string, Array<{ id: string; rendered: number; gzip: number }>>();
for (const meta of Object.values(data.nodeMetas)) {
  for (const [chunk, partId] of Object.entries(meta.moduleParts)) {
    const part = data.nodeParts[partId];
    if (!part || part.renderedLength === 0) continue;
    const id = meta.id.replace(/^.*node_modules\//, 'node_modules/').replace(root, '').replace('\0', '');
    modulesByChunk.set(chunk, [...(modulesByChunk.get(chunk) ?? []), { id, rendered: part.renderedLength, gzip: part.gzipLength }]);
  }
}
const chunks = readdirSync(join(out, 'assets'))
  .filter((file) => file.endsWith('.js'))
  .map((file) => `assets/${file}`);
console.log('\nlargest chunks (gzip), their largest modules (before minifying / each gzipped alone):');
for (const { file, gzip } of gzipSizes(chunks, (file) => readFileSync(join(out, file))).slice(0, 5)) {
  console.log(`  ${file} ${kb(gzip)} gzip`);
  const modules = (modulesByChunk.get(file) ?? []).sort((a, b) => b.gzip - a.gzip);
  for (const m of modules.slice(0, 8)) console.log(`    ${m.id.padEnd(70)} ${kb(m.rendered).padStart(9)} ${kb(m.gzip).padStart(9)}`);
}
console.log('\nwhole report: bench/bundle-report.json (raw data), bench/bundle-report.html (treemap)');
