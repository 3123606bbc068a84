import { Link } from 'wouter';
import type { StreakUnit } from '@shared/domain/progress';
import { STREAK_UNITS } from '@shared/domain/vocabulary';
import type { DashboardSummary } from '@shared/domain/dashboard';
import { Loadable } from '../../components/Loadable';
import type { Load } from '../../store/use-load';
import { formatDate, formatHours } from '../../format';
import { useAppStore } from '../../store';
import { GoalList } from '../goals/GoalList';
import { describeEvent } from '../skills/SkillHistory';
import { RoadmapCard } from './RoadmapCard';
import './dashboard.css';

const unitLabel = (n: number, unit: StreakUnit) => `${n} ${unit === 'days' ? (n === 1 ? 'day' : 'days') : n === 1 ? 'week' : 'weeks'}`;

/** This week, streak, goals due, the roadmap, skills in progress and latest entries (`load`: the dashboard's first screen, which brings the summary). */
export function ProgressCards({ load }: { load: Load }) {
  const summary = useAppStore((s) => s.dashboard);
  return (
    <Loadable load={load} data={summary} what="your progress">
      {(summary) => <Progress summary={summary} />}
    </Loadable>
  );
}

function Progress({ summary }: { summary: DashboardSummary }) {
  const streakUnit = useAppStore((s) => s.streakUnit);
  const setStreakUnit = useAppStore((s) => s.setStreakUnit);
  const openQuickLog = useAppStore((s) => s.openQuickLog);
  const reportError = useAppStore((s) => s.reportError);
  return (
    <>
      <div className="dashboard-cards">
        <section className="card stat-card" aria-labelledby="week-title">
          <h2 id="week-title">This week</h2>
          <p className="stat numeric" aria-describedby="week-title">
            {formatHours(summary.weekMinutes)}
          </p>
          <button type="button" onClick={() => openQuickLog()}>
            Log study <kbd>L</kbd>
          </button>
        </section>
        <section className="card stat-card" aria-labelledby="streak-title">
          <h2 id="streak-title">Streak</h2>
          <p className="stat numeric">{unitLabel(summary.streak, streakUnit)}</p>
          <label className="streak-unit">
            Count in{' '}
            <select value={streakUnit} onChange={(e) => setStreakUnit(e.target.value as StreakUnit).catch(reportError)}>
              {STREAK_UNITS.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          </label>
        </section>
        <section className="card" aria-labelledby="due-title">
          <h2 id="due-title">Goals due soon</h2>
          {summary.goalsDue.length === 0 ? (
            <p className="muted">
              Nothing due in the next 30 days and nothing behind. <Link href="/goals">Set a goal</Link>
            </p>
          ) : (
            <GoalList goals={summary.goalsDue} compact />
          )}
        </section>
        <RoadmapCard roadmap={summary.roadmap} />
        <section className="card" aria-labelledby="learning-title">
          <h2 id="learning-title">Learning now</h2>
          {summary.inProgress.length === 0 ? (
            <p className="muted">
              No skill is marked as learning. <Link href="/skills">Pick one on the Skills screen</Link>
            </p>
          ) : (
            <ul className="plain-list">
              {summary.inProgress.map((s) => (
                <li key={s.id}>
                  <Link href={`/skills/${s.id}`}>{s.name}</Link>{' '}
                  <span className="muted">
                    level {s.level} of {s.targetLevel}, {formatHours(s.minutesLogged)} logged
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card wide" aria-labelledby="latest-title">
          <h2 id="latest-title">Latest entries</h2>
          {summary.latest.length === 0 ? (
            <p className="muted">Your log is empty. Press L anywhere to record a study session.</p>
          ) : (
            <ul className="plain-list" aria-label="Latest entries">
              {summary.latest.map((e) => (
                <li key={e.id}>
                  <span className="numeric">{formatDate(e.date)}</span> <Link href={`/skills/${e.skillId}`}>{e.skillName}</Link>
                  {e.skillDeleted ? ' (deleted)' : ''}: {describeEvent(e)}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
