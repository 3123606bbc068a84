import { z } from 'zod';
import { SKILL_CATEGORIES, SKILL_STATUSES } from './vocabulary';

export { SKILL_CATEGORIES, SKILL_CATEGORY_LABELS } from './vocabulary';

export const SkillCategory = z.enum(SKILL_CATEGORIES, { error: 'Choose a category from the list' });
export type SkillCategory = z.infer<typeof SkillCategory>;

export const EDGE_KINDS = ['prerequisite', 'recommended', 'alternative'] as const;
export const EdgeKind = z.enum(EDGE_KINDS, { error: 'Choose prerequisite, recommended or alternative' });
export type EdgeKind = z.infer<typeof EdgeKind>;

export const MIN_LEVEL = 0;
export const MAX_LEVEL = 5;

export { LEVEL_MEANINGS } from './vocabulary';

/** The catalog's hours estimate is the time from level 0 to this level. */
export const PROFICIENT_LEVEL = 3;

export const Level = (field = 'Level') =>
  z
    .number({ error: `${field} must be a number from ${MIN_LEVEL} to ${MAX_LEVEL}` })
    .int(`${field} must be a whole number from ${MIN_LEVEL} to ${MAX_LEVEL}`)
    .min(MIN_LEVEL, `${field} must be at least ${MIN_LEVEL}`)
    .max(MAX_LEVEL, `${field} must be at most ${MAX_LEVEL}`);

export { SKILL_STATUSES, SKILL_STATUS_LABELS } from './vocabulary';

export const SkillStatus = z.enum(SKILL_STATUSES, { error: 'Status must be pending, learning, done or skipped' });
export type SkillStatus = z.infer<typeof SkillStatus>;

