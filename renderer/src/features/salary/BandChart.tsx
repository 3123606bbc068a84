import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { ChartFigure } from '../../charts/ChartFigure';
import '../../charts/register';
import type { BandKey } from '../../../../shared/domain/percentiles';
import type { SalaryBand } from '../../../../shared/domain/salary-explorer';
import { formatMoney } from '../../format';
import { tokenColor, withAlpha } from '../../charts/chart-colors';
import { sourceOf } from './band-format';
import { useChartTheme } from '../../charts/use-chart-theme';

type Range = [number, number] | null;

export interface ChartClaim {
  /** Index of the band the claim sits beside. */
  index: number;
  low: number;
  high: number;
}

interface BandChartProps {
  bands: readonly SalaryBand[];
  label: string;
  /** Area code or group label to highlight (the user's own area). */
  highlight?: string | null;
  userSalary?: { amount: number; currency: string } | null;
  /** An unsourced claim drawn beside some bands (the article's ranges). */
  claims?: readonly ChartClaim[];
  claimLabel?: string;
}

const span = (band: SalaryBand, lo: BandKey, hi: BandKey): Range => {
  const a = band[lo];
  const b = band[hi];
  return a === null || b === null ? null : [a, b];
};

/** Median as a thin bar: chart.js floating bars need a width. */
const medianMark = (band: SalaryBand): Range => (band.p50 === null ? null : [band.p50 * 0.996, band.p50 * 1.004]);

/** Pay bands as floating horizontal bars (p10–p90 light, p25–p75 dark, the median marked). */
export function BandChart({ bands, label, highlight, userSalary, claims = [], claimLabel = 'Claim' }: BandChartProps) {
  const theme = useChartTheme();
  const accent = tokenColor('--accent', '#2453c7');
  const muted = tokenColor('--muted', '#5c5c57');
  const warning = tokenColor('--warning-text', '#6b4a00');
  const isMine = (b: SalaryBand) => Boolean(highlight) && (b.areaCode === highlight || b.label === highlight);
  const labels = bands.map((b) => (isMine(b) ? `${b.label} (your area)` : b.label));
  const alpha = (b: SalaryBand, strong: number, weak: number) => (highlight && !isMine(b) ? weak : strong);
  const claimData: Range[] = bands.map((_, i) => {
    const claim = claims.find((c) => c.index === i);
    return claim ? [claim.low, claim.high] : null;
  });

  const data: ChartData<'bar', Range[], string> = {
    labels,
    datasets: [
      { label: '10th–90th percentile', data: bands.map((b) => span(b, 'p10', 'p90')), backgroundColor: bands.map((b) => withAlpha(accent, alpha(b, 0.3, 0.15))), grouped: false },
      { label: '25th–75th percentile', data: bands.map((b) => span(b, 'p25', 'p75')), backgroundColor: bands.map((b) => withAlpha(accent, alpha(b, 0.75, 0.45))), grouped: false, barPercentage: 0.6 },
      { label: 'Median', data: bands.map(medianMark), backgroundColor: muted, grouped: false, barPercentage: 0.9 },
      ...(claims.length ? [{ label: claimLabel, data: claimData, backgroundColor: withAlpha(warning, 0.55), grouped: false, barPercentage: 0.25 }] : []),
    ],
  };

  const tooltip = (item: TooltipItem<'bar'>): string[] => {
    const band = bands[item.dataIndex];
    if (!band) return [];
    if (item.dataset.label === claimLabel) {
      const claim = claims.find((c) => c.index === item.dataIndex);
      return claim ? [`${claimLabel}: ${formatMoney(claim.low, 'USD')}–${formatMoney(claim.high, 'USD')}`, 'No year, source or method stated'] : [];
    }
    const keys: [BandKey, BandKey] =
      item.datasetIndex === 0 ? ['p10', 'p90'] : item.datasetIndex === 1 ? ['p25', 'p75'] : ['p50', 'p50'];
    const text = keys[0] === keys[1] ? formatMoney(band.p50 ?? 0, band.currency) : `${formatMoney(band[keys[0]] ?? 0, band.currency)}–${formatMoney(band[keys[1]] ?? 0, band.currency)}`;
    return [`${item.dataset.label}: ${text}`, `Source: ${sourceOf(band)}`];
  };

  const options: ChartOptions<'bar'> = {
    indexAxis: 'y',
    animation: false,
    maintainAspectRatio: false,
    scales: {
      x: { ticks: { callback: (v) => formatMoney(Number(v), bands[0]?.currency ?? 'USD') } },
      y: { ticks: { autoSkip: false } },
    },
    plugins: {
      legend: { position: 'bottom' },
      tooltip: { callbacks: { label: tooltip } },
      annotation: userSalary
        ? {
            annotations: {
              mine: {
                type: 'line',
                scaleID: 'x',
                value: userSalary.amount,
                borderColor: tokenColor('--danger', '#b3261e'),
                borderWidth: 2,
                label: { display: true, content: `Your salary ${formatMoney(userSalary.amount, userSalary.currency)}`, position: 'start' },
              },
            },
          }
        : undefined,
    },
  };

  // The table of every figure sits below the chart on both salary views, so the figure has none of its own.
  return (
    <ChartFigure
      summary={`${label}: pay bands for ${bands.length} ${bands.length === 1 ? 'row' : 'rows'}; the table below has every figure`}
      boxClassName="band-chart"
      boxStyle={{ height: `${Math.max(160, 46 * bands.length + 80)}px` }}
    >
      {(canvas) => <Bar key={theme} data={data} options={options} {...canvas} />}
    </ChartFigure>
  );
}
