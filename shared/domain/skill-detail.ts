import { z } from 'zod';
import { DisabledEdge } from './custom-edges';
import { LevelPoint, ProgressEvent } from './progress';
import { LinkedSkill, Resource, SkillSummary } from './skills';

/** Everything the per-skill page shows. */
export const SkillDetail = SkillSummary.extend({
  /** Set for a custom skill the user deleted: its page shows the history read-only and offers to restore it. */
  deletedAt: z.string().nullable(),
  resources: z.array(Resource),
  note: z.string(),
  noteUpdatedAt: z.string().nullable(),
  prerequisites: z.array(LinkedSkill),
  /** Skills this one is a prerequisite of. */
  unlocks: z.array(LinkedSkill),
  /** Recommended and alternative skills, in either direction. */
  related: z.array(LinkedSkill),
  /** The user's links to or from this skill that a catalog update or a restore turned off. */
  disabledLinks: z.array(DisabledEdge),
  history: z.array(ProgressEvent),
  levelHistory: z.array(LevelPoint),
});
export type SkillDetail = z.infer<typeof SkillDetail>;
