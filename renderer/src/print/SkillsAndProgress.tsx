import { SKILL_CATEGORY_LABELS, SKILL_STATUS_LABELS } from '@shared/domain/vocabulary';
import { CategoryLevelsChart } from '../charts/CategoryLevelsChart';
import { HoursPerWeekChart } from '../charts/HoursPerWeekChart';
import { formatHours } from '../format';
import type { PlanDocument } from '@shared/domain/plan-document';
import { trackedSkills } from './plan-facts';
import { Missing, PrintSection } from './PrintSection';

export function SkillsSection({ data }: { data: PlanDocument }) {
  const skills = trackedSkills(data).sort((a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name));
  return (
    <PrintSection id="skills" empty={skills.length === 0}>
      {skills.length === 0 ? (
        <Missing>No skills tracked yet: set a level or a target under Skills.</Missing>
      ) : (
        <>
          {data.stats.categories.length > 0 ? (
            <div className="print-chart">
              <CategoryLevelsChart categories={data.stats.categories} />
            </div>
          ) : null}
          <table className="print-table compact">
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">Category</th>
                <th scope="col">Level</th>
                <th scope="col">Target</th>
                <th scope="col">Status</th>
                <th scope="col">Studied</th>
              </tr>
            </thead>
            <tbody>
              {skills.map((s) => (
                <tr key={s.id}>
                  <td>{s.name}</td>
                  <td>{SKILL_CATEGORY_LABELS[s.category]}</td>
                  <td>{s.level}</td>
                  <td>{s.targetLevel}</td>
                  <td>{SKILL_STATUS_LABELS[s.status]}</td>
                  <td>{formatHours(s.minutesLogged)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </PrintSection>
  );
}

export function ProgressSection({ data }: { data: PlanDocument }) {
  const { weeks } = data.stats;
  const total = data.skills.reduce((sum, s) => sum + s.minutesLogged, 0);
  const lastFour = weeks.slice(-4).reduce((sum, w) => sum + w.minutes, 0);
  return (
    <PrintSection id="progress" empty={total === 0}>
      {total === 0 ? (
        <Missing>No study logged yet: log it with “Log study” to see hours per week here.</Missing>
      ) : (
        <>
          <ul className="print-list">
            <li>Studied in all: {formatHours(total)}</li>
            <li>Last four weeks: {formatHours(lastFour)}</li>
            <li>
              Streak: {data.stats.streak} {data.stats.streakUnit === 'weeks' ? 'weeks' : 'days'}
            </li>
          </ul>
          <div className="print-chart">
            <HoursPerWeekChart weeks={weeks} />
          </div>
        </>
      )}
    </PrintSection>
  );
}
