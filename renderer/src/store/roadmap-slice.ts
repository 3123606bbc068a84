import type { StateCreator } from 'zustand';
import type {
  AddedItems,
  RoadmapItem,
  RoadmapPath,
  RoadmapSummary,
  RoadmapView,
  RoadmapWeekOff,
} from '@shared/domain/roadmap';
import { ApiError, getApi, unwrap } from '../api';
import { submitForm, type FormOutcome } from './form-outcome';
import type { AppState } from '.';

export interface RoadmapSlice {
  /** The bundled paths a roadmap can start from. */
  roadmapPaths: RoadmapPath[] | null;
  roadmaps: RoadmapSummary[] | null;
  /** The roadmap on screen, with its schedule; null until one is loaded, or when it was deleted. */
  roadmap: RoadmapView | null;
  loadRoadmapPaths(): Promise<void>;
  loadRoadmaps(): Promise<void>;
  loadRoadmap(id: number): Promise<void>;
  /** `{ pathId }` copies a bundled path (its name unless one is given); `{ name }` starts empty. */
  createRoadmap(draft: unknown): Promise<FormOutcome<RoadmapSummary>>;
  renameRoadmap(id: number, draft: object): Promise<FormOutcome<RoadmapSummary>>;
  duplicateRoadmap(id: number, name?: string): Promise<RoadmapSummary>;
  /** Archives at once and offers Undo. */
  archiveRoadmap(id: number): Promise<void>;
  unarchiveRoadmap(id: number): Promise<void>;
  /** Deletes for good (items and weeks off too): the screen asks first. */
  deleteRoadmap(id: number): Promise<void>;
  setActiveRoadmap(id: number): Promise<void>;
  /** `{ roadmapId, skillId, targetLevel?, withPrerequisites? }`. */
  addRoadmapItem(draft: unknown): Promise<FormOutcome<AddedItems>>;
  removeRoadmapItem(id: number): Promise<void>;
  /** Shows the new order at once (drag and drop, keyboard), then saves it; the schedule follows on reload. */
  reorderRoadmap(roadmapId: number, itemIds: readonly number[]): Promise<void>;
  updateRoadmapItem(id: number, draft: object): Promise<FormOutcome<RoadmapItem>>;
  /** `{ hoursPerWeek?: number | null, parallel?: number }`; null hours go back to the profile's. */
  setRoadmapPlan(id: number, draft: object): Promise<FormOutcome<RoadmapSummary>>;
  addWeekOff(draft: unknown): Promise<FormOutcome<RoadmapWeekOff>>;
  removeWeekOff(id: number): Promise<void>;
}

// Writes do not reload anything themselves: core's dataChanged event does (store/data-sync.ts).
export const createRoadmapSlice: StateCreator<AppState, [], [], RoadmapSlice> = (set, get) => ({
  roadmapPaths: null,
  roadmaps: null,
  roadmap: null,
  async loadRoadmapPaths() {
    set({ roadmapPaths: await unwrap(getApi().roadmap.listPaths()) });
  },
  async loadRoadmaps() {
    set({ roadmaps: await unwrap(getApi().roadmap.list()) });
  },
  async loadRoadmap(id) {
    if (get().roadmap?.roadmap.id !== id) set({ roadmap: null });
    try {
      set({ roadmap: await unwrap(getApi().roadmap.get({ id })) });
    } catch (error) {
      // Deleted meanwhile (here or in another window): nothing to show, not an error.
      if (error instanceof ApiError && error.code === 'NOT_FOUND') return set({ roadmap: null });
      throw error;
    }
  },
  async createRoadmap(draft) {
    return submitForm((s) => s.CreateRoadmapInput, draft, (input) => unwrap(getApi().roadmap.create(input)));
  },
  async renameRoadmap(id, draft) {
    return submitForm((s) => s.RenameRoadmapInput, { ...draft, id }, (input) => unwrap(getApi().roadmap.rename(input)));
  },
  async duplicateRoadmap(id, name) {
    return unwrap(getApi().roadmap.duplicate(name === undefined ? { id } : { id, name }));
  },
  async archiveRoadmap(id) {
    const name = get().roadmaps?.find((r) => r.id === id)?.name;
    await unwrap(getApi().roadmap.setArchived({ id, archived: true }));
    get().offerUndo({ message: name ? `Roadmap “${name}” archived.` : 'Roadmap archived.', undo: () => get().unarchiveRoadmap(id) });
  },
  async unarchiveRoadmap(id) {
    await unwrap(getApi().roadmap.setArchived({ id, archived: false }));
  },
  async deleteRoadmap(id) {
    await unwrap(getApi().roadmap.delete({ id }));
  },
  async setActiveRoadmap(id) {
    await unwrap(getApi().roadmap.setActive({ id }));
  },
  async addRoadmapItem(draft) {
    return submitForm((s) => s.AddItemInput, draft, (input) => unwrap(getApi().roadmap.addItem(input)));
  },
  async removeRoadmapItem(id) {
    await unwrap(getApi().roadmap.removeItem({ id }));
  },
  async reorderRoadmap(roadmapId, itemIds) {
    const shown = get().roadmap;
    if (shown?.roadmap.id === roadmapId) {
      const byId = new Map(shown.items.map((i) => [i.id, i]));
      const items = itemIds.flatMap((itemId, position) => {
        const item = byId.get(itemId);
        return item ? [{ ...item, position }] : [];
      });
      if (items.length === shown.items.length) set({ roadmap: { ...shown, items } });
    }
    try {
      await unwrap(getApi().roadmap.reorder({ roadmapId, itemIds: [...itemIds] }));
    } catch (error) {
      // Put back what the core holds, then let the caller show the error.
      if (shown?.roadmap.id === roadmapId) await get().loadRoadmap(roadmapId);
      throw error;
    }
  },
  async updateRoadmapItem(id, draft) {
    return submitForm((s) => s.UpdateItemInput, { ...draft, id }, (input) => unwrap(getApi().roadmap.updateItem(input)));
  },
  async setRoadmapPlan(id, draft) {
    return submitForm((s) => s.SetPlanInput, { ...draft, id }, (input) => unwrap(getApi().roadmap.setPlan(input)));
  },
  async addWeekOff(draft) {
    return submitForm((s) => s.AddWeekOffInput, draft, (input) => unwrap(getApi().roadmap.addWeekOff(input)));
  },
  async removeWeekOff(id) {
    await unwrap(getApi().roadmap.removeWeekOff({ id }));
  },
});
