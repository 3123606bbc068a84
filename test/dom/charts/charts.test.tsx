import { render, screen, within } from '@testing-library/react';
import { Chart, type ChartConfiguration, type ChartDataset } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { CategoryLevelsChart } from '../../../renderer/src/charts/CategoryLevelsChart';
import { HoursPerWeekChart } from '../../../renderer/src/charts/HoursPerWeekChart';
import { LevelOverTimeChart } from '../../../renderer/src/charts/LevelOverTimeChart';
import { StudyHeatmap } from '../../../renderer/src/charts/StudyHeatmap';
import { BandChart } from '../../../renderer/src/features/salary/BandChart';
import { toDate } from '@shared/domain/dates';
import { heatmapDays, weeklyMinutes, type CategoryLevels } from '@shared/domain/progress';
import type { SalaryBand } from '@shared/domain/salary-explorer';

const chartOf = (name: RegExp) => {
  const canvas = screen.getByRole('img', { name });
  const chart = Chart.getChart(canvas as HTMLCanvasElement);
  if (!chart) throw new Error(`no chart.js chart on the canvas named ${name}`);
  return chart;
};

const typeOf = (chart: Chart) => (chart.config as ChartConfiguration).type;

const CATEGORIES: CategoryLevels[] = [
  { category: 'languages', current: 3, target: 4, skills: 1 },
  { category: 'infrastructure', current: 1.5, target: 3.5, skills: 2 },
  { category: 'databases', current: 2, target: 2, skills: 1 },
];

describe('levels by category', () => {
  it.each([1, 2])('are bars with %i categories, where a radar would collapse to a line', (n) => {
    render(<CategoryLevelsChart categories={CATEGORIES.slice(0, n)} />);
    const chart = chartOf(/Current and target level by category/);
    expect(typeOf(chart)).toBe('bar');
    expect(chart.data.labels).toHaveLength(n);
    expect(chart.data.datasets.map((d) => d.label)).toEqual(['Current level', 'Target level']);
  });

  it('are a radar from three categories on', () => {
    render(<CategoryLevelsChart categories={CATEGORIES} />);
    expect(typeOf(chartOf(/Current and target level by category/))).toBe('radar');
  });
});

describe('level over time', () => {
  it('is a step line held from before the first change until today, even when every change was on one day', () => {
    render(<LevelOverTimeChart skillName="Docker" today="2026-03-20" points={[{ date: '2026-03-20', level: 0 }, { date: '2026-03-20', level: 3 }]} />);
    const chart = chartOf(/^Docker: level over time/);
    const dataset = chart.data.datasets[0] as ChartDataset<'line', Array<{ x: number; y: number }>> | undefined;
    expect(dataset?.stepped).toBe('before');
    const points = dataset?.data ?? [];
    const first = points[0];
    const last = points.at(-1);
    expect(first && first.x < toDate('2026-03-20').getTime() && first.y === 0).toBe(true);
    expect(last).toEqual({ x: toDate('2026-03-20').getTime(), y: 3 });
    expect(chart.options.scales?.x?.max).toBeGreaterThan(toDate('2026-03-20').getTime());
  });

  it('holds the last level until today', () => {
    render(<LevelOverTimeChart skillName="Go" today="2026-03-20" points={[{ date: '2025-06-01', level: 0 }, { date: '2025-06-01', level: 2 }, { date: '2025-11-15', level: 3 }]} />);
    const points = chartOf(/^Go: level over time/).data.datasets[0]?.data as Array<{ x: number; y: number }>;
    expect(points.map((p) => p.y)).toEqual([0, 2, 3, 3]);
    expect(points.at(-1)?.x).toBe(toDate('2026-03-20').getTime());
  });
});

describe('the study calendar', () => {
  const month = (iso: string) => new Intl.DateTimeFormat(undefined, { month: 'short' }).format(toDate(iso));
  const weekday = (iso: string) => new Intl.DateTimeFormat(undefined, { weekday: 'short' }).format(toDate(iso));

  it('names the months above their first week and the weekdays beside the rows', () => {
    // From Monday 2025-03-10 to Sunday 2026-03-15: March 2025 has three weeks before April begins.
    render(<StudyHeatmap days={heatmapDays(new Map([['2026-03-02', 45]]), '2026-03-15')} />);
    const months = screen.getByTestId('heatmap-months');
    const expected = ['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03'];
    expect([...months.children].map((m) => m.textContent)).toEqual(expected.map((m) => month(`${m}-01`)));
    // April 1st 2025 is in the fourth week shown.
    expect((months.children[1] as HTMLElement).style.gridColumn).toBe('4 / span 4');
    expect([...screen.getByTestId('heatmap-weekdays').children].map((d) => d.textContent)).toEqual([
      weekday('2025-03-10'),
      '',
      weekday('2025-03-12'),
      '',
      weekday('2025-03-14'),
      '',
      '',
    ]);
    expect(screen.getByRole('list', { name: /1 day with study/ })).toBeTruthy();
  });
});

const BAND: SalaryBand = {
  datasetId: 'bls-oews-2025',
  datasetName: 'BLS OEWS May 2025',
  standing: 'official',
  year: 2025,
  occupationTitle: 'Software Developers',
  areaCode: '0000000',
  areaName: 'National',
  areaType: 'national',
  level: null,
  label: 'United States',
  count: 1000,
  p10: 80000,
  p25: 100000,
  p50: 130000,
  p75: 170000,
  p90: 210000,
  rangeLow: null,
  rangeHigh: null,
  tooFew: false,
  currency: 'USD',
};

describe('every chart is a figure with a caption and its canvas named', () => {
  it.each([
    ['hours per week', () => <HoursPerWeekChart weeks={weeklyMinutes(new Map([['2026-03-10', 90]]), '2026-03-15', 4)} />, /Hours studied per week over the last 4 weeks: 1.5 h in all/, 'Hours per week'],
    ['levels by category', () => <CategoryLevelsChart categories={CATEGORIES} />, /Current and target level by category/, 'Levels by category'],
    ['level over time', () => <LevelOverTimeChart skillName="Go" today="2026-03-20" points={[{ date: '2026-03-01', level: 0 }, { date: '2026-03-01', level: 2 }]} />, /^Go: level over time/, 'Level changes'],
    ['pay bands', () => <BandChart rows={[{ label: BAND.label, band: BAND }]} label="Software Developers" currency="USD" />, /^Software Developers: pay bands for 1 row/, null],
    ['study calendar', () => <StudyHeatmap days={heatmapDays(new Map(), '2026-03-15')} />, /^Study calendar for the last year: 0 days with study/, null],
  ] as const)('%s', (_name, chart, summary, tableName) => {
    render(chart());
    const figure = screen.getByRole('figure', { name: summary });
    expect(figure.querySelector('figcaption')?.textContent).toMatch(summary);
    if (tableName) expect(within(figure).getByRole('table', { name: tableName })).toBeTruthy();
  });
});
