import { eq, sql } from 'drizzle-orm';
import type { Area, AreaType, Occupation } from '@shared/domain/salary';
import type { Db } from '../db/store';
import { preparedPerDb } from '../db/prepared';
import { salaryBands } from '../db/schema/salary';

/** Occupations come from official datasets only: an article's label is not an occupation. */
export function listOccupations(db: Db): Occupation[] {
  return db.all<Occupation>(sql`
    SELECT b.occupation_code AS code, MIN(b.occupation_title) AS title
    FROM salary_bands b JOIN salary_datasets d ON d.id = b.dataset_id
    WHERE d.standing = 'official' AND d.status = 'ready'
    GROUP BY b.occupation_code ORDER BY title COLLATE NOCASE`);
}

/** One occupation, read through the bands' lookup index (listing them all costs a scan of every band). */
export function findOccupation(db: Db, code: string): Occupation | undefined {
  return db.all<Occupation>(sql`
    SELECT b.occupation_code AS code, MIN(b.occupation_title) AS title
    FROM salary_bands b JOIN salary_datasets d ON d.id = b.dataset_id
    WHERE d.standing = 'official' AND d.status = 'ready' AND b.occupation_code = ${code}
    GROUP BY b.occupation_code`)[0];
}

const AREA_TYPE_ORDER = sql`CASE area_type WHEN 'national' THEN 0 WHEN 'state' THEN 1 WHEN 'msa' THEN 2 ELSE 3 END`;

interface AreaRow {
  code: string;
  name: string;
  type: AreaType;
  state: string;
}

/**
 * Areas matching every word of the query (case-insensitive, anywhere in the name or the state
 * code); names that start with the query come first, then national, states, metros, nonmetro.
 */
export function searchAreas(db: Db, query: string, limit: number): Area[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const conditions = words.map(
    (w) => sql`(instr(lower(area_name), ${w}) > 0 OR lower(state) = ${w} OR area_code = ${w})`,
  );
  const where = conditions.length ? sql.join(conditions, sql` AND `) : sql`1`;
  const first = words[0] ?? '';
  return db.all<AreaRow>(sql`
    SELECT area_code AS code, MIN(area_name) AS name, MIN(area_type) AS type, MIN(state) AS state
    FROM salary_bands WHERE ${where}
    GROUP BY area_code
    ORDER BY (instr(lower(MIN(area_name)), ${first}) = 1) DESC, ${AREA_TYPE_ORDER}, name
    LIMIT ${limit}`);
}

// Every profile read and save looks the area up, so its statement is prepared once.
const areaByCode = preparedPerDb((db) =>
  db
    .select({
      code: salaryBands.areaCode,
      name: sql<string>`MIN(${salaryBands.areaName})`,
      type: sql<AreaType>`MIN(${salaryBands.areaType})`,
      state: sql<string>`MIN(${salaryBands.state})`,
    })
    .from(salaryBands)
    .where(eq(salaryBands.areaCode, sql.placeholder('code')))
    .groupBy(salaryBands.areaCode)
    .prepare(),
);

export function findArea(db: Db, code: string): Area | undefined {
  return areaByCode(db).get({ code });
}
