import { z } from 'zod';

/**
 * A dataset's key as calls name it: the bundled ones' ids or an import's `user-<uuid>`. Bounded, so
 * a hostile call cannot store a 10 MB key in a scenario or have it echoed in a "no dataset" error.
 */
export const DatasetId = z.string().min(1, 'Choose a dataset').max(100, 'A dataset id is at most 100 characters');

export const AREA_TYPES = ['national', 'state', 'msa', 'nonmetro'] as const;
export const AreaType = z.enum(AREA_TYPES);
export type AreaType = z.infer<typeof AreaType>;

/**
 * How much a dataset can be trusted: official statistics, a figure someone published without
 * a source or method, or the user's own import.
 */
export const DATASET_STANDINGS = ['official', 'unsourced-claim', 'user'] as const;
export const DatasetStanding = z.enum(DATASET_STANDINGS);
export type DatasetStanding = z.infer<typeof DatasetStanding>;

export const DatasetSummary = z.object({
  id: z.string(),
  name: z.string(),
  publisher: z.string(),
  license: z.string(),
  source: z.string(),
  year: z.number().int().nullable(),
  version: z.number().int(),
  builtin: z.boolean(),
  standing: DatasetStanding,
  provenance: z.string(),
  rowCount: z.number().int(),
  occupationCount: z.number().int(),
  areaCount: z.number().int(),
  loadedAt: z.string(),
});
export type DatasetSummary = z.infer<typeof DatasetSummary>;

export const Occupation = z.object({ code: z.string(), title: z.string() });
export type Occupation = z.infer<typeof Occupation>;

export const Area = z.object({
  code: z.string(),
  name: z.string(),
  type: AreaType,
  state: z.string(),
});
export type Area = z.infer<typeof Area>;

export const AreaSearch = z.object({
  query: z.string().max(200, 'Search text must be at most 200 characters'),
  limit: z.number().int().min(1).max(1000).default(50),
});
export type AreaSearch = z.input<typeof AreaSearch>;
