import { isTracked } from '@shared/domain/progress';
import { SKILL_CATEGORIES, type SkillCategory, type SkillSummary } from '@shared/domain/skills';
import { filterSkills, type SkillFilters } from './skill-filters';

/** One category of the Skills overview: the skills the filters let through, and the category's progress. */
export interface SkillGroup {
  category: SkillCategory;
  shown: SkillSummary[];
  /** Progress over the whole category, whatever the filters: */
  total: number;
  tracked: number;
  done: number;
  /** Sum of current levels, and of the levels aimed at, over the tracked skills. */
  levels: number;
  targetLevels: number;
  minutes: number;
}

export function groupSkills(skills: readonly SkillSummary[], filters: SkillFilters): SkillGroup[] {
  const shown = filterSkills(skills, filters);
  return SKILL_CATEGORIES.flatMap((category) => {
    const inCategory = skills.filter((s) => s.category === category);
    const shownHere = shown.filter((s) => s.category === category);
    if (shownHere.length === 0) return [];
    const tracked = inCategory.filter(isTracked);
    return [
      {
        category,
        shown: shownHere,
        total: inCategory.length,
        tracked: tracked.length,
        done: inCategory.filter((s) => s.status === 'done').length,
        levels: tracked.reduce((sum, s) => sum + s.level, 0),
        targetLevels: tracked.reduce((sum, s) => sum + Math.max(s.level, s.targetLevel), 0),
        minutes: inCategory.reduce((sum, s) => sum + s.minutesLogged, 0),
      },
    ];
  });
}

/** Filters narrow the list; with any of them set, every matching category is shown open. */
export const filtersNarrow = (f: SkillFilters): boolean => f.query.trim() !== '' || f.category !== 'all' || f.status !== 'all';
