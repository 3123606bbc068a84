import { afterEach, describe, expect, it } from 'vitest';
import { parsePrintQuery, planFileName, printRoute, PlanExportOptions } from '@shared/domain/plan-export';
import type { PlanPdfHost } from '../../../electron/core/plan/pdf-host';
import { countPdfPages } from '../../../electron/core/plan/pdf-layout';
import { openTempCore } from '../../support/temp-core';

const PDF = new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Pages /Count 2 >>\n2 0 obj << /Type /Page >>\n3 0 obj << /Type /Page >>\n%%EOF'));

/** A host whose render waits until the test lets it go, so two exports can overlap for real. */
function gatedHost() {
  const routes: string[] = [];
  let release: () => void = () => undefined;
  const host: PlanPdfHost = {
    render: (route) => {
      routes.push(route);
      return new Promise((resolve) => (release = () => resolve(PDF)));
    },
    deliver: async (_pdf, fileName, pages) => ({ outcome: 'download', fileName, pages, token: 't1' }),
    open: async (token) => token === 't1',
  };
  return { host, routes, release: () => release() };
}

let dispose: (() => void) | null = null;
afterEach(() => {
  dispose?.();
  dispose = null;
});

describe('plan.exportPdf through the router', () => {
  it('prints the route for the chosen options, counts the pages and names the file by date', async () => {
    const gated = gatedHost();
    const core = await openTempCore(undefined, { pdfHost: gated.host, clock: () => new Date('2026-11-29T10:00:00Z') });
    dispose = core.dispose;
    const pending = core.router.dispatch('plan.exportPdf', { paper: 'letter', sections: ['roadmap', 'cover'] });
    await expect.poll(() => gated.routes.length).toBe(1);
    expect(gated.routes[0]).toBe('/print?paper=letter&sections=cover,roadmap');
    gated.release();
    expect(await pending).toEqual({ ok: true, value: { outcome: 'download', fileName: 'career-plan-2026-11-29.pdf', pages: 2, token: 't1' } });
  });

  it('tells the host to get its print page ready when the plan is read (the Plan screen), with the plan unchanged', async () => {
    let warmed = 0;
    const gated = gatedHost();
    const core = await openTempCore(undefined, { pdfHost: { ...gated.host, warm: () => void warmed++ } });
    dispose = core.dispose;
    const document = await core.router.dispatch('plan.document', undefined);
    expect(document).toMatchObject({ ok: true, value: { stats: expect.any(Object) } });
    expect(warmed).toBe(1);
  });

  it('refuses a second export while one is rendering, then accepts one after it', async () => {
    const gated = gatedHost();
    const core = await openTempCore(undefined, { pdfHost: gated.host });
    dispose = core.dispose;
    const first = core.router.dispatch('plan.exportPdf', {});
    await expect.poll(() => gated.routes.length).toBe(1);
    const second = await core.router.dispatch('plan.exportPdf', {});
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('already running') } });
    gated.release();
    expect(await first).toMatchObject({ ok: true });
    const third = core.router.dispatch('plan.exportPdf', {});
    await expect.poll(() => gated.routes.length).toBe(2);
    gated.release();
    expect(await third).toMatchObject({ ok: true });
  });

  it('turns a render failure into a clear error and frees the export for the next try', async () => {
    let fail = true;
    const host: PlanPdfHost = {
      render: async () => {
        if (fail) throw new Error('The PDF was not ready after 30 s');
        return PDF;
      },
      deliver: async () => ({ outcome: 'cancelled' }),
      open: async () => false,
    };
    const core = await openTempCore(undefined, { pdfHost: host });
    dispose = core.dispose;
    expect(await core.router.dispatch('plan.exportPdf', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: 'The PDF could not be made: The PDF was not ready after 30 s' },
    });
    fail = false;
    expect(await core.router.dispatch('plan.exportPdf', {})).toEqual({ ok: true, value: { outcome: 'cancelled' } });
    expect(await core.router.dispatch('plan.openPdf', { token: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('says so on a host that cannot print, and refuses bad options with the field named', async () => {
    const core = await openTempCore();
    dispose = core.dispose;
    expect(await core.router.dispatch('plan.exportPdf', {})).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'This host cannot make PDFs.' } });
    const bad = await core.router.dispatch('plan.exportPdf', { paper: 'a3', sections: [] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (bad.ok) throw new Error('accepted');
    const paths = bad.error.details?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['paper', 'sections']));
  });
});

describe('plan export options', () => {
  it('round-trips through the print route, in document order', () => {
    const options = PlanExportOptions.parse({ paper: 'letter', sections: ['sources', 'cover', 'goals'], scenarioIds: [3, 1] });
    expect(parsePrintQuery(printRoute(options).split('?')[1] ?? '')).toEqual({ ...options, sections: ['cover', 'goals', 'sources'] });
  });

  it('falls back to the whole plan on A4 for an unreadable query, never throws', () => {
    const whole = PlanExportOptions.parse({});
    for (const query of ['', 'paper=a3', 'sections=cover,cover', 'sections=%E0%A4%A', 'scenarios=x']) {
      expect(parsePrintQuery(query)).toEqual(whole);
    }
  });

  it('names files safely and counts pages, not the page tree', () => {
    expect(planFileName('Ada  Lovelace/../x', '2026-11-29')).toBe('career-plan-Ada-Lovelacex-2026-11-29.pdf');
    expect(planFileName(null, '2026-11-29')).toBe('career-plan-2026-11-29.pdf');
    expect(countPdfPages(PDF)).toBe(2);
  });
});
