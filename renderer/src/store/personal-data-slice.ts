import type { StateCreator } from 'zustand';
import type { ImportMode, PersonalDataExportResult, PersonalDataImportResult, PersonalDataPreview } from '@shared/domain/personal-data';
import { getApi, unwrap } from '../api';
import { downloadExport, hasNativeDialogs, uploadFile } from '../api/files';
import type { AppState } from '.';

export interface PersonalDataSlice {
  /** The file chosen for import, checked and counted; null when none is waiting. */
  personalDataPreview: PersonalDataPreview | null;
  /** Saves every personal row as one JSON file (a save dialog in Electron, a download in the web host). */
  exportPersonalData(): Promise<PersonalDataExportResult>;
  /** Electron: the open dialog; the web host: the file the user picked in the file input. Null when cancelled. */
  choosePersonalDataFile(file?: File): Promise<PersonalDataPreview | null>;
  /** Replace or merge the waiting file; the store reloads what changed through dataChanged. */
  importPersonalData(mode: ImportMode): Promise<PersonalDataImportResult>;
  discardPersonalDataFile(): Promise<void>;
}

export const createPersonalDataSlice: StateCreator<AppState, [], [], PersonalDataSlice> = (set, get) => ({
  personalDataPreview: null,
  async exportPersonalData() {
    const result = await unwrap(getApi().personalData.exportFile());
    if (result.outcome === 'download') await downloadExport(result.token, result.fileName);
    return result;
  },
  async choosePersonalDataFile(file) {
    await get().discardPersonalDataFile();
    const picked = file ? await uploadFile(file) : hasNativeDialogs() ? await unwrap(getApi().personalData.pickFile()) : null;
    if (!picked) return null;
    const preview = await unwrap(getApi().personalData.preview({ token: picked.token }));
    set({ personalDataPreview: preview });
    return preview;
  },
  async importPersonalData(mode) {
    const preview = get().personalDataPreview;
    if (!preview) throw new Error('Choose a file to import first.');
    // The core releases the file whatever happens: the preview is spent either way.
    set({ personalDataPreview: null });
    return unwrap(getApi().personalData.import({ token: preview.token, mode }));
  },
  async discardPersonalDataFile() {
    const preview = get().personalDataPreview;
    if (!preview) return;
    set({ personalDataPreview: null });
    await unwrap(getApi().personalData.discard({ token: preview.token }));
  },
});
