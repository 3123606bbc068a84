import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppError } from '@shared/ipc/result';
import type { CoreContext } from '../context';
import type { Handlers } from '../router';

/** Shown as the suggested file name: the date says which copy is which. */
const exportFileName = (today: string) => `trajectory-data-${today}.json`;

/**
 * Settings → Data: all personal data as one JSON file. The heavy parts (reading every row,
 * writing and parsing a file that may hold a million salary records, the import's one
 * transaction) run in the core's worker threads, so the main process never stalls on them.
 */
export function personalDataHandlers(ctx: CoreContext): Handlers['personalData'] {
  const { files, hostFiles, jobs } = ctx;
  return {
    exportFile: async () => {
      const fileName = exportFileName(ctx.today());
      const meta = { exportedAt: ctx.clock().toISOString(), appVersion: ctx.info.version };
      if (hostFiles?.chooseJsonSavePath) {
        const chosen = await hostFiles.chooseJsonSavePath(fileName);
        if (!chosen) return { outcome: 'cancelled' as const };
        const counts = await jobs.read({ kind: 'personalExport', outFile: chosen, ...meta });
        return { outcome: 'saved' as const, fileName: path.basename(chosen), counts };
      }
      const dir = mkdtempSync(path.join(tmpdir(), 'trajectory-export-'));
      const outFile = path.join(dir, fileName);
      try {
        const counts = await jobs.read({ kind: 'personalExport', outFile, ...meta });
        const token = ctx.downloads.put(outFile, fileName, 'application/json');
        return { outcome: 'download' as const, fileName, token, counts };
      } catch (error) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
      }
    },
    pickFile: async () => {
      const picked = hostFiles?.pickJsonFile ? await hostFiles.pickJsonFile() : null;
      return picked ? files.register(picked.path, picked.fileName, false) : null;
    },
    preview: async ({ token }) => {
      const file = files.get(token);
      try {
        const preview = await jobs.read({ kind: 'personalPreview', filePath: file.path, fileName: file.fileName });
        return { token, fileName: file.fileName, ...preview };
      } catch (error) {
        // A file that cannot be imported is of no further use: an uploaded copy goes at once.
        files.release(token);
        throw error;
      }
    },
    import: async ({ token, mode }) => {
      const file = files.get(token);
      try {
        const result = await jobs.write({ kind: 'personalImport', filePath: file.path, fileName: file.fileName, mode, now: ctx.clock().toISOString() });
        // Replace retired the imported datasets it replaced; their rows go in the background.
        if (mode === 'replace') jobs.write({ kind: 'purge' }).catch(() => undefined);
        return result;
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('INTERNAL', `The import failed and nothing was changed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        files.release(token);
      }
    },
    discard: ({ token }) => {
      files.release(token);
      return { released: true };
    },
  };
}
