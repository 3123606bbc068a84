import type { DayMinutes } from '../../../shared/domain/progress';
import './progress-charts.css';

/** 0 for no study, then up to 4 by time spent; the bands suit sessions of tens of minutes to hours. */
const intensity = (minutes: number): number => (minutes === 0 ? 0 : minutes < 30 ? 1 : minutes < 60 ? 2 : minutes < 120 ? 3 : 4);

const label = (day: DayMinutes) => `${day.date}: ${day.minutes === 0 ? 'no study' : `${day.minutes} minutes`}`;

/**
 * A calendar of the last year, one column per week (Monday at the top). chart.js has no heatmap;
 * a grid of labelled cells is also what a screen reader can walk.
 */
export function StudyHeatmap({ days }: { days: readonly DayMinutes[] }) {
  const studied = days.filter((d) => d.minutes > 0).length;
  return (
    <figure className="chart">
      <div className="heatmap" role="list" aria-label={`Study calendar for the last year: ${studied} ${studied === 1 ? 'day' : 'days'} with study`}>
        {days.map((day) => (
          <span key={day.date} role="listitem" className="heatmap-cell" data-level={intensity(day.minutes)} aria-label={label(day)} title={label(day)} />
        ))}
      </div>
      <figcaption className="heatmap-legend">
        Less
        {[0, 1, 2, 3, 4].map((level) => (
          <span key={level} className="heatmap-cell" data-level={level} aria-hidden />
        ))}
        More
      </figcaption>
    </figure>
  );
}
