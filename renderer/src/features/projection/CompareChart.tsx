import type { ActiveElement, ChartData, ChartEvent, ChartOptions, Chart as ChartJs } from 'chart.js';
import { Line } from 'react-chartjs-2';
import { ChartFigure } from '../../charts/ChartFigure';
import { tokenColor, withAlpha } from '../../charts/chart-colors';
import '../../charts/register';
import { useChartTheme, useScaleColors } from '../../charts/use-chart-theme';
import { formatMoney } from '../../format';
import type { ComparedScenario } from './use-compared-results';

/** Each compared scenario's colour (tokens in projection.css) and dash, so lines differ without colour too. */
export const SERIES = [
  { token: '--proj-1', fallback: '#2453c7', dash: [] },
  { token: '--proj-2', fallback: '#b34700', dash: [8, 4] },
  { token: '--proj-3', fallback: '#1f7a3a', dash: [2, 3] },
  { token: '--proj-4', fallback: '#7b3fb3', dash: [12, 4, 2, 4] },
] as const;

/** What each chart.js dataset is, so a click can say which scenario's year it was. */
interface DatasetRole {
  scenarioId: number;
  kind: 'p25' | 'p75' | 'expected';
}

interface CompareChartProps {
  compared: readonly ComparedScenario[];
  onExplain(scenarioId: number, year: number): void;
}

/** Expected salary per scenario, each over its shaded 25th–75th percentile band; a click on a point explains it. */
export function CompareChart({ compared, onExplain }: CompareChartProps) {
  const theme = useChartTheme();
  const axis = useScaleColors();
  const drawn = compared.flatMap((c) => (c.result?.ok ? [{ ...c, projection: c.result.projection }] : []));
  const years = Math.max(0, ...drawn.map((d) => d.projection.years.length));
  const roles: DatasetRole[] = [];
  const data: ChartData<'line', number[], string> = {
    labels: Array.from({ length: years }, (_, i) => `Year ${i + 1}`),
    datasets: drawn.flatMap((d) => {
      const style = SERIES[d.series] ?? SERIES[0];
      const color = tokenColor(style.token, style.fallback, theme);
      const name = d.scenario.name;
      roles.push({ scenarioId: d.scenario.id, kind: 'p25' }, { scenarioId: d.scenario.id, kind: 'p75' }, { scenarioId: d.scenario.id, kind: 'expected' });
      return [
        { label: `${name}: 25th percentile`, data: d.projection.years.map((y) => y.band.p25), borderWidth: 0, pointRadius: 0, pointHitRadius: 0, fill: false },
        {
          label: `${name}: 25th–75th percentile`,
          data: d.projection.years.map((y) => y.band.p75),
          borderWidth: 0,
          pointRadius: 0,
          pointHitRadius: 0,
          // Shaded down to the dataset before it: this scenario's 25th percentile.
          fill: '-1',
          backgroundColor: withAlpha(color, 0.1),
        },
        {
          label: name,
          data: d.projection.years.map((y) => y.expectedSalary),
          borderColor: color,
          backgroundColor: color,
          borderDash: [...style.dash],
          borderWidth: 2,
          pointRadius: 3,
          pointHoverRadius: 6,
          fill: false,
        },
      ];
    }),
  };
  const currencyOf = (datasetIndex: number) => drawn.find((d) => d.scenario.id === roles[datasetIndex]?.scenarioId)?.projection.currency ?? 'USD';

  const onClick = (event: ChartEvent, _active: ActiveElement[], chart: ChartJs) => {
    // Every scenario's point in the clicked year, then the one nearest the click.
    const native = event.native;
    if (!native) return;
    const column = chart.getElementsAtEventForMode(native, 'index', { intersect: false }, false);
    const points = column.filter((e) => roles[e.datasetIndex]?.kind === 'expected');
    const y = event.y ?? 0;
    const nearest = points.sort((a, b) => Math.abs(a.element.y - y) - Math.abs(b.element.y - y))[0];
    const role = nearest ? roles[nearest.datasetIndex] : undefined;
    if (nearest && role) onExplain(role.scenarioId, nearest.index + 1);
  };

  const options: ChartOptions<'line'> = {
    animation: false,
    maintainAspectRatio: false,
    interaction: { mode: 'index', intersect: false },
    onClick,
    onHover: (event, active, chart) => {
      chart.canvas.style.cursor = active.length > 0 ? 'pointer' : 'default';
    },
    plugins: {
      legend: { labels: { ...axis.ticks, usePointStyle: true, pointStyle: 'line', filter: (item, chartData) => roles[item.datasetIndex ?? -1]?.kind === 'expected' && chartData.datasets.length > 0 } },
      tooltip: {
        filter: (item) => roles[item.datasetIndex]?.kind === 'expected',
        callbacks: {
          label: (item) => `${item.dataset.label ?? ''}: ${formatMoney(item.parsed.y ?? 0, currencyOf(item.datasetIndex))}`,
          footer: () => 'Click to explain this number',
        },
      },
    },
    scales: {
      x: { ...axis },
      y: { ...axis, title: { ...axis.title, display: true, text: 'Expected salary a year' }, ticks: { ...axis.ticks, callback: (v) => formatMoney(Number(v), drawn[0]?.projection.currency ?? 'USD') } },
    },
  };

  const summary =
    drawn.length === 0
      ? 'No projection to draw yet.'
      : `Expected salary by year for ${drawn.map((d) => d.scenario.name).join(', ')}, each with its 25th to 75th percentile band shaded. The table below lists the figures; each cell explains itself.`;
  return (
    <ChartFigure summary={summary} boxClassName="chart-box projection-chart-box">
      {(canvas) => <Line key={theme} data={data} options={options} {...canvas} />}
    </ChartFigure>
  );
}
