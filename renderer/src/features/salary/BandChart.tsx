import type { ChartData, ChartDataset, ChartOptions, TooltipItem } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { ChartFigure } from '../../charts/ChartFigure';
import '../../charts/register';
import type { BandKey } from '@shared/domain/percentiles';
import type { SalaryBand } from '@shared/domain/salary-explorer';
import { formatMoney } from '../../format';
import { tokenColor } from '../../charts/chart-colors';
import { bandPalette } from '../../charts/band-palette';
import { sourceOf } from './band-format';
import { useChartTheme } from '../../charts/use-chart-theme';

type Range = [number, number] | null;

/** One row of the chart, in the order the rows are drawn (top first). */
export interface ChartRow {
  label: string;
  /** null: nothing published for this row; it keeps its place, drawn empty. */
  band: SalaryBand | null;
  /** An unsourced claim drawn beside the band (the article's range). */
  claim?: { low: number; high: number } | null;
  /** The user's own area: drawn stronger, the others lighter. */
  mine?: boolean;
}

interface BandChartProps {
  rows: readonly ChartRow[];
  label: string;
  /** The currency of every band drawn: the explorer never mixes currencies in one chart. */
  currency: string;
  /** Drawn only when its currency is the bands' own. */
  userSalary?: { amount: number; currency: string } | null;
  claimLabel?: string;
}

const span = (band: SalaryBand | null, lo: BandKey, hi: BandKey): Range => {
  const a = band?.[lo] ?? null;
  const b = band?.[hi] ?? null;
  return a === null || b === null ? null : [a, b];
};

/** Median as a thin bar: chart.js floating bars need a width. */
const medianMark = (band: SalaryBand | null): Range => (band?.p50 == null ? null : [band.p50 * 0.996, band.p50 * 1.004]);

// BLS's three layers share one slot of each row; a claim gets a slot of its own beside them.
// Rows without a claim skip the empty slot (skipNull), so their band keeps the full height.
const BLS_SLOT = { stack: 'bands', grouped: true, skipNull: true } as const;
const CLAIM_SLOT = { stack: 'claims', grouped: true, skipNull: true } as const;

/**
 * Pay bands as floating horizontal bars: 10th–90th outlined and light, 25th–75th darker, the
 * median marked. The user's salary is a line whose name sits in the legend, not on the bars.
 */
export function BandChart({ rows, label, currency, userSalary, claimLabel = 'Claim' }: BandChartProps) {
  const theme = useChartTheme();
  const palette = bandPalette(tokenColor('--accent', '#2453c7'));
  const muted = tokenColor('--muted', '#5c5c57');
  const warning = tokenColor('--warning-text', '#6b4a00');
  const danger = tokenColor('--danger', '#b3261e');
  const anyMine = rows.some((r) => r.mine);
  const tone = (row: ChartRow) => (anyMine && !row.mine ? palette.other : palette.mine);
  const hasClaims = rows.some((r) => r.claim);
  const salary = userSalary && userSalary.currency === currency ? userSalary : null;
  const salaryLabel = salary ? `Your salary: ${formatMoney(salary.amount, salary.currency)}` : '';

  const datasets: ChartDataset<'bar', Range[]>[] = [
    {
      label: '10th–90th percentile',
      data: rows.map((r) => span(r.band, 'p10', 'p90')),
      backgroundColor: rows.map((r) => tone(r).outerFill),
      borderColor: rows.map((r) => tone(r).outerEdge),
      borderWidth: 1,
      borderSkipped: false,
      ...BLS_SLOT,
    },
    { label: '25th–75th percentile', data: rows.map((r) => span(r.band, 'p25', 'p75')), backgroundColor: rows.map((r) => tone(r).innerFill), barPercentage: 0.6, ...BLS_SLOT },
    { label: 'Median', data: rows.map((r) => medianMark(r.band)), backgroundColor: muted, barPercentage: 0.9, ...BLS_SLOT },
  ];
  if (hasClaims) {
    datasets.push({
      label: claimLabel,
      data: rows.map((r) => (r.claim ? [r.claim.low, r.claim.high] : null)),
      backgroundColor: warning,
      barPercentage: 0.7,
      ...CLAIM_SLOT,
    });
  }
  const salaryIndex = datasets.length;
  if (salary) {
    // No bars: it only names the salary line in the legend (and hides it when clicked there).
    datasets.push({ label: salaryLabel, data: rows.map(() => null), backgroundColor: danger, borderColor: danger, grouped: false });
  }
  const data: ChartData<'bar', Range[], string> = { labels: rows.map((r) => (r.mine ? `${r.label} (your area)` : r.label)), datasets };

  const tooltip = (item: TooltipItem<'bar'>): string[] => {
    const row = rows[item.dataIndex];
    if (!row) return [];
    if (item.dataset.label === claimLabel) {
      return row.claim ? [`${claimLabel}: ${formatMoney(row.claim.low, currency)}–${formatMoney(row.claim.high, currency)}`, 'No year, source or method stated'] : [];
    }
    const band = row.band;
    if (!band) return [];
    const keys: [BandKey, BandKey] = item.datasetIndex === 0 ? ['p10', 'p90'] : item.datasetIndex === 1 ? ['p25', 'p75'] : ['p50', 'p50'];
    const text = keys[0] === keys[1] ? formatMoney(band.p50 ?? 0, band.currency) : `${formatMoney(band[keys[0]] ?? 0, band.currency)}–${formatMoney(band[keys[1]] ?? 0, band.currency)}`;
    return [`${item.dataset.label}: ${text}`, `Source: ${sourceOf(band)}`];
  };

  const options: ChartOptions<'bar'> = {
    indexAxis: 'y',
    animation: false,
    maintainAspectRatio: false,
    scales: {
      // Not stacked: each layer is a range of its own, drawn over the others in its slot.
      x: { stacked: false, ticks: { callback: (v) => formatMoney(Number(v), currency) } },
      y: { ticks: { autoSkip: false } },
    },
    plugins: {
      legend: { position: 'bottom' },
      tooltip: { callbacks: { label: tooltip } },
      annotation: salary
        ? {
            annotations: {
              mine: {
                type: 'line',
                scaleID: 'x',
                value: salary.amount,
                borderColor: danger,
                borderWidth: 2,
                display: (ctx) => ctx.chart.isDatasetVisible(salaryIndex),
              },
            },
          }
        : undefined,
    },
  };

  // The table of every figure sits below the chart on both salary views, so the figure has none of its own.
  return (
    <ChartFigure
      summary={`${label}: pay bands for ${rows.length} ${rows.length === 1 ? 'row' : 'rows'}; the table below has every figure`}
      boxClassName="band-chart"
      boxStyle={{ height: `${Math.max(160, 46 * rows.length + 80)}px` }}
    >
      {(canvas) => <Bar key={theme} data={data} options={options} {...canvas} />}
    </ChartFigure>
  );
}
