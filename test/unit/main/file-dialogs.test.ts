import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHostFiles } from '../../../electron/main/file-dialogs';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const window = new fake.BrowserWindow({}) as unknown as BrowserWindow;
beforeEach(() => fake.resetFakes());

describe('native file dialogs', () => {
  it('returns the picked file to the core (path and name), or null when cancelled', async () => {
    const files = createHostFiles(() => window);
    await expect(files.pickCsvFile()).resolves.toBeNull();
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/me/pay/offers.csv'] });
    await expect(files.pickCsvFile()).resolves.toEqual({ path: '/home/me/pay/offers.csv', fileName: 'offers.csv' });
    expect(fake.dialog.showOpenDialog).toHaveBeenLastCalledWith(window, expect.objectContaining({ properties: ['openFile'] }));
  });

  it('writes the CSV where the user chose, and nothing when cancelled', async () => {
    const files = createHostFiles(() => null);
    await expect(files.saveTextFile('bands.csv', 'x')).resolves.toBe(false);
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'trajectory-save-')), 'out.csv');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(files.saveTextFile('../../bands.csv', '\uFEFFa,b\r\n')).resolves.toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('\uFEFFa,b\r\n');
    expect(fake.dialog.showSaveDialog).toHaveBeenLastCalledWith(expect.objectContaining({ defaultPath: 'bands.csv' }));
  });

  it('personal data: picks a JSON file, and gives the core a save path that ends in .json (null when cancelled)', async () => {
    const files = createHostFiles(() => window);
    await expect(files.chooseJsonSavePath?.('trajectory-data-2026-11-29.json')).resolves.toBeNull();
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/me/backup/mine' });
    await expect(files.chooseJsonSavePath?.('../trajectory-data.json')).resolves.toBe('/home/me/backup/mine.json');
    expect(fake.dialog.showSaveDialog).toHaveBeenLastCalledWith(window, expect.objectContaining({ defaultPath: 'trajectory-data.json' }));
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/me/backup/mine.json'] });
    await expect(files.pickJsonFile?.()).resolves.toEqual({ path: '/home/me/backup/mine.json', fileName: 'mine.json' });
  });
});
