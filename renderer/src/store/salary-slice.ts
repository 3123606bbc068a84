import type { StateCreator } from 'zustand';
import { safeFileName, toCsv, type CsvCell } from '@shared/domain/csv-export';
import type { ArticleCity, GroupKey, PercentileGroups, SalaryBand } from '@shared/domain/salary-explorer';
import type { ImportPreview, ImportProgress, ImportRequest, ImportResult } from '@shared/domain/salary-import';
import { absentGroupKeys } from '@shared/domain/percentile-groups';
import type { FieldIssue } from '@shared/ipc/result';
import { ApiError, getApi, unwrap } from '../api';
import { downloadText, hasNativeDialogs, uploadFile } from '../api/files';
import { DEFAULT_OCCUPATION } from './explorer-slice';
import type { AppState } from '.';

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  /** fileGone: a failed import let the file go (an uploaded copy is deleted): it must be chosen again. */
  | { step: 'preview'; preview: ImportPreview; problem: string | null; issues: FieldIssue[]; fileGone?: boolean }
  | { step: 'importing'; preview: ImportPreview; progress: ImportProgress | null }
  | { step: 'done'; result: ImportResult };

/** Which query a list of bands answers: an occupation in some areas. */
export const bandsKey = (occupationCode: string, areaCodes: readonly string[]): string => `${occupationCode}@${areaCodes.join(',')}`;

export interface SalarySlice {
  bands: SalaryBand[] | null;
  /** The query `bands` answers, so a screen can tell the areas BLS published nothing for. */
  bandsFor: string | null;
  articleCities: ArticleCity[] | null;
  percentileGroups: PercentileGroups | null;
  importState: ImportState;
  loadBands(occupationCode: string, areaCodes: string[]): Promise<void>;
  loadArticleComparison(occupationCode: string): Promise<void>;
  loadPercentiles(datasetId: string, groupBy: GroupKey[]): Promise<void>;
  clearPercentiles(): void;
  /** Electron: the native dialog. The web host passes the File the user chose in an input. */
  chooseImportFile(file?: File): Promise<void>;
  runImport(request: Omit<ImportRequest, 'token'>): Promise<void>;
  cancelImport(): Promise<void>;
  /** Follows the core's progress events for the running import; returns the unsubscribe. */
  watchImportProgress(): () => void;
  closeImport(): void;
  renameDataset(id: string, name: string): Promise<void>;
  deleteDataset(id: string): Promise<void>;
  /** Saves a table as CSV: the save dialog in Electron, a download in the web host. */
  exportCsv(name: string, header: string[], rows: CsvCell[][]): Promise<void>;
}

/** The core deletes an uploaded copy once the dialog no longer needs it; nothing waits for that. */
function releaseImportFile(state: ImportState): void {
  if (state.step !== 'preview') return;
  getApi()
    .files.release({ token: state.preview.token })
    .catch(() => undefined);
}

export const createSalarySlice: StateCreator<AppState, [], [], SalarySlice> = (set, get) => ({
  bands: null,
  bandsFor: null,
  articleCities: null,
  percentileGroups: null,
  importState: { step: 'idle' },
  async loadBands(occupationCode, areaCodes) {
    const key = bandsKey(occupationCode, areaCodes);
    if (areaCodes.length === 0) return set({ bands: [], bandsFor: key });
    set({ bands: await unwrap(getApi().salary.bands({ occupationCode, areaCodes })), bandsFor: key });
  },
  async loadArticleComparison(occupationCode) {
    set({ articleCities: await unwrap(getApi().salary.articleComparison({ occupationCode })) });
  },
  async loadPercentiles(datasetId, groupBy) {
    const groups = await unwrap(getApi().salary.percentiles({ datasetId, groupBy }));
    set({ percentileGroups: groups });
    // A file without a level (or year) column: grouping by it would only say "(no level)".
    const absent = absentGroupKeys(groups);
    if (absent.length === 0) return;
    const { absentGroups, explorer } = get();
    set({ absentGroups: { ...absentGroups, [datasetId]: [...new Set([...(absentGroups[datasetId] ?? []), ...absent])] } });
    if (explorer.source.kind === 'dataset' && explorer.source.id === datasetId) {
      get().setExplorerGroupBy(explorer.groupBy.filter((k) => !absent.includes(k)));
    }
  },
  clearPercentiles() {
    set({ percentileGroups: null });
  },
  async chooseImportFile(file) {
    const picked = file ? await uploadFile(file) : hasNativeDialogs() ? await unwrap(getApi().files.pickCsv()) : null;
    if (!picked) return;
    releaseImportFile(get().importState);
    set({ importState: { step: 'reading' } });
    try {
      const preview = await unwrap(getApi().salary.previewImport({ token: picked.token }));
      set({ importState: { step: 'preview', preview, problem: null, issues: [] } });
    } catch (error) {
      set({ importState: { step: 'idle' } });
      throw error;
    }
  },
  async runImport(request) {
    const state = get().importState;
    if (state.step !== 'preview') return;
    const preview = state.preview;
    set({ importState: { step: 'importing', preview, progress: null } });
    try {
      const result = await unwrap(getApi().salary.importCsv({ ...request, token: preview.token }));
      set({ importState: { step: 'done', result } });
    } catch (error) {
      if (!(error instanceof ApiError)) {
        set({ importState: { step: 'preview', preview, problem: String(error), issues: [] } });
        throw error;
      }
      const problem = error.code === 'CANCELLED' ? 'Import cancelled. Nothing was written.' : error.message;
      // Only a refusal before the file was read (imported already, another import running) keeps it.
      const fileGone = error.code !== 'CONFLICT';
      const next: ImportState = { step: 'preview', preview, problem, issues: error.issues, fileGone };
      if (fileGone) releaseImportFile(next);
      set({ importState: next });
    }
  },
  async cancelImport() {
    const state = get().importState;
    if (state.step === 'importing') await unwrap(getApi().salary.cancelImport({ token: state.preview.token }));
  },
  watchImportProgress() {
    return getApi().on.importProgress((progress) => {
      const state = get().importState;
      if (state.step === 'importing' && state.preview.token === progress.token) set({ importState: { ...state, progress } });
    });
  },
  closeImport() {
    releaseImportFile(get().importState);
    set({ importState: { step: 'idle' } });
  },
  async renameDataset(id, name) {
    await unwrap(getApi().data.renameDataset({ id, name }));
  },
  async deleteDataset(id) {
    await unwrap(getApi().data.deleteDataset({ id }));
    // The explorer leaves a dataset that is gone; the list itself reloads on dataChanged.
    const source = get().explorer.source;
    if (source.kind === 'dataset' && source.id === id) get().setExplorerSource({ kind: 'occupation', code: get().profile?.occupationCode ?? DEFAULT_OCCUPATION });
  },
  async exportCsv(name, header, rows) {
    const content = toCsv(header, rows);
    const fileName = safeFileName(name);
    if (hasNativeDialogs()) await unwrap(getApi().files.saveCsv({ suggestedName: fileName, content }));
    else downloadText(fileName, content);
  },
});
