import type { StateCreator } from 'zustand';
import type { Profile } from '@shared/domain/profile';
import type { Area } from '@shared/domain/salary';
import type { GroupKey, SalaryBand } from '@shared/domain/salary-explorer';
import { getApi, unwrap } from '../api';
import type { AppState } from '.';

/** What the explorer shows: a BLS occupation in chosen areas, or an imported dataset by groups. */
export type ExplorerSource = { kind: 'occupation'; code: string } | { kind: 'dataset'; id: string };
export type AreaRef = Pick<Area, 'code' | 'name'>;

export const NATIONAL: AreaRef = { code: '0000000', name: 'National (U.S.)' };
export const DEFAULT_OCCUPATION = '15-1252';
const DEFAULT_GROUP_BY: GroupKey[] = ['level'];

export interface ExplorerSelection {
  source: ExplorerSource;
  areas: AreaRef[];
  groupBy: GroupKey[];
}

/** The profile's band: its occupation in its area, for "where do I stand". */
export interface MyBand {
  /** Which occupation and area it was loaded for: a changed profile makes it stale. */
  key: string;
  /** null: BLS published nothing for that occupation there. */
  band: SalaryBand | null;
}

export const myBandKey = (profile: Pick<Profile, 'occupationCode' | 'areaCode'>): string => `${profile.occupationCode}@${profile.areaCode}`;

export interface ExplorerSlice {
  /** Kept for the whole session, so leaving the Salary screen does not lose the user's areas. */
  explorer: ExplorerSelection;
  /** The profile (occupation and area) the explorer last started from; see seedExplorer. */
  explorerSeededFor: string | null;
  /** Per imported dataset, the grouping keys its file has no values for (no level column). */
  absentGroups: Record<string, GroupKey[]>;
  myBand: MyBand | null;
  /**
   * Starts the explorer from the profile: on the first visit, and again only when the profile's
   * occupation or area changes. Otherwise the user's choices stay for the whole session.
   */
  seedExplorer(profile: Profile | null): void;
  setExplorerSource(source: ExplorerSource): void;
  setExplorerAreas(areas: AreaRef[]): void;
  setExplorerGroupBy(groupBy: GroupKey[]): void;
  /** Shows an imported dataset in the explorer; a finished import's card has done its job. */
  exploreDataset(id: string): void;
  loadMyBand(): Promise<void>;
}

export const createExplorerSlice: StateCreator<AppState, [], [], ExplorerSlice> = (set, get) => ({
  explorer: { source: { kind: 'occupation', code: DEFAULT_OCCUPATION }, areas: [NATIONAL], groupBy: DEFAULT_GROUP_BY },
  explorerSeededFor: null,
  absentGroups: {},
  myBand: null,
  seedExplorer(profile) {
    const key = profile ? myBandKey(profile) : 'no profile';
    if (get().explorerSeededFor === key) return;
    set({ explorerSeededFor: key });
    if (!profile) return;
    // A new (or first) profile: show its occupation, with its area added to the user's own choice.
    const explorer = get().explorer;
    const areas = explorer.areas.some((a) => a.code === profile.areaCode) ? explorer.areas : [...explorer.areas, { code: profile.areaCode, name: profile.areaName }];
    set({ explorer: { ...explorer, source: { kind: 'occupation', code: profile.occupationCode }, areas } });
  },
  setExplorerSource(source) {
    const absent = source.kind === 'dataset' ? (get().absentGroups[source.id] ?? []) : [];
    const groupBy = source.kind === 'dataset' ? DEFAULT_GROUP_BY.filter((k) => !absent.includes(k)) : get().explorer.groupBy;
    set({ explorer: { ...get().explorer, source, groupBy } });
  },
  setExplorerAreas(areas) {
    set({ explorer: { ...get().explorer, areas } });
  },
  setExplorerGroupBy(groupBy) {
    set({ explorer: { ...get().explorer, groupBy } });
  },
  exploreDataset(id) {
    get().setExplorerSource({ kind: 'dataset', id });
    if (get().importState.step === 'done') get().closeImport();
  },
  async loadMyBand() {
    const profile = get().profile;
    if (!profile) return set({ myBand: null });
    const key = myBandKey(profile);
    const bands = await unwrap(getApi().salary.bands({ occupationCode: profile.occupationCode, areaCodes: [profile.areaCode] }));
    // A profile saved meanwhile asked for another band; its own load sets it.
    const current = get().profile;
    if (current && myBandKey(current) === key) set({ myBand: { key, band: bands[0] ?? null } });
  },
});
