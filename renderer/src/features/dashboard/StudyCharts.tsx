import { lazy, Suspense } from 'react';
import { StudyHeatmap } from '../../charts/StudyHeatmap';
import { Loadable } from '../../components/Loadable';
import { useAppStore } from '../../store';
import { useLoad } from '../../store/use-load';

// chart.js is the largest library the app has: the dashboard shows its cards first and draws the chart when it has loaded.
const HoursPerWeekChart = lazy(() => import('../../charts/HoursPerWeekChart').then((m) => ({ default: m.HoursPerWeekChart })));

const chartLoading = (
  <div className="chart-box">
    <p className="muted loading" role="status">
      Loading the chart…
    </p>
  </div>
);

export function StudyChartsLoading() {
  return (
    <p className="muted loading" role="status">
      Loading your study charts…
    </p>
  );
}

/** Hours per week and the study calendar, from the progress statistics. */
export function StudyCharts() {
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
