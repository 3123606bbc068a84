import type { PersonalDataFile } from '@shared/domain/personal-data';
import { AppError, type FieldIssue } from '@shared/ipc/result';
import type { Sqlite } from '../../db/open';

export interface UnknownSkill {
  skillId: string;
  /** Where in the file, e.g. ["goals", 3, "skillId"]. */
  path: Array<string | number>;
  /** The same, readable: "goals[3].skillId". */
  where: string;
}

/** Every place the file names a skill, with where it is. */
function* skillReferences(file: PersonalDataFile): Generator<{ skillId: string; path: Array<string | number> }> {
  const s = file.skills;
  for (const [section, rows] of [['progress', s.progress], ['estimates', s.estimates], ['resources', s.resources], ['notes', s.notes]] as const) {
    for (const [i, row] of rows.entries()) yield { skillId: row.skillId, path: ['skills', section, i, 'skillId'] };
  }
  for (const [i, e] of s.edges.entries()) {
    yield { skillId: e.from, path: ['skills', 'edges', i, 'from'] };
    yield { skillId: e.to, path: ['skills', 'edges', i, 'to'] };
  }
  for (const [i, e] of file.progressLog.entries()) yield { skillId: e.skillId, path: ['progressLog', i, 'skillId'] };
  for (const [i, g] of file.goals.entries()) if (g.skillId !== null) yield { skillId: g.skillId, path: ['goals', i, 'skillId'] };
  for (const [i, r] of file.roadmaps.entries()) {
    for (const [j, item] of r.items.entries()) yield { skillId: item.skillId, path: ['roadmaps', i, 'items', j, 'skillId'] };
  }
  for (const [i, l] of file.ladderEdits.entries()) {
    if (l.field.startsWith('skill:')) yield { skillId: l.field.slice('skill:'.length), path: ['ladderEdits', i, 'field'] };
  }
}

const where = (path: ReadonlyArray<string | number>) =>
  path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${p}` : p), '');

/**
 * References to skills that neither the bundled catalog, the file's custom skills nor `alsoKnown`
 * (merge: the database's custom skills) have. The import refuses the file when there are any,
 * rather than write rows that point nowhere.
 */
export function checkSkillReferences(sqlite: Sqlite, file: PersonalDataFile, alsoKnown: readonly string[]): UnknownSkill[] {
  const known = new Set<string>([...(sqlite.prepare('SELECT id FROM catalog_skills').pluck().all() as string[]), ...file.skills.custom.map((c) => c.id), ...alsoKnown]);
  const unknown: UnknownSkill[] = [];
  for (const ref of skillReferences(file)) if (!known.has(ref.skillId)) unknown.push({ ...ref, where: where(ref.path) });
  return unknown;
}

/** Refuses the whole file (nothing written) when it names skills nobody has. */
export function refuseUnknownSkills(sqlite: Sqlite, file: PersonalDataFile, alsoKnown: readonly string[]): void {
  const unknown = checkSkillReferences(sqlite, file, alsoKnown);
  if (unknown.length === 0) return;
  const issues: FieldIssue[] = unknown.slice(0, 20).map((u) => ({ path: u.path, message: `${u.where}: the skill "${u.skillId}" is not in the catalog or the file` }));
  const ids = [...new Set(unknown.map((u) => u.skillId))];
  throw new AppError(
    'VALIDATION',
    `The file refers to ${ids.length === 1 ? 'a skill' : `${ids.length} skills`} this version of the catalog does not have (${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''}); nothing was imported.`,
    issues,
  );
}
