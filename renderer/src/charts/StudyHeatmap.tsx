import type { DayMinutes } from '@shared/domain/progress';
import { formatDate, formatMonth, formatWeekday } from '../format';
import { ChartFigure } from './ChartFigure';

/** 0 for no study, then up to 4 by time spent; the bands suit sessions of tens of minutes to hours. */
const intensity = (minutes: number): number => (minutes === 0 ? 0 : minutes < 30 ? 1 : minutes < 60 ? 2 : minutes < 120 ? 3 : 4);

const label = (day: DayMinutes) => `${formatDate(day.date)}: ${day.minutes === 0 ? 'no study' : `${day.minutes} minutes`}`;

/** Rows of the calendar that carry a weekday name; every other row, as calendars usually do. */
const LABELLED_ROWS = [0, 2, 4];

/** Columns a month's name may take: about four weeks, never over the next month's name. */
const MONTH_LABEL_COLUMNS = 4;

/**
 * The columns (weeks) where a month begins, with the month's name and the columns it may use.
 * The first column is named only when its month has room for the name before the next begins.
 */
export function monthStarts(days: readonly DayMinutes[]): Array<{ column: number; span: number; name: string }> {
  const starts: Array<{ column: number; name: string }> = [];
  days.forEach((day, i) => {
    if (day.date.endsWith('-01')) starts.push({ column: Math.floor(i / 7), name: formatMonth(day.date) });
  });
  const first = days[0];
  if (first && (starts[0]?.column ?? Infinity) >= 3) starts.unshift({ column: 0, name: formatMonth(first.date) });
  const weeks = Math.ceil(days.length / 7);
  return starts.map((m, i) => ({ ...m, span: Math.min(MONTH_LABEL_COLUMNS, (starts[i + 1]?.column ?? weeks) - m.column) }));
}

/**
 * A calendar of the last year, one column per week (Monday at the top), months named above and
 * weekdays beside. chart.js has no heatmap; a grid of labelled cells is also what a screen reader
 * can walk.
 */
export function StudyHeatmap({ days }: { days: readonly DayMinutes[] }) {
  const studied = days.filter((d) => d.minutes > 0).length;
  const weeks = Math.ceil(days.length / 7);
  const columns = { gridTemplateColumns: `repeat(${weeks}, var(--heatmap-cell))` };
  const summary = `Study calendar for the last year: ${studied} ${studied === 1 ? 'day' : 'days'} with study`;
  return (
    <ChartFigure summary={summary} boxClassName="heatmap-box">
      {() => (
        <>
          <div className="heatmap-months" style={columns} aria-hidden data-testid="heatmap-months">
            {monthStarts(days).map((m) => (
              <span key={`${m.column}-${m.name}`} style={{ gridColumn: `${m.column + 1} / span ${m.span}` }}>
                {m.name}
              </span>
            ))}
          </div>
          <div className="heatmap-weekdays" aria-hidden data-testid="heatmap-weekdays">
            {days.slice(0, 7).map((day, row) => (
              <span key={day.date}>{LABELLED_ROWS.includes(row) ? formatWeekday(day.date) : ''}</span>
            ))}
          </div>
          <div className="heatmap" role="list" aria-label={summary}>
            {days.map((day) => (
              <span key={day.date} role="listitem" className="heatmap-cell" data-level={intensity(day.minutes)} aria-label={label(day)} title={label(day)} />
            ))}
          </div>
          <div className="heatmap-legend" aria-hidden>
            Less
            {[0, 1, 2, 3, 4].map((level) => (
              <span key={level} className="heatmap-cell" data-level={level} />
            ))}
            More
          </div>
        </>
      )}
    </ChartFigure>
  );
}
