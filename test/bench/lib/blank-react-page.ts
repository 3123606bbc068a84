import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { REPO_ROOT } from '../../support/temp-core';

export const BLANK_READY = { selector: 'h1', text: 'Blank page' } as const;

/**
 * Builds a blank Vite + React page (one heading rendered by React 19 with createRoot) for P5's
 * baseline and returns the folder holding its index.html. Its source goes under .cache/ (ignored
 * by git) so that react resolves from the repo's node_modules like the renderer's does.
 */
export async function buildBlankReactPage(): Promise<string> {
  const root = path.join(REPO_ROOT, '.cache', 'bench-blank-react');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>\n',
  );
  writeFileSync(
    path.join(root, 'main.tsx'),
    `import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')!).render(<h1>${BLANK_READY.text}</h1>);\n`,
  );
  const outDir = path.join(root, 'out');
  await build({ root, configFile: false, logLevel: 'silent', plugins: [react()], build: { outDir, emptyOutDir: true } });
  return outDir;
}
