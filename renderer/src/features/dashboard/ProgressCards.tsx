import { lazy, Suspense } from 'react';
import { Link } from 'wouter';
import type { StreakUnit } from '@shared/domain/progress';
import { STREAK_UNITS } from '@shared/domain/vocabulary';
import type { DashboardSummary } from '@shared/domain/dashboard';
import { StudyHeatmap } from '../../charts/StudyHeatmap';
import { useAfterFirstPaint } from '../../components/after-paint';
import { Loadable } from '../../components/Loadable';
import { formatDate, formatHours } from '../../format';
import { useAppStore } from '../../store';
import { useLoad } from '../../store/use-load';
import { GoalList } from '../goals/GoalList';
import { describeEvent } from '../skills/SkillHistory';
import { RoadmapCard } from './RoadmapCard';
import './dashboard.css';

// chart.js is the largest library the app has: the dashboard shows its cards first and draws the chart when it has loaded.
const HoursPerWeekChart = lazy(() => import('../../charts/HoursPerWeekChart').then((m) => ({ default: m.HoursPerWeekChart })));

const chartLoading = (
  <div className="chart-box">
    <p className="muted loading" role="status">
      Loading the chart…
    </p>
  </div>
);

const unitLabel = (n: number, unit: StreakUnit) => `${n} ${unit === 'days' ? (n === 1 ? 'day' : 'days') : n === 1 ? 'week' : 'weeks'}`;

/** This week, streak, goals due, the roadmap, skills in progress and latest entries; the study charts below them. */
export function ProgressCards() {
  const summary = useAppStore((s) => s.dashboard);
  const loadDashboard = useAppStore((s) => s.loadDashboard);
  const load = useLoad(loadDashboard);
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
  // The study charts sit below the cards: their data and chart.js are asked for once the cards are on screen.
  const cardsShown = useAfterFirstPaint();
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
      {cardsShown ? <StudyCharts /> : <StudyChartsLoading />}
    </>
  );
}

function StudyChartsLoading() {
  return (
    <p className="muted loading" role="status">
      Loading your study charts…
    </p>
  );
}

/** Hours per week and the study calendar, from the progress statistics. */
function StudyCharts() {
  const stats = useAppStore((s) => s.progressStats);
  const loadProgressStats = useAppStore((s) => s.loadProgressStats);
  const load = useLoad(loadProgressStats);
  return (
    <Loadable load={load} data={stats} what="your study charts">
      {(stats) => (
        <>
          <section className="card" aria-labelledby="hours-title">
            <h2 id="hours-title">Hours per week (last 26 weeks)</h2>
            <Suspense fallback={chartLoading}>
              <HoursPerWeekChart weeks={stats.weeks} />
            </Suspense>
          </section>
          <section className="card" aria-labelledby="heatmap-title">
            <h2 id="heatmap-title">Study calendar (last year)</h2>
            <StudyHeatmap days={stats.days} />
          </section>
        </>
      )}
    </Loadable>
  );
}
