import type { ChartData, ChartOptions } from 'chart.js';
import { Bar, Radar } from 'react-chartjs-2';
import type { CategoryLevels } from '@shared/domain/progress';
import { SKILL_CATEGORY_LABELS } from '@shared/domain/vocabulary';
import { formatDecimal } from '../format';
import { ChartFigure } from './ChartFigure';
import { tokenColor, withAlpha } from './chart-colors';
import './register';
import { useChartTheme, useScaleColors } from './use-chart-theme';

/** A radar needs three axes to enclose an area; with one or two it collapses to a line. */
export const MIN_RADAR_CATEGORIES = 3;

const LEVELS = { min: 0, max: 5, ticks: { stepSize: 1 } };

/** Average current vs target level per category over the skills being tracked: a radar, or bars below three categories. */
export function CategoryLevelsChart({ categories }: { categories: readonly CategoryLevels[] }) {
  const theme = useChartTheme();
  const axis = useScaleColors();
  const accent = tokenColor('--accent', '#2453c7', theme);
  const muted = tokenColor('--muted', '#5c5c57', theme);
  const labels = categories.map((c) => SKILL_CATEGORY_LABELS[c.category]);
  const current = categories.map((c) => c.current);
  const target = categories.map((c) => c.target);
  const asBars = categories.length < MIN_RADAR_CATEGORIES;

  const table = {
    caption: 'Levels by category',
    columns: ['Category', 'Current', 'Target'],
    rows: categories.map((c) => ({ key: c.category, cells: [SKILL_CATEGORY_LABELS[c.category], formatDecimal(c.current), formatDecimal(c.target)] })),
  };
  const summary = `Current and target level by category, on a scale of 0 to 5, for ${categories.length} ${categories.length === 1 ? 'category' : 'categories'}`;

  if (asBars) {
    const data: ChartData<'bar', number[], string> = {
      labels,
      datasets: [
        { label: 'Current level', data: current, backgroundColor: accent },
        { label: 'Target level', data: target, backgroundColor: withAlpha(muted, 0.35), borderColor: muted, borderWidth: 1 },
      ],
    };
    const options: ChartOptions<'bar'> = {
      indexAxis: 'y',
      animation: false,
      maintainAspectRatio: false,
      scales: { x: { ...LEVELS, ...axis, ticks: { ...LEVELS.ticks, ...axis.ticks } }, y: { ...axis } },
      plugins: { legend: { position: 'bottom', ...(axis.ticks ? { labels: axis.ticks } : {}) } },
    };
    return (
      <ChartFigure summary={summary} table={table} boxStyle={{ height: `${90 + 60 * categories.length}px` }}>
        {(canvas) => <Bar key={theme} data={data} options={options} {...canvas} />}
      </ChartFigure>
    );
  }

  const data: ChartData<'radar', number[], string> = {
    labels,
    datasets: [
      { label: 'Current level', data: current, borderColor: accent, backgroundColor: withAlpha(accent, 0.2), fill: true },
      { label: 'Target level', data: target, borderColor: muted, borderDash: [4, 4], fill: false },
    ],
  };
  const options: ChartOptions<'radar'> = {
    animation: false,
    maintainAspectRatio: false,
    scales: {
      r: {
        ...LEVELS,
        ticks: { ...LEVELS.ticks, ...axis.ticks },
        // Only in print: undefined here would replace chart.js's own defaults.
        ...(axis.grid ? { grid: axis.grid, angleLines: axis.grid } : {}),
        ...(axis.ticks ? { pointLabels: axis.ticks } : {}),
      },
    },
  };
  return (
    <ChartFigure summary={summary} table={table} boxClassName="chart-box radar">
      {(canvas) => <Radar key={theme} data={data} options={options} {...canvas} />}
    </ChartFigure>
  );
}
