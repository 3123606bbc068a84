import { useMemo } from 'react';
import { toIso } from '@shared/domain/dates';
import type { ScenarioParams } from '@shared/domain/projection';
import type { Scenario } from '@shared/domain/scenarios';
import { useAppStore } from '../../store';
import { runScenario, withHours, withSliders, type ScenarioResult } from './projection-compute';

export interface ComparedScenario {
  scenario: Scenario;
  /** The parameters the model ran on: the saved ones with the sliders in force. */
  params: ScenarioParams;
  /** null while core's inputs are on their way. */
  result: ScenarioResult | null;
  /** 0–3: its colour and dash on the chart. */
  series: number;
}

/**
 * The compared scenarios, each run through the model in the renderer on the inputs core gave
 * once for its parameters: moving a slider recomputes here, with no call to core.
 */
export function useComparedResults(): ComparedScenario[] {
  const scenarios = useAppStore((s) => s.scenarios);
  const compared = useAppStore((s) => s.compared);
  const inputs = useAppStore((s) => s.scenarioInputs);
  const sliders = useAppStore((s) => s.sliders);
  const savedHours = useAppStore((s) => s.profile?.hoursPerWeek ?? 0);
  return useMemo(() => {
    const today = toIso(new Date());
    return compared.flatMap((id, series) => {
      const scenario = scenarios?.find((s) => s.id === id);
      if (!scenario?.params) return [];
      const params = withSliders(scenario.params, sliders);
      const got = inputs[id];
      const result: ScenarioResult | null = !got
        ? null
        : 'error' in got
          ? { ok: false, error: got.error }
          : runScenario(params, withHours(got.data, savedHours, sliders.hoursPerWeek, today));
      return [{ scenario, params, result, series }];
    });
  }, [scenarios, compared, inputs, sliders, savedHours]);
}
