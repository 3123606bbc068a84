import type { ChartData, ChartOptions } from 'chart.js';
import { format } from 'date-fns';
import { Bar } from 'react-chartjs-2';
import { toDate } from '../../../shared/domain/dates';
import type { WeekHours } from '../../../shared/domain/progress';
import { formatDecimal } from '../format';
import { hours, tokenColor } from './chart-colors';
import './progress-charts.css';
import './register';
import { useChartTheme } from './use-chart-theme';

/** Hours studied per week (bars), with the same numbers in a table for screen readers. */
export function HoursPerWeekChart({ weeks }: { weeks: readonly WeekHours[] }) {
  const theme = useChartTheme();
  const labels = weeks.map((w) => format(toDate(w.weekStart), 'd MMM'));
  const data: ChartData<'bar', number[], string> = {
    labels,
    datasets: [{ label: 'Hours studied', data: weeks.map((w) => hours(w.minutes)), backgroundColor: tokenColor('--accent', '#2453c7') }],
  };
  const options: ChartOptions<'bar'> = {
    animation: false,
    maintainAspectRatio: false,
    plugins: { legend: { display: false } },
    scales: { y: { beginAtZero: true, title: { display: true, text: 'Hours' } } },
  };
  const total = weeks.reduce((sum, w) => sum + w.minutes, 0);
  return (
    <figure className="chart">
      <div className="chart-box">
        <Bar key={theme} data={data} options={options} aria-label={`Hours studied per week over the last ${weeks.length} weeks: ${formatDecimal(hours(total))} hours in all`} role="img" />
      </div>
      <table className="visually-hidden" aria-label="Hours per week">
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Hours</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.weekStart}>
              <th scope="row">{w.weekStart}</th>
              <td>{formatDecimal(hours(w.minutes))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
