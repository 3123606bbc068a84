import { existsSync } from 'node:fs';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core';
import { createWebPdfHost, type WebPdfHost } from '../../electron/web-host/pdf';
import { startWebHost, type WebHost } from '../../electron/web-host/server';
import { REPO_ROOT, RESOURCES_DIR } from './temp-core';

export interface PrintHost {
  core: Core;
  host: WebHost;
  pdf: WebPdfHost;
  close(): Promise<void>;
}

/** A core and the web host serving the built renderer, with the web host's PDF maker: what `npm run web` runs. */
export async function startPrintHost(dbFile: string): Promise<PrintHost> {
  const rendererDir = path.join(REPO_ROOT, 'out', 'renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) throw new Error('No built renderer in out/renderer: run "npx electron-vite build" first.');
  const pdf = createWebPdfHost();
  const core = await createCore({ dbFile, resourcesDir: RESOURCES_DIR, host: 'web', version: '0.0.0-bench', pdfHost: pdf });
  const host = await startWebHost({ core, rendererDir, downloads: pdf });
  pdf.setOpenUrl(host.openUrl);
  return {
    core,
    host,
    pdf,
    async close() {
      await host.close();
      await pdf.close();
      core.close();
    },
  };
}
