import type { ChartData, ChartOptions } from 'chart.js';
import { Radar } from 'react-chartjs-2';
import type { CategoryLevels } from '../../../shared/domain/progress';
import { SKILL_CATEGORY_LABELS } from '../../../shared/domain/skills';
import { formatDecimal } from '../format';
import { tokenColor } from './chart-colors';
import './progress-charts.css';
import './register';
import { useChartTheme } from './use-chart-theme';

/** Average current vs target level per category over the skills being tracked. */
export function CategoryRadarChart({ categories }: { categories: readonly CategoryLevels[] }) {
  const theme = useChartTheme();
  const accent = tokenColor('--accent', '#2453c7');
  const muted = tokenColor('--muted', '#5c5c57');
  const data: ChartData<'radar', number[], string> = {
    labels: categories.map((c) => SKILL_CATEGORY_LABELS[c.category]),
    datasets: [
      { label: 'Current level', data: categories.map((c) => c.current), borderColor: accent, backgroundColor: `${accent}33`, fill: true },
      { label: 'Target level', data: categories.map((c) => c.target), borderColor: muted, borderDash: [4, 4], fill: false },
    ],
  };
  const options: ChartOptions<'radar'> = {
    animation: false,
    maintainAspectRatio: false,
    scales: { r: { min: 0, max: 5, ticks: { stepSize: 1 } } },
  };
  return (
    <figure className="chart">
      <div className="chart-box radar">
        <Radar key={theme} data={data} options={options} role="img" aria-label="Current and target level by category" />
      </div>
      <table className="visually-hidden" aria-label="Levels by category">
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Current</th>
            <th scope="col">Target</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((c) => (
            <tr key={c.category}>
              <th scope="row">{SKILL_CATEGORY_LABELS[c.category]}</th>
              <td>{formatDecimal(c.current)}</td>
              <td>{formatDecimal(c.target)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
