import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunksBefore, FIRST_SCREEN, FIRST_SCREEN_BUDGET, gzipSizes, PRINT_WINDOW, type Manifest } from '../test/support/first-screen';

// After `BUNDLE_REPORT=1 electron-vite build`: the JS each window loads before it shows, and the
// largest modules of the largest chunks (from bench/bundle-report.json, written by the build).
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

interface ReportChunk {
  file: string;
  gzip: number;
  modules: { id: string; bytes: number }[];
}
const report = JSON.parse(readFileSync(join(root, 'bench/bundle-report.json'), 'utf8')) as { chunks: ReportChunk[] };
console.log('\nlargest chunks, their largest modules (minified bytes):');
for (const chunk of report.chunks.slice(0, 5)) {
  console.log(`  ${chunk.file} ${kb(chunk.gzip)} gzip`);
  for (const m of chunk.modules.slice(0, 8)) console.log(`    ${m.id.replace(root, '').padEnd(70)} ${kb(m.bytes).padStart(9)}`);
}
console.log('\nwhole report: bench/bundle-report.json');
