import { z } from 'zod';
import { BandPercentile, LadderLevelId, TrackId, TypicalYears } from './career-ladder';
import { IsoDate } from './dates';
import { DatasetId } from './salary';
import { MAX_LEVEL, SkillId } from './skills';

/* The projection's inputs and outputs as zod schemas (scenarios are saved as JSON; results cross the contract). The model is in ./projection.ts. */

export const MAX_HORIZON_YEARS = 40;

/** The bundled BLS dataset's public id (its seed entry uses the same constant): projections use it unless told otherwise. */
export const DEFAULT_DATASET_ID = 'bls-oews-2025';

// ---- scenario parameters (saved as JSON; checked with zod) ----

const ProjectionYear = z
  .number({ error: 'Year must be a number' })
  .int('Year must be a whole number')
  .min(1, 'Year must be at least 1')
  .max(MAX_HORIZON_YEARS, `Year must be at most ${MAX_HORIZON_YEARS}`);
/** A SOC code for published data; an imported dataset's job title for imported data. */
const OccupationCode = z.string().trim().min(1, 'Choose an occupation').max(200);
const AreaKey = z.string().trim().min(1, 'Choose an area').max(200);

export const ScenarioEvent = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('job-change'),
    year: ProjectionYear,
    /** The raise, in percent (−50…200). */
    raisePercent: z.number({ error: 'Raise must be a number' }).min(-50, 'Raise must be at least −50 %').max(200, 'Raise must be at most 200 %'),
  }),
  z.object({ kind: z.literal('relocation'), year: ProjectionYear, areaCode: AreaKey }),
  z.object({
    kind: z.literal('occupation-change'),
    year: ProjectionYear,
    occupationCode: OccupationCode,
    /** Optionally a place on another track (e.g. the first engineering-manager level). */
    trackId: TrackId.optional(),
    levelId: LadderLevelId.optional(),
  }),
]);
export type ScenarioEvent = z.infer<typeof ScenarioEvent>;

export const ScenarioParams = z
  .object({
    /** The first day of year 1 (yyyy-MM-dd). */
    startDate: IsoDate('Start date'),
    horizonYears: ProjectionYear,
    /** The dataset the bands come from: the bundled BLS dataset by default, or an import's key. */
    datasetId: DatasetId.default(DEFAULT_DATASET_ID),
    occupationCode: OccupationCode,
    areaCode: AreaKey,
    trackId: TrackId,
    levelId: LadderLevelId,
    /** Years already spent at the starting level. */
    yearsInLevel: z.number().min(0, 'Years in level cannot be negative').max(40, 'Years in level must be at most 40'),
    currency: z.string().regex(/^[A-Z]{3}$/, 'Currency must be a three-letter code'),
    /** null: at market (the level's anchor). */
    currentSalary: z.number().min(0).max(10_000_000).nullable(),
    position: z.enum(['salary', 'market']),
    growthRate: z.number({ error: 'Growth must be a number' }).min(-0.2, 'Growth must be at least −20 %').max(0.3, 'Growth must be at most 30 %'),
    growthSource: z.string().max(400),
    /** "stay": only the levels reached today; "roadmap": also the roadmap's scheduled levels. */
    skills: z.enum(['stay', 'roadmap']),
    events: z.array(ScenarioEvent).max(20),
  })
  .refine((s) => s.events.every((e) => e.year <= s.horizonYears), { message: 'Every event must fall within the horizon', path: ['events'] })
  .refine((s) => s.events.every((e) => e.kind !== 'occupation-change' || (e.trackId === undefined) === (e.levelId === undefined)), {
    message: 'An occupation change names both a track and a level, or neither',
    path: ['events'],
  });
export type ScenarioParams = z.output<typeof ScenarioParams>;

// ---- what core looks up for the model ----

/** Which data a band came from, for "explain this number". */
export const BandSource = z.object({
  datasetId: z.string(),
  datasetName: z.string(),
  year: z.number().int().nullable(),
  occupationCode: z.string(),
  occupationTitle: z.string(),
  areaCode: z.string(),
  areaName: z.string(),
  level: z.string().nullable(),
  /** A published row (salary_bands.id), or the imported records the band was computed from. */
  kind: z.enum(['published-row', 'imported-records']),
  rowId: z.number().int().nullable(),
  recordCount: z.number().int().nullable(),
});
export type BandSource = z.infer<typeof BandSource>;

