import type { Goal } from '@shared/domain/goals';
import { CAREER_LEVEL_LABELS, GOAL_KIND_LABELS } from '@shared/domain/vocabulary';
import { formatDate, formatDecimal, formatInteger, formatMoney } from '../../format';

const TRACK_LABELS: Record<NonNullable<Goal['track']>, string> = { done: 'Done', 'on-track': 'On track', behind: 'Behind', overdue: 'Overdue' };

const weeks = (n: number) => `${formatInteger(n)} ${n === 1 ? 'week' : 'weeks'}`;

/**
 * The badge text, or null where the app has no way to say whether the goal is on track. A track
 * from the active roadmap says so, and how many weeks behind its schedule puts the goal.
 */
export function trackLabel(goal: Goal): string | null {
  if (goal.completedAt) return `Done ${formatDate(goal.completedAt)}`;
  if (!goal.track) return null;
  if (goal.trackSource !== 'roadmap') return TRACK_LABELS[goal.track];
  const label = goal.track === 'behind' && goal.weeksBehind ? `Behind by ${weeks(goal.weeksBehind)}` : TRACK_LABELS[goal.track];
  return `${label} (roadmap)`;
}

/** What the track rests on: the roadmap's date for the goal, or the rough estimate of hours left. */
function pacePart(goal: Goal): string | null {
  if (goal.completedAt) return null;
  if (goal.trackSource === 'roadmap') {
    if (goal.plannedEnd) return `the roadmap finishes it on ${formatDate(goal.plannedEnd)}`;
    return goal.track === 'behind' ? 'no time planned on the roadmap' : null;
  }
  return goal.remainingHours !== null ? `about ${formatDecimal(goal.remainingHours)} h to go (estimate)` : null;
}

function skillPart(goal: Goal): string | null {
  if (!goal.skillName) return null;
  const name = goal.skillDeleted ? `${goal.skillName} (deleted skill)` : goal.skillName;
  return goal.kind === 'skill-level' && goal.targetLevel !== null ? `${name} to level ${goal.targetLevel}` : name;
}

/** Where the user stands against the target, for open goals; completed ones need no "now". */
function progressPart(goal: Goal): string | null {
  if (goal.completedAt) return null;
  switch (goal.kind) {
    case 'skill-level':
      return goal.currentLevel !== null && !goal.skillDeleted ? `now level ${goal.currentLevel}` : null;
    case 'salary':
      return goal.currentSalary !== null ? `now ${formatMoney(goal.currentSalary, goal.currency ?? 'USD')} (your profile)` : 'no salary in your profile yet';
    case 'career-level':
      return goal.currentCareerLevel !== null ? `now ${CAREER_LEVEL_LABELS[goal.currentCareerLevel]} (your profile)` : 'no career level in your profile yet';
    default:
      return null;
  }
}

function targetPart(goal: Goal): string | null {
  if (goal.kind === 'salary' && goal.targetSalary !== null) return `target ${formatMoney(goal.targetSalary, goal.currency ?? 'USD')}`;
  if (goal.kind === 'career-level' && goal.careerLevel !== null) return `target ${CAREER_LEVEL_LABELS[goal.careerLevel]}`;
  return null;
}

/** One line: kind, what it aims at, where the user is now, due date, and the roadmap's date or the hours left. */
export function goalSummary(goal: Goal): string {
  return [GOAL_KIND_LABELS[goal.kind], skillPart(goal), targetPart(goal), progressPart(goal), `due ${formatDate(goal.dueDate)}`, pacePart(goal)]
    .filter((part): part is string => part !== null)
    .join(' · ');
}

/** Measurable goals complete themselves; the rest wait for the user's "Mark done". */
export const userJudged = (goal: Pick<Goal, 'kind' | 'skillId'>): boolean => goal.kind === 'custom' || (goal.kind === 'certification' && goal.skillId === null);
