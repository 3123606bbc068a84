import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openStore } from '../../../electron/core/db/store';
import type { Goal } from '@shared/domain/goals';
import type { SkillDetail } from '@shared/domain/skill-detail';
import type { SkillSummary } from '@shared/domain/skills';
import { MIGRATIONS_DIR, openTempCore, tempDir } from '../../support/temp-core';

const dir = tempDir();
afterEach(() => dir.remove());

/** The migrations an app had before the soft-delete one (found by name, so renumbering does not break this). */
function migrationsBeforeSoftDelete(): string {
  const older = path.join(dir.dir, 'older-migrations');
  cpSync(MIGRATIONS_DIR, older, { recursive: true });
  const journalFile = path.join(older, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Array<{ tag: string }> };
  const at = journal.entries.findIndex((e) => e.tag.endsWith('_soft_delete_and_disabled_edges'));
  expect(at).toBeGreaterThan(0);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return older;
}

it('a database from before soft delete keeps its custom skills, edges and goals, all live, and they can be deleted afterwards', async () => {
  const file = path.join(dir.dir, 'trajectory.sqlite');
  const old = await openStore(file, { migrationsDir: migrationsBeforeSoftDelete() });
  old.sqlite.exec(`
    INSERT INTO custom_skills (id, name, category, description, estimated_hours, created_at)
      VALUES ('custom-temporal', 'Temporal', 'architecture', '', 20, '2026-01-01T00:00:00Z');
    INSERT INTO custom_edges (from_id, to_id, kind, created_at) VALUES ('docker', 'custom-temporal', 'prerequisite', '2026-01-01T00:00:00Z');
    INSERT INTO goals (title, kind, skill_id, target_level, due_date, note, created_at)
      VALUES ('Temporal 2', 'skill-level', 'custom-temporal', 2, '2099-01-01', '', '2026-01-01T00:00:00Z');`);
  old.close();

  const core = await openTempCore(file);
  try {
    const call = async <T>(method: string, input?: unknown) => {
      const result = await core.router.dispatch(method, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as T;
    };
    expect((await call<SkillSummary[]>('skills.list')).map((s) => s.id)).toContain('custom-temporal');
    expect((await call<SkillDetail>('skills.get', { id: 'custom-temporal' })).prerequisites.map((s) => s.id)).toEqual(['docker']);
    expect(await call<Goal[]>('goals.list')).toEqual([expect.objectContaining({ title: 'Temporal 2', skillDeleted: false })]);
    expect(await call('skills.disabledEdges')).toEqual([]);
    await call('skills.deleteCustom', { id: 'custom-temporal' });
    expect(await call<Goal[]>('goals.list')).toEqual([expect.objectContaining({ skillDeleted: true })]);
  } finally {
    core.close();
  }
});
