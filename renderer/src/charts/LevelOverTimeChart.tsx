import type { ChartData, ChartOptions } from 'chart.js';
import { Line } from 'react-chartjs-2';
import { toDate } from '../../../shared/domain/dates';
import type { LevelPoint } from '../../../shared/domain/progress';
import { tokenColor } from './chart-colors';
import './progress-charts.css';
import './register';
import { useChartTheme } from './use-chart-theme';

/** A skill's level as a step line on a time axis. */
export function LevelOverTimeChart({ points, skillName }: { points: readonly LevelPoint[]; skillName: string }) {
  const theme = useChartTheme();
  const data: ChartData<'line', Array<{ x: number; y: number }>> = {
    datasets: [
      {
        label: 'Level',
        data: points.map((p) => ({ x: toDate(p.date).getTime(), y: p.level })),
        borderColor: tokenColor('--accent', '#2453c7'),
        stepped: true,
      },
    ],
  };
  const options: ChartOptions<'line'> = {
    animation: false,
    maintainAspectRatio: false,
    plugins: { legend: { display: false } },
    scales: {
      x: { type: 'time', time: { unit: 'day', tooltipFormat: 'd MMM yyyy' } },
      y: { min: 0, max: 5, ticks: { stepSize: 1 } },
    },
  };
  return (
    <figure className="chart">
      <div className="chart-box">
        <Line key={theme} data={data} options={options} role="img" aria-label={`${skillName}: level over time`} />
      </div>
      <table className="visually-hidden" aria-label="Level changes">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Level</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={`${p.date}-${i}`}>
              <th scope="row">{p.date}</th>
              <td>{p.level}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
