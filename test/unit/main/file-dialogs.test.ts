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
});
