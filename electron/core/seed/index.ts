import path from 'node:path';
import type { Sqlite } from '../db/open';
import { loadArticleRanges } from './article';
import type { BandRow } from './band-row';
import { loadBlsOews } from './bls';
import { BUNDLED_DATASETS, type BundledDataset } from './manifest';
import { markdownSection } from './provenance';

export interface SeedReport {
  loaded: string[];
  unchanged: string[];
}

function loadRows(dataDir: string, dataset: BundledDataset): BandRow[] {
  switch (dataset.loader) {
    case 'bls-oews':
      return loadBlsOews(dataDir, dataset.files);
    case 'article-ranges':
      return loadArticleRanges(dataDir, dataset.files);
  }
}

const INSERT_BAND = `INSERT INTO salary_bands (dataset_id, year, occupation_code, occupation_title, area_code,
  area_name, area_type, state, level, employment, p10, p25, p50, p75, p90, mean, range_low, range_high, currency, note)
  VALUES (@datasetId, @year, @occupationCode, @occupationTitle, @areaCode, @areaName, @areaType, @state, NULL,
  @employment, @p10, @p25, @p50, @p75, @p90, @mean, @rangeLow, @rangeHigh, @currency, @note)`;

const UPSERT_DATASET = `INSERT INTO salary_datasets (key, status, name, publisher, license, source, year, version, builtin, standing, provenance, loaded_at)
  VALUES (@key, 'ready', @name, @publisher, @license, @source, @year, @version, 1, @standing, @provenance, @loadedAt)
  ON CONFLICT (key) DO UPDATE SET name = excluded.name, publisher = excluded.publisher, license = excluded.license,
  source = excluded.source, year = excluded.year, version = excluded.version, standing = excluded.standing,
  provenance = excluded.provenance, loaded_at = excluded.loaded_at
  RETURNING id`;

/**
 * Loads each bundled dataset whose stored version differs from the shipped one, replacing only
 * that dataset's rows in one transaction. Files are read only when a reload is due, so a normal
 * start costs one small query.
 */
export function seedBundledData(sqlite: Sqlite, dataDir: string, datasets = BUNDLED_DATASETS, now = new Date()): SeedReport {
  const stored = new Map(
    (sqlite.prepare('SELECT key, version FROM salary_datasets WHERE builtin = 1').all() as { key: string; version: number }[]).map(
      (r) => [r.key, r.version],
    ),
  );
  const due = datasets.filter((d) => stored.get(d.id) !== d.version);
  const report: SeedReport = { loaded: [], unchanged: datasets.filter((d) => !due.includes(d)).map((d) => d.id) };
  if (due.length === 0) return report;

  const prepared = due.map((dataset) => ({
    dataset,
    rows: loadRows(dataDir, dataset),
    provenance: markdownSection(path.join(dataDir, 'PROVENANCE.md'), dataset.provenanceHeading),
  }));
  const deleteBands = sqlite.prepare('DELETE FROM salary_bands WHERE dataset_id = ?');
  const upsert = sqlite.prepare(UPSERT_DATASET);
  const insert = sqlite.prepare(INSERT_BAND);
  sqlite.transaction(() => {
    for (const { dataset, rows, provenance } of prepared) {
      const datasetId = (upsert.get({
        key: dataset.id,
        name: dataset.name,
        publisher: dataset.publisher,
        license: dataset.license,
        source: dataset.source,
        year: dataset.year,
        version: dataset.version,
        standing: dataset.standing,
        provenance,
        loadedAt: now.toISOString(),
      }) as { id: number }).id;
      deleteBands.run(datasetId);
      for (const row of rows) insert.run({ datasetId, ...row });
      report.loaded.push(dataset.id);
    }
  })();
  return report;
}
