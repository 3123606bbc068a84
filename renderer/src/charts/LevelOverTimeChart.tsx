import type { ChartData, ChartOptions } from 'chart.js';
import { addDays, differenceInCalendarDays, subDays } from 'date-fns';
import { Line } from 'react-chartjs-2';
import { toDate, toIso } from '@shared/domain/iso-date';
import type { LevelPoint } from '@shared/domain/progress';
import { formatDate, formatDayMonth } from '../format';
import { ChartFigure } from './ChartFigure';
import { tokenColor } from './chart-colors';
import './register';
import { useChartTheme } from './use-chart-theme';

/** The shortest span drawn: changes made on one day still read as a step, not a vertical line. */
export const MIN_SPAN_DAYS = 28;

/**
 * The points as a step line from the axis start to today: the level before the first change is
 * held from the start of the axis, and the last level is held until today.
 */
export function levelSteps(points: readonly LevelPoint[], today: string): LevelPoint[] {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return [];
  const start = toIso(subDays(toDate(today), MIN_SPAN_DAYS));
  return [
    ...(start < first.date ? [{ date: start, level: first.level }] : []),
    ...points,
    ...(last.date < today ? [{ date: today, level: last.level }] : []),
  ];
}

/** A skill's level as a step line on a time axis, up to today. */
export function LevelOverTimeChart({ points, skillName, today = toIso(new Date()) }: { points: readonly LevelPoint[]; skillName: string; today?: string }) {
  const theme = useChartTheme();
  const steps = levelSteps(points, today);
  const data: ChartData<'line', Array<{ x: number; y: number }>> = {
    datasets: [
      {
        label: 'Level',
        data: steps.map((p) => ({ x: toDate(p.date).getTime(), y: p.level })),
        borderColor: tokenColor('--accent', '#2453c7'),
        // Horizontal until the day of a change, then up or down: a level holds until it changes.
        stepped: 'before',
        pointRadius: steps.map((p) => (points.includes(p) ? 3 : 0)),
      },
    ],
  };
  const dateOf = (value: number | string) => toIso(new Date(Number(value)));
  const spanDays = steps.length > 1 ? differenceInCalendarDays(toDate(steps.at(-1)?.date ?? today), toDate(steps[0]?.date ?? today)) : 0;
  const options: ChartOptions<'line'> = {
    animation: false,
    maintainAspectRatio: false,
    plugins: {
      legend: { display: false },
      tooltip: { callbacks: { title: (items) => (items[0] ? formatDate(dateOf(items[0].parsed.x ?? 0)) : '') } },
    },
    scales: {
      x: {
        type: 'time',
        // A little room after today, so a change made today is not drawn on the chart's edge.
        max: addDays(toDate(today), Math.max(1, Math.round(spanDays / 30))).getTime(),
        time: { unit: spanDays > 400 ? 'month' : spanDays > 60 ? 'week' : 'day' },
        ticks: { callback: (value) => formatDayMonth(dateOf(value)) },
      },
      y: { min: 0, max: 5, ticks: { stepSize: 1 }, title: { display: true, text: 'Level' } },
    },
  };
  const last = points.at(-1);
  return (
    <ChartFigure
      summary={`${skillName}: level over time${last ? `, level ${last.level} since ${formatDate(last.date)}` : ''}`}
      table={{
        caption: 'Level changes',
        columns: ['Date', 'Level'],
        rows: points.map((p, i) => ({ key: `${p.date}-${i}`, cells: [formatDate(p.date), p.level] })),
      }}
    >
      {(canvas) => <Line key={theme} data={data} options={options} {...canvas} />}
    </ChartFigure>
  );
}
