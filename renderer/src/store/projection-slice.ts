import type { StateCreator } from 'zustand';
import type { ProjectionData, ScenarioParams } from '@shared/domain/projection';
import type { Scenario } from '@shared/domain/scenarios';
import type { FieldIssue } from '@shared/ipc/result';
import { ApiError, getApi, unwrap } from '../api';
import { loadInputSchemas } from '../load-input-schemas';
import type { FieldErrors } from './field-errors';
import type { FormOutcome } from './form-outcome';
import type { AppState } from '.';
import { messageOf } from '../format';

/** At most this many scenarios on one chart. */
export const MAX_COMPARED = 4;

/** What the model needs for one scenario, as core looked it up for the parameters in `key`; or why it cannot be projected. */
export type ScenarioInputs = { key: string; data: ProjectionData } | { key: string; error: string };

/** Screen-wide what-ifs applied to every compared scenario; null: each scenario's own value. */
export interface ProjectionSliders {
  /** Market growth in percent a year. */
  growthPercent: number | null;
  /** Learning hours per week: stretches or shrinks the roadmap's schedule. */
  hoursPerWeek: number | null;
  /** The raise of every job change, in percent. */
  raisePercent: number | null;
}

export interface ProjectionSlice {
  scenarios: Scenario[] | null;
  loadScenarios(): Promise<void>;
  /** Checks the draft with the contract's schema, then asks core for its data (a currency mix or a missing band is refused), then saves. */
  saveScenario(draft: { name: unknown; params: unknown }, id?: number): Promise<FormOutcome<Scenario>>;
  deleteScenario(id: number): Promise<void>;
  compared: number[];
  toggleCompared(id: number): void;
  baselineId: number | null;
  setBaseline(id: number): void;
  /** Per scenario id: its inputs, fetched once per parameters and recomputed in the renderer. */
  scenarioInputs: Record<number, ScenarioInputs>;
  /** Fetches the inputs of the compared scenarios that have none for their current parameters (all of them with `force`). */
  loadScenarioInputs(force?: boolean): Promise<void>;
  sliders: ProjectionSliders;
  setSlider(name: keyof ProjectionSliders, value: number | null): void;
}

/** The key inputs are cached under: a change of parameters asks core again. */
export const paramsKey = (params: ScenarioParams): string => JSON.stringify(params);

/** Field errors keyed by the parameter's path without "params" ("name", "horizonYears", "events.0.year"). */
export function scenarioFieldErrors(issues: readonly FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path[0] === 'params' ? issue.path.slice(1) : issue.path;
    errors[path.join('.') || '_form'] ??= issue.message;
  }
  return errors;
}

export const createProjectionSlice: StateCreator<AppState, [], [], ProjectionSlice> = (set, get) => ({
  scenarios: null,
  async loadScenarios() {
    const scenarios = await unwrap(getApi().career.scenarios());
    const ids = new Set(scenarios.filter((s) => s.params !== null).map((s) => s.id));
    const compared = get().compared.filter((id) => ids.has(id));
    const baselineId = get().baselineId;
    set({ scenarios, compared, baselineId: baselineId !== null && compared.includes(baselineId) ? baselineId : (compared[0] ?? null) });
  },
  async saveScenario(draft, id) {
    const { CreateScenarioInput, issuesFromZod } = await loadInputSchemas();
    const parsed = CreateScenarioInput.safeParse(draft);
    if (!parsed.success) return { ok: false, message: 'Some fields need attention.', fieldErrors: scenarioFieldErrors(issuesFromZod(parsed.error)) };
    try {
      // Asked first so a scenario that cannot be projected (currencies mixed, no band) is never saved.
      await unwrap(getApi().career.projectionData({ params: parsed.data.params }));
      const saved = await unwrap(id === undefined ? getApi().career.createScenario(parsed.data) : getApi().career.updateScenario({ id, ...parsed.data }));
      return { ok: true, value: saved };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, message: error.message, fieldErrors: scenarioFieldErrors(error.issues) };
      throw error;
    }
  },
  async deleteScenario(id) {
    await unwrap(getApi().career.deleteScenario({ id }));
  },
  compared: [],
  toggleCompared(id) {
    const { compared, baselineId } = get();
    const next = compared.includes(id) ? compared.filter((c) => c !== id) : compared.length >= MAX_COMPARED ? compared : [...compared, id];
    set({ compared: next, baselineId: baselineId !== null && next.includes(baselineId) ? baselineId : (next[0] ?? null) });
  },
  baselineId: null,
  setBaseline(id) {
    set({ baselineId: id });
  },
  scenarioInputs: {},
  async loadScenarioInputs(force = false) {
    const { scenarios, compared, scenarioInputs } = get();
    const wanted = (scenarios ?? []).filter((s) => compared.includes(s.id) && s.params !== null);
    const stale = wanted.filter((s) => force || scenarioInputs[s.id]?.key !== paramsKey(s.params as ScenarioParams));
    if (stale.length === 0) return;
    const fetched = await Promise.all(
      stale.map(async (s): Promise<[number, ScenarioInputs]> => {
        const params = s.params as ScenarioParams;
        const key = paramsKey(params);
        try {
          return [s.id, { key, data: await unwrap(getApi().career.projectionData({ params })) }];
        } catch (error) {
          if (error instanceof ApiError) return [s.id, { key, error: error.message }];
          return [s.id, { key, error: messageOf(error) }];
        }
      }),
    );
    set({ scenarioInputs: { ...get().scenarioInputs, ...Object.fromEntries(fetched) } });
  },
  sliders: { growthPercent: null, hoursPerWeek: null, raisePercent: null },
  setSlider(name, value) {
    set({ sliders: { ...get().sliders, [name]: value } });
  },
});
