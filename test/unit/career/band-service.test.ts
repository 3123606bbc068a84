import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bandFor, bandsFor } from '../../../electron/core/services/career-band';
import { bandOf } from '@shared/domain/percentiles';
import type { ProjectionBand } from '@shared/domain/projection';
import { openTempCore } from '../../support/temp-core';

let core: Awaited<ReturnType<typeof openTempCore>>;

/** An imported dataset written straight into the tables (the import itself is tested elsewhere). */
function importDataset(key: string, name: string, rows: Array<{ title: string; level: string; area: string; total: number; currency: string; year?: number }>) {
  const sqlite = core.store.sqlite;
  const id = (
    sqlite
      .prepare(
        `INSERT INTO salary_datasets (key, status, name, publisher, license, source, year, version, builtin, standing, provenance, loaded_at)
         VALUES (?, 'ready', ?, 'You', 'Yours', 'An import', NULL, 1, 0, 'user', '', '2026-01-01') RETURNING id`,
      )
      .get(key, name) as { id: number }
  ).id;
  const insert = sqlite.prepare(
    'INSERT INTO salary_records (dataset_id, row_number, title, level, area, year, total, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  rows.forEach((r, i) => insert.run(id, i + 2, r.title, r.level, r.area, r.year ?? null, r.total, r.currency));
}

beforeAll(async () => {
  core = await openTempCore();
  const eur = [100, 110, 120, 130, 140, 150].map((k) => ({ title: 'Backend Engineer', level: 'senior', area: 'Berlin', total: k * 1000, currency: 'EUR', year: 2025 }));
  const juniors = [50, 55, 60, 65, 70].map((k) => ({ title: 'Backend Engineer', level: 'junior', area: 'Berlin', total: k * 1000, currency: 'EUR', year: 2024 }));
  const mixed = [1, 2, 3, 4, 5].map((k) => ({ title: 'SRE', level: 'mid', area: 'Paris', total: 90_000 + k, currency: k === 3 ? 'USD' : 'EUR' }));
  importDataset('user-eur', 'My Berlin offers', [...eur, ...juniors, ...mixed]);
});
afterAll(() => core.dispose());

const sqlite = () => core.store.sqlite;

describe('band service: BLS (published rows)', () => {
  it('answers 15-1252 in Seattle with the published percentiles, USD and the row it came from', () => {
    const band = bandFor(sqlite(), { datasetId: 'bls-oews-2025', occupationCode: '15-1252', areaCode: '0042660' });
    const row = sqlite()
      .prepare("SELECT id, p10, p25, p50, p75, p90, area_name AS areaName FROM salary_bands WHERE occupation_code = '15-1252' AND area_code = '0042660'")
      .get() as { id: number; p10: number; p25: number; p50: number; p75: number; p90: number; areaName: string };
    expect(band).toEqual<ProjectionBand>({
      occupationCode: '15-1252',
      areaCode: '0042660',
      band: { p10: row.p10, p25: row.p25, p50: row.p50, p75: row.p75, p90: row.p90 },
      currency: 'USD',
      dataYear: 2025,
      source: {
        datasetId: 'bls-oews-2025',
        datasetName: expect.stringContaining('BLS OEWS May 2025') as unknown as string,
        year: 2025,
        occupationCode: '15-1252',
        occupationTitle: 'Software Developers',
        areaCode: '0042660',
        areaName: row.areaName,
        level: null,
        kind: 'published-row',
        rowId: row.id,
        recordCount: null,
      },
    });
  });

  it('answers the engineering-manager occupation (11-3021) nationally, from the bundled national row', () => {
    const band = bandFor(sqlite(), { datasetId: 'bls-oews-2025', occupationCode: '11-3021', areaCode: '0000000' });
    // The bundled CSV's national row: 107550, 138060, 175140, 220730, 297510.
    expect(band.band).toEqual({ p10: 107550, p25: 138060, p50: 175140, p75: 220730, p90: 297510 });
    expect(band.source.occupationTitle).toBe('Computer and Information Systems Managers');
  });

  it('says what is missing: no row, a level asked of BLS, the article (ranges, not percentiles)', () => {
    expect(() => bandFor(sqlite(), { datasetId: 'bls-oews-2025', occupationCode: '11-3021', areaCode: '0042660' })).toThrow(/has no figures for occupation 11-3021 in area 0042660/);
    expect(() => bandFor(sqlite(), { datasetId: 'bls-oews-2025', occupationCode: '15-1252', areaCode: '0042660', level: 'senior' })).toThrow(/has no levels/);
    expect(() => bandFor(sqlite(), { datasetId: 'article-city-ranges', occupationCode: '15-1252', areaCode: '0042660' })).toThrow(/unsourced claim/);
    expect(() => bandFor(sqlite(), { datasetId: 'nope', occupationCode: '15-1252', areaCode: '0042660' })).toThrow(/No dataset "nope"/);
  });
});

describe('band service: imported datasets', () => {
  it('computes the band of the matching records by the explorer method, in their currency, naming the records', () => {
    const band = bandFor(sqlite(), { datasetId: 'user-eur', occupationCode: 'Backend Engineer', areaCode: 'Berlin', level: 'senior' });
    // Six values 100k…150k: p10 at h = 5·0.1 = 0.5 → 100k + 0.5·10k = 105k; median h = 2.5 → 125k; p90 h = 4.5 → 145k.
    expect(band.band).toEqual({ p10: 105_000, p25: 112_500, p50: 125_000, p75: 137_500, p90: 145_000 });
    expect(band.currency).toBe('EUR');
    expect(band.dataYear).toBe(2025);
    expect(band.source).toMatchObject({ kind: 'imported-records', recordCount: 6, level: 'senior', datasetName: 'My Berlin offers' });
  });

  it('without a level, every level of that title and area counts', () => {
    const band = bandFor(sqlite(), { datasetId: 'user-eur', occupationCode: 'Backend Engineer', areaCode: 'Berlin' });
    const totals = [100, 110, 120, 130, 140, 150, 50, 55, 60, 65, 70].map((k) => k * 1000);
    expect(band.band).toEqual(bandOf(totals));
    expect(band.source.recordCount).toBe(11);
  });

  it('refuses too few records and records in several currencies', () => {
    expect(() => bandFor(sqlite(), { datasetId: 'user-eur', occupationCode: 'Backend Engineer', areaCode: 'Munich' })).toThrow(/has 0 records .* at least 5/);
    expect(() => bandFor(sqlite(), { datasetId: 'user-eur', occupationCode: 'SRE', areaCode: 'Paris' })).toThrow(/several currencies \(EUR, USD\)/);
  });
});

describe('band service: never mixing currencies', () => {
  it('refuses a projection that would mix BLS (USD) and an import in EUR, saying which is in which', () => {
    const requests = [
      { datasetId: 'bls-oews-2025', occupationCode: '15-1252', areaCode: '0042660' },
      { datasetId: 'user-eur', occupationCode: 'Backend Engineer', areaCode: 'Berlin', level: 'senior' },
    ];
    expect(() => bandsFor(sqlite(), requests)).toThrow(
      /A projection uses one currency, and this one would mix them: BLS OEWS May 2025[^;]* \(Seattle-Tacoma-Bellevue, WA\) is in USD; My Berlin offers \(Berlin\) is in EUR\./,
    );
  });

  it('refuses bands in another currency than the salary, and accepts one currency throughout', () => {
    const bls = [
      { datasetId: 'bls-oews-2025', occupationCode: '15-1252', areaCode: '0042660' },
      { datasetId: 'bls-oews-2025', occupationCode: '15-1252', areaCode: '0041860' },
    ];
    expect(() => bandsFor(sqlite(), bls, { label: 'Your salary', currency: 'EUR' })).toThrow(/Your salary is in EUR; BLS .* is in USD/);
    expect(bandsFor(sqlite(), bls, { label: 'Your salary', currency: 'USD' }).map((b) => b.currency)).toEqual(['USD', 'USD']);
  });

  it('the contract method answers the same band, and refuses through the envelope', async () => {
    const result = await core.router.dispatch('career.band', { occupationCode: '15-1252', areaCode: '0042660' });
    expect(result).toMatchObject({ ok: true, value: { currency: 'USD', source: { kind: 'published-row' } } });
    const refused = await core.router.dispatch('career.band', { datasetId: 'user-eur', occupationCode: 'SRE', areaCode: 'Paris' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/several currencies/) } });
  });
});
