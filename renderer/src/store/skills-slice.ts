import type { StateCreator } from 'zustand';
import type { DisabledEdge } from '@shared/domain/custom-edges';
import type { SkillDetail } from '@shared/domain/skill-detail';
import type { Resource, SkillEdge, SkillSummary } from '@shared/domain/skills';
import { getApi, unwrap } from '../api';
import { submitForm, type FormOutcome } from './form-outcome';
import type { AppState } from '.';

export interface SkillsSlice {
  skills: SkillSummary[] | null;
  /** The skill page's skill; replaced when another skill's page opens. */
  skillDetail: SkillDetail | null;
  loadSkills(): Promise<void>;
  loadSkill(id: string): Promise<void>;
  setProgress(draft: unknown): Promise<FormOutcome<SkillSummary>>;
  createCustomSkill(draft: unknown): Promise<FormOutcome<SkillSummary>>;
  setEstimate(draft: unknown): Promise<FormOutcome<SkillSummary>>;
  addResource(draft: unknown): Promise<FormOutcome<Resource>>;
  addEdge(draft: unknown): Promise<FormOutcome<{ added: boolean }>>;
  removeEdge(edge: SkillEdge): Promise<void>;
  /** The user's links a catalog update turned off; loaded by the screens that tell the user. */
  disabledEdges: DisabledEdge[] | null;
  loadDisabledEdges(): Promise<void>;
  /** Soft delete of a custom skill, with Undo offered. */
  deleteCustomSkill(id: string): Promise<void>;
  restoreCustomSkill(id: string): Promise<void>;
  removeResource(id: number): Promise<void>;
  saveNote(draft: unknown): Promise<FormOutcome<{ updatedAt: string }>>;
}

// Writes do not reload anything themselves: core's dataChanged event does (store/data-sync.ts).
export const createSkillsSlice: StateCreator<AppState, [], [], SkillsSlice> = (set, get) => {
  return {
    skills: null,
    skillDetail: null,
    disabledEdges: null,
    async loadSkills() {
      set({ skills: await unwrap(getApi().skills.list()) });
    },
    async loadSkill(id) {
      if (get().skillDetail?.id !== id) set({ skillDetail: null });
      set({ skillDetail: await unwrap(getApi().skills.get({ id })) });
    },
    async setProgress(draft) {
      return submitForm((s) => s.ProgressInput, draft, (input) => unwrap(getApi().progress.set(input)));
    },
    async createCustomSkill(draft) {
      return submitForm((s) => s.CustomSkillInput, draft, (input) => unwrap(getApi().skills.createCustom(input)));
    },
    async setEstimate(draft) {
      return submitForm((s) => s.EstimateInput, draft, (input) => unwrap(getApi().skills.setEstimate(input)));
    },
    async addResource(draft) {
      return submitForm((s) => s.ResourceInput, draft, (input) => unwrap(getApi().skills.addResource(input)));
    },
    async addEdge(draft) {
      return submitForm((s) => s.EdgeInput, draft, (input) => unwrap(getApi().skills.addEdge(input)));
    },
    async removeEdge(edge) {
      await unwrap(getApi().skills.removeEdge(edge));
    },
    async loadDisabledEdges() {
      set({ disabledEdges: await unwrap(getApi().skills.disabledEdges()) });
    },
    async deleteCustomSkill(id) {
      const state = get();
      const name = (state.skillDetail?.id === id ? state.skillDetail.name : state.skills?.find((s) => s.id === id)?.name) ?? id;
      await unwrap(getApi().skills.deleteCustom({ id }));
      state.offerUndo({ message: `Skill “${name}” deleted.`, undo: () => get().restoreCustomSkill(id) });
    },
    async restoreCustomSkill(id) {
      await unwrap(getApi().skills.restoreCustom({ id }));
    },
    async removeResource(id) {
      await unwrap(getApi().skills.removeResource({ id }));
    },
    async saveNote(draft) {
      return submitForm((s) => s.NoteInput, draft, (input) => unwrap(getApi().skills.saveNote(input)));
    },
  };
};
