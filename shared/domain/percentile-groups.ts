import type { GroupKey, PercentileGroups, SalaryBand } from './salary-explorer';

/** The group keys whose value a band carries as null when the records had none. */
const VALUE_OF: Partial<Record<GroupKey, (band: SalaryBand) => unknown>> = {
  level: (band) => band.level,
  year: (band) => band.year,
};

/**
 * The grouping keys no record of the dataset has a value for (a file without a level column):
 * every group came back without one. Only judged on a complete answer, and only for keys whose
 * absence the bands state plainly (level, year).
 */
export function absentGroupKeys(result: Pick<PercentileGroups, 'groupBy' | 'groups' | 'truncated'>): GroupKey[] {
  if (result.truncated || result.groups.length === 0) return [];
  return result.groupBy.filter((key) => {
    const valueOf = VALUE_OF[key];
    return valueOf !== undefined && result.groups.every((band) => valueOf(band) === null);
  });
}
