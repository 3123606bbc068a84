import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProgress } from '@shared/domain/salary-import';
import { writeSalaryCsv, GENERATED_MAPPING } from '../../support/salary-csv';
import { openTempCore, tempDir } from '../../support/temp-core';

const ROWS = 100_000;
const temp = tempDir('trajectory-concurrent-');
const csvFile = path.join(temp.dir, 'big.csv');
let core: Awaited<ReturnType<typeof openTempCore>>;

beforeAll(async () => {
  core = await openTempCore();
  await writeSalaryCsv(csvFile, ROWS);
});
afterAll(() => {
  core.dispose();
  temp.remove();
});

describe('writes while an import runs', () => {
  it('a study session logged mid-import is committed while the import is still writing, and both land', async () => {
    const timeline: string[] = [];
    let midImport: Promise<void> | null = null;
    let writeResult: Awaited<ReturnType<typeof core.router.dispatch>> | null = null;
    let committedMidImport = false;
    const unsubscribe = core.events.subscribe((event, payload) => {
      if (event === 'dataChanged') timeline.push(`dataChanged:${(payload as { domains: string[] }).domains.join(',')}`);
      if (event !== 'importProgress') return;
      const progress = payload as ImportProgress;
      if (progress.phase !== 'importing' || midImport) return;
      timeline.push('import writing');
      midImport = (async () => {
        writeResult = await core.router.dispatch('progress.logStudy', { skillId: 'postgresql', date: '2026-01-05', minutes: 45 });
        // Committed: a reader on the main connection sees the row now, before the import has finished.
        committedMidImport = (core.store.sqlite.prepare("SELECT COUNT(*) FROM progress_events WHERE skill_id = 'postgresql'").pluck().get() as number) === 1;
        timeline.push('study logged');
        const info = await core.router.dispatch('app.info', undefined);
        if (info.ok) timeline.push('app.info answered');
      })();
    });

    const { token } = await core.files.register(csvFile, 'big.csv', false);
    const imported = core.router.dispatch('salary.importCsv', { token, name: 'big', encoding: 'utf-8', delimiter: ',', mapping: GENERATED_MAPPING }).then((r) => {
      timeline.push('import finished');
      return r;
    });
    const result = await imported;
    await midImport;
    unsubscribe();

    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(writeResult).toMatchObject({ ok: true, value: { kind: 'study', minutes: 45 } });
    expect(committedMidImport).toBe(true);
    // The order of events, not wall time: the write was answered and committed before the import ended.
    expect(timeline.indexOf('import writing')).toBe(0);
    expect(timeline.indexOf('study logged')).toBeGreaterThan(0);
    expect(timeline.indexOf('dataChanged:progress')).toBeLessThan(timeline.indexOf('import finished'));
    expect(timeline.indexOf('study logged')).toBeLessThan(timeline.indexOf('import finished'));
    expect(timeline.indexOf('app.info answered')).toBeLessThan(timeline.indexOf('import finished'));
    expect(timeline).toContain('dataChanged:datasets');
    const count = core.store.sqlite.prepare("SELECT COUNT(*) FROM salary_records r JOIN salary_datasets d ON d.id = r.dataset_id WHERE d.key = ?").pluck();
    expect(count.get((result as { value: { datasetId: string } }).value.datasetId)).toBe(ROWS);
  });

  it('an import in progress is invisible: listed datasets and percentiles never see its rows', async () => {
    const { token } = await core.files.register(csvFile, 'again.csv', false);
    let sawHidden: unknown[] | null = null;
    let checked: Promise<void> | null = null;
    const unsubscribe = core.events.subscribe((event, payload) => {
      if (event !== 'importProgress' || (payload as ImportProgress).phase !== 'importing' || checked) return;
      checked = (async () => {
        const listed = await core.router.dispatch('data.listDatasets', undefined);
        sawHidden = listed.ok ? (listed.value as { name: string }[]).filter((d) => d.name === 'again') : null;
      })();
    });
    const result = await core.router.dispatch('salary.importCsv', { token, name: 'again', encoding: 'utf-8', delimiter: ',', mapping: GENERATED_MAPPING, allowDuplicate: true });
    await checked;
    unsubscribe();
    expect(result.ok).toBe(true);
    expect(sawHidden).toEqual([]);
  });
});
