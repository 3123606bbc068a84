import type { SkillCategory, SkillStatus, SkillSummary } from '@shared/domain/skills';

export const SORTS = {
  started: 'Started first',
  catalog: 'Catalog order',
  name: 'Name',
  level: 'Level (highest first)',
  gap: 'Gap to target (largest first)',
  hours: 'Hours logged (most first)',
} as const;
export type SortKey = keyof typeof SORTS;

export interface SkillFilters {
  query: string;
  category: SkillCategory | 'all';
  status: SkillStatus | 'all';
  sort: SortKey;
}

export const NO_FILTERS: SkillFilters = { query: '', category: 'all', status: 'all', sort: 'started' };

/** Anything set or logged on a skill: a status, a level, a target or study time. */
export const isStarted = (s: SkillSummary): boolean => s.status !== 'pending' || s.level > 0 || s.targetLevel > 0 || s.minutesLogged > 0;

const comparators: Record<SortKey, ((a: SkillSummary, b: SkillSummary) => number) | null> = {
  // Array.prototype.sort is stable: within started and not started, catalog order stays.
  started: (a, b) => Number(isStarted(b)) - Number(isStarted(a)),
  catalog: null,
  name: (a, b) => a.name.localeCompare(b.name),
  level: (a, b) => b.level - a.level,
  gap: (a, b) => b.targetLevel - b.level - (a.targetLevel - a.level),
  hours: (a, b) => b.minutesLogged - a.minutesLogged,
};

export function filterSkills(skills: readonly SkillSummary[], f: SkillFilters): SkillSummary[] {
  const query = f.query.trim().toLowerCase();
  const matches = skills.filter(
    (s) =>
      (f.category === 'all' || s.category === f.category) &&
      (f.status === 'all' || s.status === f.status) &&
      (!query || s.name.toLowerCase().includes(query) || s.description.toLowerCase().includes(query) || s.id.includes(query)),
  );
  const compare = comparators[f.sort];
  return compare ? [...matches].sort(compare) : matches;
}
