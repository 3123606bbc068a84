/*
 * The domain's fixed lists and what the screens call their members, without schemas: a screen that
 * only shows them does not load zod. The schema modules (profile.ts, goals.ts, skills.ts,
 * progress.ts) build their enums from these lists and re-export them.
 */

/** Career levels from entry to principal, the career ladder's individual-contributor track; order matters (lowest first). */
export const CAREER_LEVELS = ['entry', 'junior', 'mid', 'senior', 'staff', 'principal'] as const;

export const CAREER_LEVEL_LABELS: Record<(typeof CAREER_LEVELS)[number], string> = {
  entry: 'Entry',
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  staff: 'Staff / lead / architect',
  principal: 'Principal',
};

export const GOAL_KINDS = ['skill-level', 'career-level', 'salary', 'certification', 'custom'] as const;

export const GOAL_KIND_LABELS: Record<(typeof GOAL_KINDS)[number], string> = {
  'skill-level': 'Reach a skill level',
  'career-level': 'Reach a career level',
  salary: 'Reach a salary',
  certification: 'Get a certification',
  custom: 'Custom',
};

/** The areas of back-end work the catalog is organised in; every catalog skill belongs to exactly one. */
export const SKILL_CATEGORIES = [
  'languages',
  'frameworks',
  'databases',
  'apis',
  'cloud',
  'infrastructure',
  'observability',
  'architecture',
  'security',
  'data-ai',
  'practices',
  'people',
  'certifications',
] as const;

export const SKILL_CATEGORY_LABELS: Record<(typeof SKILL_CATEGORIES)[number], string> = {
  languages: 'Languages',
  frameworks: 'Frameworks',
  databases: 'Databases',
  apis: 'APIs',
  cloud: 'Cloud',
  infrastructure: 'Infrastructure & DevOps',
  observability: 'Observability',
  architecture: 'Architecture',
  security: 'Security',
  'data-ai': 'Data & AI infrastructure',
  practices: 'Practices',
  people: 'People',
  certifications: 'Certifications',
};

/** One line per level, shown wherever a level is chosen or displayed. */
export const LEVEL_MEANINGS: readonly string[] = [
  'None: not started.',
  'Aware: know what it is for and when to reach for it.',
  'Beginner: can follow guides and make small changes with help.',
  'Proficient: use it independently for everyday work.',
  'Advanced: handle hard cases, tune it, review others’ work.',
  'Expert: design with it at scale and teach it.',
];

export const SKILL_STATUSES = ['pending', 'learning', 'done', 'skipped'] as const;

export const SKILL_STATUS_LABELS: Record<(typeof SKILL_STATUSES)[number], string> = {
  pending: 'Pending',
  learning: 'Learning',
  done: 'Done',
  skipped: 'Skipped',
};

export const STREAK_UNITS = ['days', 'weeks'] as const;
