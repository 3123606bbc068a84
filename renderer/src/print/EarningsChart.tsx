import type { ChartData, ChartOptions } from 'chart.js';
import { Line } from 'react-chartjs-2';
import type { Projection } from '@shared/domain/projection';
import { ChartFigure } from '../charts/ChartFigure';
import { tokenColor, withAlpha } from '../charts/chart-colors';
import '../charts/register';
import { useChartTheme, useScaleColors } from '../charts/use-chart-theme';
import { formatMoney } from '../format';

/** Distinct, print-safe line colours, one per scenario (at most four). */
const LINE_COLORS = ['#2453c7', '#b3261e', '#2e7d32', '#8a4fb8'];

interface EarningsChartProps {
  scenarios: ReadonlyArray<{ id: number; name: string; projection: Projection }>;
}

/** Expected salary per year for each scenario, with its p25–p75 band shaded. */
export function EarningsChart({ scenarios }: EarningsChartProps) {
  const theme = useChartTheme();
  const axis = useScaleColors();
  const currency = scenarios[0]?.projection.currency ?? 'USD';
  const horizon = Math.max(...scenarios.map((s) => s.projection.years.length));
  const labels = Array.from({ length: horizon }, (_, i) => `Year ${i + 1}`);
  const datasets: ChartData<'line', Array<number | null>, string>['datasets'] = scenarios.flatMap((s, i) => {
    const color = LINE_COLORS[i % LINE_COLORS.length] ?? tokenColor('--accent', '#2453c7', theme);
    const at = (pick: (y: Projection['years'][number]) => number) => labels.map((_, k) => (s.projection.years[k] ? pick(s.projection.years[k]) : null));
    return [
      { label: `${s.name}: 25th percentile`, data: at((y) => y.band.p25), borderWidth: 0, pointRadius: 0, fill: false, backgroundColor: 'transparent' },
      { label: `${s.name}: 75th percentile`, data: at((y) => y.band.p75), borderWidth: 0, pointRadius: 0, fill: '-1', backgroundColor: withAlpha(color, 0.12) },
      { label: s.name, data: at((y) => y.expectedSalary), borderColor: color, backgroundColor: color, borderWidth: 2, pointRadius: 2, fill: false },
    ];
  });
  const options: ChartOptions<'line'> = {
    animation: false,
    maintainAspectRatio: false,
    plugins: {
      legend: { position: 'bottom', labels: { ...axis.ticks, filter: (item) => !item.text.includes('percentile') } },
      tooltip: { enabled: false },
    },
    scales: {
      x: { ...axis },
      y: { ...axis, ticks: { ...axis.ticks, callback: (value) => formatMoney(Number(value), currency) } },
    },
  };
  const last = (s: EarningsChartProps['scenarios'][number]) => s.projection.years.at(-1);
  return (
    <ChartFigure
      summary={`Expected salary per year over ${horizon} years for ${scenarios.map((s) => `${s.name} (${formatMoney(last(s)?.expectedSalary ?? 0, currency)} in year ${last(s)?.year ?? 0})`).join(', ')}, with the 25th to 75th percentile band shaded`}
      boxStyle={{ height: '300px' }}
    >
      {(canvas) => <Line key={theme} data={{ labels, datasets }} options={options} {...canvas} />}
    </ChartFigure>
  );
}
