import { render, screen, within } from '@testing-library/react';
import { Chart, type BarElement } from 'chart.js';
import type { AnnotationPluginOptions } from 'chartjs-plugin-annotation';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleCitiesPanel } from '../../../renderer/src/features/salary/ArticleCitiesPanel';
import { BandChart, type ChartRow } from '../../../renderer/src/features/salary/BandChart';
import { useAppStore } from '../../../renderer/src/store';
import type { SalaryBand } from '@shared/domain/salary-explorer';
import { REPO_ROOT } from '../../support/temp-core';
import { connectRealCore } from '../skills/skills-dom-core';

/** The design tokens of styles.css, both themes: jsdom resolves neither var() nor light-dark(). */
const css = readFileSync(path.join(REPO_ROOT, 'renderer/src/styles.css'), 'utf8');
function token(name: string): { light: string; dark: string } {
  const match = new RegExp(`${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(css);
  if (!match?.[1] || !match[2]) throw new Error(`no light-dark() token ${name} in styles.css`);
  return { light: match[1], dark: match[2] };
}
const theme = () => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

vi.mock('../../../renderer/src/charts/chart-colors', async (original) => ({
  ...(await original<typeof import('../../../renderer/src/charts/chart-colors')>()),
  // The colour the browser would resolve for the theme in force.
  tokenColor: (name: string, fallback: string) => {
    try {
      return token(name)[theme()];
    } catch {
      return fallback;
    }
  },
}));

type Rgb = [number, number, number];
function parse(color: string): { rgb: Rgb; alpha: number } {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex?.[1]) {
    const n = Number.parseInt(hex[1], 16);
    return { rgb: [(n >> 16) & 255, (n >> 8) & 255, n & 255], alpha: 1 };
  }
  const rgba = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(color);
  if (!rgba) throw new Error(`not a colour: ${color}`);
  return { rgb: [Number(rgba[1]), Number(rgba[2]), Number(rgba[3])], alpha: rgba[4] === undefined ? 1 : Number(rgba[4]) };
}
const over = (color: string, surface: string): Rgb => {
  const { rgb, alpha } = parse(color);
  const base = parse(surface).rgb;
  return rgb.map((c, i) => alpha * c + (1 - alpha) * (base[i] ?? 0)) as Rgb;
};
const luminance = (rgb: Rgb) => {
  const [r, g, b] = rgb.map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
/** WCAG contrast ratio. */
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const band = (label: string, p50: number): SalaryBand => ({
  datasetId: 'bls',
  datasetName: 'BLS OEWS May 2025',
  standing: 'official',
  year: 2025,
  occupationTitle: 'Software Developers',
  areaCode: label,
  areaName: label,
  areaType: 'msa',
  level: null,
  label,
  count: 1000,
  p10: p50 - 60_000,
  p25: p50 - 30_000,
  p50,
  p75: p50 + 40_000,
  p90: p50 + 90_000,
  rangeLow: null,
  rangeHigh: null,
  tooFew: false,
  currency: 'USD',
});

function chartIn(container: HTMLElement): Chart<'bar'> {
  const canvas = container.querySelector('canvas');
  const chart = canvas ? (Chart.getChart(canvas) as Chart<'bar'> | undefined) : undefined;
  if (!chart) throw new Error('no chart drawn');
  // jsdom lays nothing out: give the chart a real size so its bars get positions.
  chart.resize(900, 600);
  return chart;
}

const annotationsOf = (chart: Chart<'bar'>) => (chart.options.plugins as { annotation?: AnnotationPluginOptions }).annotation?.annotations ?? {};

/** Top and bottom of a horizontal bar. */
const extent = (element: BarElement) => {
  const { y, height } = element.getProps(['y', 'height'], true) as { y: number; height: number };
  return [y - height / 2, y + height / 2] as const;
};

beforeEach(() => useAppStore.getState().setTheme('light'));
afterEach(() => useAppStore.getState().setTheme('system'));

describe('band chart', () => {
  const rows: ChartRow[] = [
    { label: 'Seattle', band: band('Seattle', 167_000), mine: true },
    { label: 'United States', band: band('United States', 136_000) },
  ];

  it.each(['light', 'dark'] as const)('keeps the 10th–90th band visible in %s mode: its edge stands 3:1 from the surface', (mode) => {
    useAppStore.getState().setTheme(mode);
    const { container } = render(<BandChart rows={rows} label="Software Developers" currency="USD" />);
    const chart = chartIn(container);
    const outer = chart.data.datasets[0];
    expect(outer?.label).toBe('10th–90th percentile');
    const surface = token('--surface')[mode];
    rows.forEach((_, i) => {
      const width = Number(outer?.borderWidth ?? 0);
      const edge = width > 0 ? (outer?.borderColor as string[])[i] : (outer?.backgroundColor as string[])[i];
      expect(contrast(over(edge ?? '', surface), parse(surface).rgb), `row ${i} in ${mode}`).toBeGreaterThanOrEqual(3);
    });
  });

  it('names your salary in the legend, not in a label over the bars', () => {
    const { container } = render(<BandChart rows={rows} label="Software Developers" currency="USD" userSalary={{ amount: 150_000, currency: 'USD' }} />);
    const chart = chartIn(container);
    const line = (annotationsOf(chart) as Record<string, { label?: { display?: unknown } }>).mine;
    expect(line).toBeTruthy();
    expect(line?.label?.display ?? false).toBe(false);
    expect(chart.data.datasets.map((d) => d.label)).toContain('Your salary: $150,000');
  });

  it('draws no salary line for a salary in another currency', () => {
    const { container } = render(<BandChart rows={rows} label="Software Developers" currency="USD" userSalary={{ amount: 150_000, currency: 'EUR' }} />);
    const chart = chartIn(container);
    expect(Object.keys(annotationsOf(chart))).toEqual([]);
    expect(chart.data.datasets.map((d) => d.label).join()).not.toMatch(/Your salary/);
  });
});

describe('the article’s cities', () => {
  let t: Awaited<ReturnType<typeof connectRealCore>>;
  beforeEach(async () => {
    t = await connectRealCore();
  });
  afterEach(() => t.core.dispose());

  it('draws the cities in the table’s order, each claim beside its BLS band and not over it', { timeout: 60_000 }, async () => {
    const { container } = render(<ArticleCitiesPanel />);
    const table = await screen.findByRole('table', { name: /Article cities/ });
    const cities = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelector('td')?.textContent);
    const chart = chartIn(container);
    expect(chart.data.labels).toEqual(cities);

    const claim = chart.data.datasets.findIndex((d) => d.label === 'Article’s claim (unsourced)');
    expect(claim).toBeGreaterThan(0);
    const claimed = (chart.data.datasets[claim]?.data ?? []).flatMap((value, i) => (value ? [i] : []));
    expect(claimed.map((i) => cities[i])).toEqual(['San Francisco', 'New York', 'Seattle']);
    for (const i of claimed) {
      const [claimTop, claimBottom] = extent(chart.getDatasetMeta(claim).data[i] as BarElement);
      for (const layer of [0, 1, 2]) {
        const [top, bottom] = extent(chart.getDatasetMeta(layer).data[i] as BarElement);
        expect(claimBottom <= top || claimTop >= bottom, `${cities[i]}: claim overlaps ${chart.data.datasets[layer]?.label}`).toBe(true);
      }
    }
  });
});
