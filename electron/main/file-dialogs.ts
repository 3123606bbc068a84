import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { HostFiles } from '../core/files';

const CSV_FILTERS = [
  { name: 'CSV files', extensions: ['csv', 'tsv', 'txt'] },
  { name: 'All files', extensions: ['*'] },
];

const JSON_FILTERS = [
  { name: 'Trajectory data (JSON)', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];

/**
 * Native open/save dialogs for the core. The path a dialog returns stays in main and the core;
 * the renderer only ever sees a token, so it cannot make main read or write a path it names.
 */
export function createHostFiles(getWindow: () => BrowserWindow | null): HostFiles {
  return {
    async pickCsvFile() {
      const options: OpenDialogOptions = { title: 'Import salary data', properties: ['openFile'], filters: CSV_FILTERS };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const picked = result.canceled ? undefined : result.filePaths[0];
      return picked ? { path: picked, fileName: path.basename(picked) } : null;
    },
    async saveTextFile(suggestedName, content) {
      const options: SaveDialogOptions = {
        title: 'Export CSV',
        defaultPath: path.basename(suggestedName),
        filters: [{ name: 'CSV files', extensions: ['csv'] }],
      };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return false;
      await writeFile(result.filePath, content, 'utf8');
      return true;
    },
    async pickJsonFile() {
      const options: OpenDialogOptions = { title: 'Import personal data', properties: ['openFile'], filters: JSON_FILTERS };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const picked = result.canceled ? undefined : result.filePaths[0];
      return picked ? { path: picked, fileName: path.basename(picked) } : null;
    },
    async chooseJsonSavePath(suggestedName) {
      const options: SaveDialogOptions = { title: 'Export my data', defaultPath: path.basename(suggestedName), filters: JSON_FILTERS.slice(0, 1) };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      // Some dialogs (GTK) do not add the filter's extension.
      return path.extname(result.filePath).toLowerCase() === '.json' ? result.filePath : `${result.filePath}.json`;
    },
  };
}
