import type { StateCreator } from 'zustand';
import type { Area, DatasetSummary, Occupation } from '@shared/domain/salary';
import { getApi, unwrap } from '../api';
import type { AppState } from '.';

export interface DataSlice {
  datasets: DatasetSummary[] | null;
  occupations: Occupation[] | null;
  loadDatasets(): Promise<void>;
  loadOccupations(): Promise<void>;
  searchAreas(query: string, limit?: number): Promise<Area[]>;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  datasets: null,
  occupations: null,
  async loadDatasets() {
    set({ datasets: await unwrap(getApi().data.listDatasets()) });
  },
  async loadOccupations() {
    set({ occupations: await unwrap(getApi().salary.listOccupations()) });
  },
  searchAreas(query, limit = 50) {
    return unwrap(getApi().salary.searchAreas({ query, limit }));
  },
});
