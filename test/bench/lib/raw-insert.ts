// P1's baseline, run on a worker thread at the import worker's priority (raw-insert-thread.ts).
import { randomUUID } from 'node:crypto';
import { openConnection } from '../../../electron/core/db/open';
import { INSERT_RECORD } from '../../../electron/core/services/salary-import/import-job';
import { rowValidator, type SalaryRecordInput } from '@shared/domain/salary-import-rows';
import { GENERATED_HEADER, GENERATED_MAPPING, generatedRow } from '../../support/salary-csv';
import { openTempCore } from '../../support/temp-core';

/** Records parsed (untimed) and inserted (timed) this many at a time: the baseline never holds every row in memory. */
const CHUNK = 10_000;

/**
 * The baseline's page cache: 256 MiB, what inserting rows in file order needs to run at its best
 * (their pay-index keys land all over the index; the import, which appends them in index order,
 * needs far less). Fixed here, so a smaller cache for the import cannot slow the baseline down.
 */
const RAW_CACHE_KIB = 256 * 1024;

/**
 * Baseline of P1: the same records, parsed and validated beforehand (not timed), inserted with a
 * raw prepared statement in one transaction into the same table of a fresh database, through a
 * connection with the app's pragmas and RAW_CACHE_KIB of cache, under a dataset id of the same
 * form (the id is part of every index key, so a shorter one would make the baseline's indexes
 * smaller). Returns seconds, and the CPU time of the timed parts (less moved by other work on the machine).
 */
export async function rawInsert(file: string, rows: number): Promise<{ seconds: number; cpuSeconds: number }> {
  const fresh = await openTempCore(file);
  const rawId = fresh.store.sqlite
    .prepare("INSERT INTO salary_datasets (key, name, publisher, license, source, version, builtin, standing, provenance, loaded_at) VALUES (?, 'raw', '', '', '', 1, 0, 'user', '', '') RETURNING id")
    .pluck()
    .get(`user-${randomUUID()}`) as number;
  fresh.close();
  const check = rowValidator({ header: GENERATED_HEADER, mapping: GENERATED_MAPPING, defaultCurrency: 'USD' });
  const raw = openConnection(file);
  raw.pragma(`cache_size = -${RAW_CACHE_KIB}`);
  const insert = raw.prepare(INSERT_RECORD);
  let ms = 0;
  let cpu = 0;
  const cpuNow = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  let start = performance.now();
  let cpuStart = cpuNow();
  raw.exec('BEGIN');
  ms += performance.now() - start;
  cpu += cpuNow() - cpuStart;
  for (let from = 1; from <= rows; from += CHUNK) {
    const records: SalaryRecordInput[] = [];
    for (let i = from; i < Math.min(from + CHUNK, rows + 1); i++) {
      const r = check(
        generatedRow(i).map((c) => c.replace(/^"|"$/g, '')),
        i + 1,
      );
      if (Array.isArray(r)) throw new Error('generated row invalid');
      records.push(r);
    }
    start = performance.now();
    cpuStart = cpuNow();
    for (const r of records) {
      insert.run(rawId, r.rowNumber, r.title, r.level, r.area, r.year, r.base, r.bonus, r.equity, r.total, r.yearsExperience, r.date, r.currency, r.note);
    }
    ms += performance.now() - start;
    cpu += cpuNow() - cpuStart;
  }
  start = performance.now();
  cpuStart = cpuNow();
  raw.exec('COMMIT');
  ms += performance.now() - start;
  cpu += cpuNow() - cpuStart;
  raw.close();
  return { seconds: ms / 1000, cpuSeconds: cpu / 1000 };
}