const money = z.number().min(0);
export const FullBand = z.object({ p10: money, p25: money, p50: money, p75: money, p90: money });

export const ProjectionBand = z.object({
  occupationCode: z.string(),
  areaCode: z.string(),
  band: FullBand,
  currency: z.string(),
  /** The year the figures are of; growth runs from it. */
  dataYear: z.number().int().nullable(),
  source: BandSource,
});
export type ProjectionBand = z.infer<typeof ProjectionBand>;

/** "The band for this occupation, area and level in this dataset." */
export const BandRequest = z.object({
  datasetId: DatasetId.default(DEFAULT_DATASET_ID),
  /** A SOC code for published data, a job title for imported data. */
  occupationCode: OccupationCode,
  /** An area code for published data, an area as written in the file for imported data. */
  areaCode: AreaKey,
  /** Imported data only: one value of the file's level column (null: every level). */
  level: z.string().max(200).nullable().default(null),
});
export type BandRequest = z.output<typeof BandRequest>;

const ValueSource = z.enum(['default', 'edited']);
export const ProjectionLevel = z.object({
  id: LadderLevelId,
  name: z.string(),
  typicalYears: TypicalYears.nullable(),
  typicalYearsSource: ValueSource,
  bandPercentile: BandPercentile,
  bandPercentileSource: ValueSource,
  skills: z.array(z.object({ skillId: SkillId, minLevel: z.number().int().min(0).max(MAX_LEVEL) })),
});
export type ProjectionLevel = z.infer<typeof ProjectionLevel>;
export const ProjectionTrack = z.object({ id: TrackId, name: z.string(), levels: z.array(ProjectionLevel).min(1) });
export type ProjectionTrack = z.infer<typeof ProjectionTrack>;

/** A skill at `level` from day `on` (today's levels are dated the start date). */
export const SkillReached = z.object({ skillId: SkillId, level: z.number().int().min(1).max(MAX_LEVEL), on: IsoDate('Date') });
export type SkillReached = z.infer<typeof SkillReached>;

export interface ProjectionInput {
  scenario: ScenarioParams;
  tracks: readonly ProjectionTrack[];
  bands: readonly ProjectionBand[];
  skillsReached: readonly SkillReached[];
}

// ---- output ----

export const ExplanationKind = z.enum(['dataset-row', 'ladder-value', 'assumption', 'event', 'profile']);
export type ExplanationKind = z.infer<typeof ExplanationKind>;

/** One input a year's figure used, with where it came from. */
export const ExplanationInput = z.object({ kind: ExplanationKind, label: z.string(), value: z.string(), source: z.string() });
export type ExplanationInput = z.infer<typeof ExplanationInput>;

export const Promotion = z.object({
  from: z.string(),
  to: z.string(),
  yearsInLevel: z.number(),
  /** The next level's skills and the day each was reached. */
  skills: z.array(z.object({ skillId: z.string(), minLevel: z.number(), reachedOn: z.string() })),
});
export type Promotion = z.infer<typeof Promotion>;

export const ProjectionYearResult = z.object({
  year: z.number().int(),
  calendarYear: z.number().int(),
  /** The first day of this projection year. */
  startsOn: z.string(),
  trackId: z.string(),
  levelId: z.string(),
  levelName: z.string(),
  /** The level's band position lies outside the published percentiles. */
  extrapolated: z.boolean(),
  promotion: Promotion.nullable(),
  /** Typical years have passed but these skills (id and level) are not reached yet. */
  waitingFor: z.array(z.object({ skillId: z.string(), minLevel: z.number() })),
  occupationCode: z.string(),
  areaCode: z.string(),
  band: FullBand,
  expectedSalary: z.number(),
  cumulativeEarnings: z.number(),
  currency: z.string(),
  source: BandSource,
  inputs: z.array(ExplanationInput),
});
export type ProjectionYearResult = z.infer<typeof ProjectionYearResult>;

export const Projection = z.object({ currency: z.string(), positionRatio: z.number(), years: z.array(ProjectionYearResult) });
export type Projection = z.infer<typeof Projection>;

/** What core looks up for one scenario; the screen can re-run projectEarnings on it as sliders move. */
export const ProjectionData = z.object({
  tracks: z.array(ProjectionTrack),
  bands: z.array(ProjectionBand),
  skillsReached: z.array(SkillReached),
});
export type ProjectionData = z.infer<typeof ProjectionData>;

