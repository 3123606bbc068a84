import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { ScenarioParams } from '@shared/domain/projection';
import type { CreateScenarioInput, Scenario, UpdateScenarioInput } from '@shared/domain/scenarios';
import { AppError } from '@shared/ipc/result';
import { scenarios } from '../db/schema';
import type { Db } from '../db/store';

type Row = typeof scenarios.$inferSelect;

/** Parameters are checked again on the way out: a scenario saved by an older version that no longer passes says why instead of failing the list. */
function toScenario(row: Row): Scenario {
  const parsed = ScenarioParams.safeParse(JSON.parse(row.params));
  return {
    id: row.id,
    name: row.name,
    params: parsed.success ? parsed.data : null,
    problem: parsed.success ? null : parsed.error.issues.map((i) => `${i.path.join('.') || 'params'}: ${i.message}`).join('; '),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function requireRow(db: Db, id: number): Row {
  const row = db.select().from(scenarios).where(eq(scenarios.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', `No scenario ${id}: it may have been deleted.`, [{ path: ['id'], message: 'No such scenario' }]);
  return row;
}

export function listScenarios(db: Db): Scenario[] {
  return db.select().from(scenarios).orderBy(asc(scenarios.id)).all().map(toScenario);
}

export function createScenario(db: Db, input: z.output<typeof CreateScenarioInput>, now: Date): Scenario {
  const at = now.toISOString();
  const row = db.insert(scenarios).values({ name: input.name, params: JSON.stringify(input.params), createdAt: at, updatedAt: at }).returning().get();
  return toScenario(row);
}

export function updateScenario(db: Db, input: z.output<typeof UpdateScenarioInput>, now: Date): Scenario {
  requireRow(db, input.id);
  const set: Partial<Row> = { updatedAt: now.toISOString() };
  if (input.name !== undefined) set.name = input.name;
  if (input.params !== undefined) set.params = JSON.stringify(input.params);
  return toScenario(db.update(scenarios).set(set).where(eq(scenarios.id, input.id)).returning().get() as Row);
}

export function deleteScenario(db: Db, id: number): { deleted: boolean } {
  return { deleted: db.delete(scenarios).where(eq(scenarios.id, id)).run().changes > 0 };
}