export const SkillId = z
  .string({ error: 'Skill id is required' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Skill id must be a lowercase slug (letters, digits and dashes)')
  .max(80, 'Skill id must be at most 80 characters');

/** Custom skill ids carry this prefix so a later catalog version can never take the same id. */
export const CUSTOM_SKILL_PREFIX = 'custom-';

export const HttpsUrl = z
  .string({ error: 'URL is required' })
  .max(2000, 'URL must be at most 2,000 characters')
  // shared/ has no URL class (no DOM, no Node): a host with a dot, then an optional path, no spaces.
  .regex(/^https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:[/?#][^\s]*)?$/i, 'URL must be a full https:// address');

export const EstimatedHours = z
  .number({ error: 'Estimated hours must be a number' })
  .positive('Estimated hours must be more than 0')
  .max(5000, 'Estimated hours must be at most 5,000');

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .min(1, `${field} cannot be empty`)
    .max(max, `${field} must be at most ${max.toLocaleString('en-US')} characters`);

/** Notes are Markdown kept as text; the cap stops a pasted file from bloating the database. */
export const MAX_NOTE_CHARS = 100_000;
export const NoteText = (field = 'Note') =>
  z.string({ error: `${field} must be text` }).max(MAX_NOTE_CHARS, `${field} must be at most ${MAX_NOTE_CHARS.toLocaleString('en-US')} characters`);

// ---- the bundled catalog file (resources/data/skills.json) ----

export const CatalogResource = z.object({ title: text('Resource title', 200), url: HttpsUrl });
export const CatalogSkill = z.object({
  id: SkillId,
  name: text('Name', 120),
  category: SkillCategory,
  description: text('Description', 600),
  estimatedHours: EstimatedHours,
  resources: z.array(CatalogResource).min(1, 'Each skill needs at least one resource').max(3, 'At most three resources per skill'),
});
export type CatalogSkill = z.infer<typeof CatalogSkill>;

export const SkillEdge = z.object({ from: SkillId, to: SkillId, kind: EdgeKind });
export type SkillEdge = z.infer<typeof SkillEdge>;

export const CatalogFile = z.object({
  version: z.number().int().positive(),
  skills: z.array(CatalogSkill),
  edges: z.array(SkillEdge),
});
export type CatalogFile = z.infer<typeof CatalogFile>;

/**
 * A prerequisite cycle among the edges, as the ids along it with the first repeated at the end
 * (["a", "b", "a"]), or null. Only prerequisite edges order learning, so only they can cycle.
 */
export function findPrerequisiteCycle(edges: readonly SkillEdge[]): string[] | null {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.kind !== 'prerequisite') continue;
    next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  }
  const state = new Map<string, 'open' | 'closed'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    path.push(node);
    for (const target of next.get(node) ?? []) {
      const seen = state.get(target);
      if (seen === 'open') return [...path.slice(path.indexOf(target)), target];
      if (seen === undefined) {
        const cycle = visit(target);
        if (cycle) return cycle;
      }
    }
    path.pop();
    state.set(node, 'closed');
    return null;
  };
  for (const node of [...next.keys()].sort()) {
    if (state.has(node)) continue;
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

/** The cycle as "a → b → a", by name where names are given (what users read), else by id. */
export const describeCycle = (cycle: readonly string[], names?: ReadonlyMap<string, string>): string =>
  cycle.map((id) => names?.get(id) ?? id).join(' → ');

/** Every problem in a catalog: duplicate ids, edges to unknown skills, self-edges, prerequisite cycles. */
export function validateCatalog(catalog: Pick<CatalogFile, 'skills' | 'edges'>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const skill of catalog.skills) {
    if (ids.has(skill.id)) problems.push(`Skill id "${skill.id}" is used twice`);
    ids.add(skill.id);
  }
  const seenEdges = new Set<string>();
  catalog.edges.forEach((edge, i) => {
    for (const end of [edge.from, edge.to]) {
      if (!ids.has(end)) problems.push(`Edge ${i} (${edge.from} → ${edge.to}) names unknown skill "${end}"`);
    }
    if (edge.from === edge.to) problems.push(`Edge ${i} links "${edge.from}" to itself`);
    const key = `${edge.from}|${edge.to}|${edge.kind}`;
    if (seenEdges.has(key)) problems.push(`Edge ${i} (${edge.from} → ${edge.to}, ${edge.kind}) is listed twice`);
    seenEdges.add(key);
  });
  const cycle = findPrerequisiteCycle(catalog.edges);
  if (cycle) problems.push(`Prerequisite cycle: ${describeCycle(cycle)}`);
  return problems;
}

// ---- what the app shows and accepts ----

export const Resource = z.object({
  id: z.number().int().nullable(),
  title: z.string(),
  url: z.string(),
  own: z.boolean(),
});
export type Resource = z.infer<typeof Resource>;

export const SkillSummary = z.object({
  id: z.string(),
  name: z.string(),
  category: SkillCategory,
  description: z.string(),
  /** The catalog's figure, or the user's own where they edited it. */
  estimatedHours: z.number(),
  estimateEdited: z.boolean(),
  custom: z.boolean(),
  level: z.number().int(),
  targetLevel: z.number().int(),
  status: SkillStatus,
  minutesLogged: z.number().int(),
});
export type SkillSummary = z.infer<typeof SkillSummary>;

export const LinkedSkill = z.object({
  id: z.string(),
  name: z.string(),
  kind: EdgeKind,
  /** For prerequisites: whether the user is at proficient level or marked it done. */
  met: z.boolean(),
  custom: z.boolean(),
  /** The edge itself, so a custom one can be removed whichever way it points. */
  edge: SkillEdge,
});
export type LinkedSkill = z.infer<typeof LinkedSkill>;

export const SkillIdInput = z.object({ id: SkillId });

export const CustomSkillInput = z.object({
  name: text('Name', 120),
  category: SkillCategory,
  description: z.string().trim().max(600, 'Description must be at most 600 characters').default(''),
  estimatedHours: EstimatedHours,
});
export type CustomSkillInput = z.input<typeof CustomSkillInput>;

export const EdgeInput = SkillEdge;

export const EstimateInput = z.object({ id: SkillId, estimatedHours: EstimatedHours.nullable() });

export const ResourceInput = z.object({ skillId: SkillId, title: text('Title', 200), url: HttpsUrl });
export const ResourceIdInput = z.object({ id: z.number().int().positive() });

export const NoteInput = z.object({ skillId: SkillId, body: NoteText('Note') });

/** Sets any of level, target level and status; each change becomes an event in the log. */
export const ProgressInput = z
  .object({
    skillId: SkillId,
    level: Level('Level').optional(),
    targetLevel: Level('Target level').optional(),
    status: SkillStatus.optional(),
  })
  .refine((v) => v.level !== undefined || v.targetLevel !== undefined || v.status !== undefined, {
    message: 'Give a level, a target level or a status to change',
  });
export type ProgressInput = z.input<typeof ProgressInput>;

/** Hours still needed from one level to another, scaled linearly from the hours-to-proficient estimate. */
export function remainingHours(estimatedHours: number, level: number, targetLevel: number): number {
  return Math.max(0, ((targetLevel - level) * estimatedHours) / PROFICIENT_LEVEL);
}

export const prerequisiteMet = (progress: { level: number; status: SkillStatus }): boolean =>
  progress.status === 'done' || progress.level >= PROFICIENT_LEVEL;
