import type { ChartData, ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { WeekHours } from '@shared/domain/progress';
import { formatDate, formatDayMonth, formatHours } from '../format';
import { ChartFigure } from './ChartFigure';
import { hours, tokenColor } from './chart-colors';
import './register';
import { useChartTheme, useScaleColors } from './use-chart-theme';

/** Hours studied per week (bars), with the same numbers in a table for screen readers. */
export function HoursPerWeekChart({ weeks }: { weeks: readonly WeekHours[] }) {
  const theme = useChartTheme();
  const axis = useScaleColors();
  const data: ChartData<'bar', number[], string> = {
    labels: weeks.map((w) => formatDayMonth(w.weekStart)),
    datasets: [{ label: 'Hours studied', data: weeks.map((w) => hours(w.minutes)), backgroundColor: tokenColor('--accent', '#2453c7', theme) }],
  };
  const options: ChartOptions<'bar'> = {
    animation: false,
    maintainAspectRatio: false,
    plugins: { legend: { display: false } },
    scales: { x: { ...axis }, y: { ...axis, beginAtZero: true, title: { ...axis.title, display: true, text: 'Hours' } } },
  };
  const total = weeks.reduce((sum, w) => sum + w.minutes, 0);
  return (
    <ChartFigure
      summary={`Hours studied per week over the last ${weeks.length} weeks: ${formatHours(total)} in all`}
      table={{
        caption: 'Hours per week',
        columns: ['Week of', 'Hours'],
        rows: weeks.map((w) => ({ key: w.weekStart, cells: [formatDate(w.weekStart), formatHours(w.minutes)] })),
      }}
    >
      {(canvas) => <Bar key={theme} data={data} options={options} {...canvas} />}
    </ChartFigure>
  );
}
