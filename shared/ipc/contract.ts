import { z } from 'zod';
import { Profile, ProfileInput } from '../domain/profile';
import { Area, AreaSearch, DatasetSummary, Occupation } from '../domain/salary';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const noInput = z.void();

export const AppInfo = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  host: z.enum(['electron', 'web', 'test']),
});
export type AppInfo = z.infer<typeof AppInfo>;

/**
 * THE contract between renderer and main: every method's input and output, grouped by domain.
 * Channel names, the preload's api, the web client and the router's handler map all derive from it.
 */
export const contract = {
  app: {
    info: method(noInput, AppInfo),
  },
  profile: {
    get: method(noInput, Profile.nullable()),
    save: method(ProfileInput, Profile),
  },
  salary: {
    listOccupations: method(noInput, z.array(Occupation)),
    searchAreas: method(AreaSearch, z.array(Area)),
    getArea: method(z.object({ code: z.string() }), Area.nullable()),
  },
  data: {
    listDatasets: method(noInput, z.array(DatasetSummary)),
  },
} as const;

/** Pushes from main to renderer. */
export const events = {
  datasetsChanged: z.object({ reason: z.enum(['seeded', 'imported', 'renamed', 'deleted']) }),
} as const;

export const CHANNEL_PREFIX = 'trajectory:';
export const EVENT_CHANNEL_PREFIX = 'trajectory:event:';
