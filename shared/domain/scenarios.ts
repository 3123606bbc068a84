import { z } from 'zod';
import { ScenarioParams } from './projection';

/* Named projection scenarios as stored: a name and the parameters (ScenarioParams) as JSON. */

const id = z.number({ error: 'Scenario id must be a number' }).int('Scenario id must be a whole number').positive('Scenario id must be more than 0');

export const ScenarioName = z
  .string({ error: 'Name is required' })
  .trim()
  .min(1, 'Name cannot be empty')
  .max(120, 'Name must be at most 120 characters');

export const ScenarioIdInput = z.object({ id });
export const CreateScenarioInput = z.object({ name: ScenarioName, params: ScenarioParams });
export type CreateScenarioInput = z.input<typeof CreateScenarioInput>;
export const UpdateScenarioInput = z
  .object({ id, name: ScenarioName.optional(), params: ScenarioParams.optional() })
  .refine((u) => u.name !== undefined || u.params !== undefined, { message: 'Change the name or the parameters', path: ['name'] });

export const Scenario = z.object({
  id: z.number().int(),
  name: z.string(),
  /** null when the stored parameters no longer pass the current checks (then `problem` says why). */
  params: ScenarioParams.nullable(),
  problem: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Scenario = z.infer<typeof Scenario>;
