import { z } from 'zod';

/*
 * The career-plan PDF: which sections and scenarios go in, on which paper, and what the export
 * answers. The print route (`#/print?…`) reads the same options from its address, so the
 * document a host turns into a PDF is exactly the one the preview shows.
 */

export const PLAN_SECTIONS = ['cover', 'summary', 'goals', 'roadmap', 'skills', 'progress', 'earnings', 'sources'] as const;
export const PlanSection = z.enum(PLAN_SECTIONS, { error: `Section must be one of ${PLAN_SECTIONS.join(', ')}` });
export type PlanSection = z.infer<typeof PlanSection>;

export const SECTION_TITLES: Record<PlanSection, string> = {
  cover: 'Cover',
  summary: 'Summary',
  goals: 'Goals',
  roadmap: 'Roadmap',
  skills: 'Skills',
  progress: 'Progress',
  earnings: 'Projected earnings',
  sources: 'Assumptions and data sources',
};

export const PAPER_SIZES = ['a4', 'letter'] as const;
export const PaperSize = z.enum(PAPER_SIZES, { error: 'Paper must be A4 or US Letter' });
export type PaperSize = z.infer<typeof PaperSize>;

/** Most scenarios one document compares (as many as the projection chart shows). */
export const MAX_PLAN_SCENARIOS = 4;

export const PlanExportOptions = z.object({
  paper: PaperSize.default('a4'),
  sections: z
    .array(PlanSection, { error: 'Sections must be a list' })
    .min(1, 'Choose at least one section')
    .max(PLAN_SECTIONS.length)
    .refine((s) => new Set(s).size === s.length, 'A section is listed twice')
    .default([...PLAN_SECTIONS]),
  scenarioIds: z
    .array(z.number().int().positive(), { error: 'Scenarios must be a list of ids' })
    .max(MAX_PLAN_SCENARIOS, `Choose at most ${MAX_PLAN_SCENARIOS} scenarios`)
    .default([]),
});
export type PlanExportOptions = z.output<typeof PlanExportOptions>;
export type PlanExportInput = z.input<typeof PlanExportOptions>;

/** The print route's address for these options; sections keep the document's order. */
export function printRoute(options: PlanExportOptions): string {
  const sections = PLAN_SECTIONS.filter((s) => options.sections.includes(s)).join(',');
  const scenarios = options.scenarioIds.length > 0 ? `&scenarios=${options.scenarioIds.join(',')}` : '';
  return `/print?paper=${options.paper}&sections=${sections}${scenarios}`;
}

/** The value of `key` in a query string (shared/ has neither the DOM's nor Node's URLSearchParams). */
function queryValue(search: string, key: string): string | undefined {
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const [k = '', v = ''] = pair.split('=');
    if (decodeURIComponent(k) === key) return decodeURIComponent(v.replace(/\+/g, ' '));
  }
  return undefined;
}

/** The options a print route's query names; anything unreadable falls back to the default. */
export function parsePrintQuery(search: string): PlanExportOptions {
  try {
    const list = (key: string) => queryValue(search, key)?.split(',').filter(Boolean);
    const parsed = PlanExportOptions.safeParse({
      paper: queryValue(search, 'paper'),
      sections: list('sections'),
      scenarioIds: list('scenarios')?.map(Number),
    });
    if (parsed.success) return parsed.data;
  } catch {
    // A malformed escape (decodeURIComponent's URIError): same as any unreadable query.
  }
  return PlanExportOptions.parse({});
}

/** A file name that every file system accepts: the person's name (if any) and the date. */
export function planFileName(name: string | null, today: string): string {
  const safe = (name ?? '')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60);
  return `career-plan${safe ? `-${safe}` : ''}-${today}.pdf`;
}

export const PlanExportResult = z.discriminatedUnion('outcome', [
  /** Written where the save dialog said; `openToken` lets the renderer ask to open it (the path stays in main). */
  z.object({ outcome: z.literal('saved'), fileName: z.string(), pages: z.number().int(), openToken: z.string() }),
  z.object({ outcome: z.literal('cancelled') }),
  /** The web host: the renderer fetches `/download/<token>` once and offers it as a download. */
  z.object({ outcome: z.literal('download'), fileName: z.string(), pages: z.number().int(), token: z.string() }),
]);
export type PlanExportResult = z.infer<typeof PlanExportResult>;
