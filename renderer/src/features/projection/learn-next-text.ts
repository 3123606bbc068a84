import type { EarlierPromotion, LearnCandidate, LearnNextResult, LearnNextRow } from '@shared/domain/learn-next';
import { formatDate, formatDecimal, formatMoney } from '../../format';

/*
 * The arithmetic behind each ranked skill, as sentences: what is studied, when it is reached, which
 * promotion comes sooner, and gain ÷ hours. Every figure is one the pure ranking returned.
 */

const years = (n: number) => `${n} year${n === 1 ? '' : 's'}`;
export const hoursText = (hours: number) => `${formatDecimal(hours)} h`;

export function earlierText(e: EarlierPromotion, horizonYears: number): string {
  if (e.baselineYear === null) return `${e.levelName} in year ${e.year} instead of not within ${years(horizonYears)}`;
  return `${e.levelName} in year ${e.year} instead of year ${e.baselineYear} (${years(e.baselineYear - e.year)} earlier)`;
}

/** How the skill is studied and when it is reached, learned before anything else. */
export function studyText(row: LearnNextRow, hoursPerWeek: number): string {
  const c = row.candidate;
  if (row.reachedOn === null) return `${hoursText(c.hoursRemaining)} of study, but no hours a week are planned: it would not be reached.`;
  if (c.hoursRemaining === 0) return `No study hours left by the estimate: set your level on the skill's page. Counted as reached ${formatDate(row.reachedOn)}.`;
  return `${hoursText(c.hoursRemaining)} of study at ${hoursText(hoursPerWeek)} a week, learned first: level ${c.targetLevel} on ${formatDate(row.reachedOn)}.`;
}

/** The gain as a subtraction and, per hour, as a division; or that nothing changes. */
export function gainText(row: LearnNextRow, currency: string, horizonYears: number): string {
  if (row.earlier.length === 0) return `Changes no promotion within ${years(horizonYears)}: no gain.`;
  const money = (n: number) => formatMoney(n, currency);
  const sum = `Earnings over ${years(horizonYears)}: ${money(row.withSkillEarnings)} − ${money(row.baselineEarnings)} = ${money(row.gain)}`;
  if (row.perHour === null) return `${sum}.`;
  return `${sum}; ${money(row.gain)} ÷ ${hoursText(row.candidate.hoursRemaining)} = ${money(row.perHour)} per hour of study.`;
}

/** The baseline's next promotion and every skill it waits for: one of several alone moves nothing. */
export function waitingText(waiting: NonNullable<LearnNextResult['waiting']>, candidates: readonly LearnCandidate[]): string {
  const names = new Map(candidates.map((c) => [c.skillId, c.skillName]));
  const skills = waiting.skills.map((s) => `${names.get(s.skillId) ?? s.skillId} (level ${s.minLevel})`).join(', ');
  const alone = waiting.skills.length > 1 ? ' A skill moves this promotion only once the others are reached too (on your roadmap or already).' : '';
  return `On your current plan, from year ${waiting.year} ${waiting.levelName} waits for ${skills}.${alone}`;
}
