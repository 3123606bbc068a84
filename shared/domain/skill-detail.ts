import { z } from 'zod';
import { LevelPoint, ProgressEvent } from './progress';
import { LinkedSkill, Resource, SkillSummary } from './skills';

/** Everything the per-skill page shows. */
export const SkillDetail = SkillSummary.extend({
  resources: z.array(Resource),
  note: z.string(),
  noteUpdatedAt: z.string().nullable(),
  prerequisites: z.array(LinkedSkill),
  /** Skills this one is a prerequisite of. */
  unlocks: z.array(LinkedSkill),
  /** Recommended and alternative skills, in either direction. */
  related: z.array(LinkedSkill),
  history: z.array(ProgressEvent),
  levelHistory: z.array(LevelPoint),
});
export type SkillDetail = z.infer<typeof SkillDetail>;
