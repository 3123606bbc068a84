// Arbitrary personal data files that the database can hold: skills the bundled catalog has (or
// the file's own custom skills), ids increasing, corrections pointing at earlier events.
import fc from 'fast-check';
import { PERSONAL_DATA_FORMAT, RECORD_COLUMNS, type PersonalDataInput } from '@shared/domain/personal-data';
import { scenario } from './projection-input';

export const CATALOG_SKILLS = ['python', 'java', 'javascript', 'typescript', 'nodejs', 'go', 'ruby', 'rust'] as const;
const LEVELS = { ic: ['entry', 'junior', 'mid', 'senior', 'staff', 'principal'], manager: ['manager', 'senior-manager', 'director', 'vp'] } as const;

const DAY = 86_400_000;
const BASE = Date.UTC(2020, 0, 1);
export const stampArb = fc.integer({ min: 0, max: 3000 * DAY }).map((ms) => new Date(BASE + ms).toISOString());
export const dateArb = fc.integer({ min: 0, max: 3000 }).map((d) => new Date(BASE + d * DAY).toISOString().slice(0, 10));
const text = (max: number) => fc.string({ maxLength: max });
const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,18}[A-Za-z0-9]$/).filter((s) => !s.includes('  '));
const quarter = (min: number, max: number) => fc.integer({ min: min * 4, max: max * 4 }).map((n) => n / 4);
const slug = fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/);
const level = fc.integer({ min: 0, max: 5 });
const status = fc.constantFrom('pending', 'learning', 'done', 'skipped' as const);
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

/** Increasing ids with gaps, as a database that had rows deleted would have. */
const ids = (n: number) => fc.array(fc.integer({ min: 1, max: 3 }), { minLength: n, maxLength: n }).map((gaps) => gaps.reduce<number[]>((out, g) => [...out, (out.at(-1) ?? 0) + g], []));

const customSkillsArb = fc.uniqueArray(fc.record({ slug, name }), { maxLength: 4, selector: (c) => c.slug }).chain((cs) =>
  fc.tuple(...cs.map((c) => fc.record({
    id: fc.constant(`custom-${c.slug}`),
    name: fc.constant(c.name),
    category: fc.constantFrom('languages', 'databases', 'cloud' as const),
    description: text(40),
    estimatedHours: quarter(1, 500),
    createdAt: stampArb,
    deletedAt: nullable(stampArb),
  }))),
);

export const personalDataArb: fc.Arbitrary<PersonalDataInput> = customSkillsArb.chain((custom) => {
  const skillIds = [...CATALOG_SKILLS, ...custom.map((c) => c.id)];
  const skill = fc.constantFrom(...skillIds);
  const bySkill = <T>(arb: fc.Arbitrary<T>) => fc.uniqueArray(fc.tuple(skill, arb), { maxLength: 4, selector: ([s]) => s });
  const eventsArb = fc.integer({ min: 0, max: 8 }).chain((n) =>
    fc.tuple(ids(n), fc.array(fc.record({
      skillId: skill,
      kind: fc.constantFrom('study', 'level', 'target', 'status', 'void' as const),
      date: dateArb,
      minutes: nullable(fc.integer({ min: 1, max: 1440 })),
      note: text(30),
      levelFrom: nullable(level),
      levelTo: nullable(level),
      statusFrom: nullable(status),
      statusTo: nullable(status),
      recordedAt: stampArb,
      supersedesPick: nullable(fc.nat()),
    }), { minLength: n, maxLength: n })).map(([eventIds, bodies]) =>
      bodies.map(({ supersedesPick, ...b }, i) => ({ ...b, id: eventIds[i] as number, supersedes: supersedesPick === null || i === 0 ? null : (eventIds[supersedesPick % i] as number) })),
    ),
  );
  const goalsArb = fc.integer({ min: 0, max: 4 }).chain((n) =>
    fc.tuple(ids(n), fc.array(fc.record({
      title: name,
      kind: fc.constantFrom('skill-level', 'career-level', 'salary', 'certification', 'custom' as const),
      skillId: nullable(skill),
      targetLevel: nullable(level),
      careerLevel: nullable(fc.constantFrom('entry', 'mid', 'senior' as const)),
      targetSalary: nullable(fc.integer({ min: 1, max: 10_000_000 })),
      dueDate: dateArb,
      note: text(30),
      createdAt: stampArb,
      completedAt: nullable(stampArb),
      deletedAt: nullable(stampArb),
    }), { minLength: n, maxLength: n })).map(([goalIds, goals]) =>
      // An app-made file never holds an open goal its data reaches (it would have completed):
      // open goals here are of a kind the app does not measure.
      goals.map((g, i) => ({ ...g, kind: g.completedAt === null ? ('custom' as const) : g.kind, id: goalIds[i] as number })),
    ),
  );
  const roadmapsArb = fc.integer({ min: 0, max: 3 }).chain((n) =>
    fc.tuple(
      ids(n),
      fc.array(fc.record({
        name,
        sourcePathId: nullable(slug),
        hoursPerWeek: nullable(quarter(0, 80)),
        parallel: fc.integer({ min: 1, max: 10 }),
        archivedAt: nullable(stampArb),
        createdAt: stampArb,
        updatedAt: stampArb,
        items: fc.uniqueArray(fc.record({
          skillId: skill,
          targetLevel: fc.integer({ min: 1, max: 5 }),
          hoursOverride: nullable(quarter(0, 300)),
          pinnedStart: nullable(dateArb),
          status: fc.constantFrom('planned', 'done', 'skipped' as const),
        }), { maxLength: 4, selector: (i) => i.skillId }),
        weeksOff: fc.array(fc.tuple(dateArb, fc.integer({ min: 0, max: 20 }), text(20)), { maxLength: 3 }),
      }), { minLength: n, maxLength: n }),
      fc.nat(),
    ).map(([roadmapIds, roadmaps, activePick]) => {
      let itemId = 0;
      let weekId = 0;
      return roadmaps.map((r, i) => ({
        ...r,
        id: roadmapIds[i] as number,
        active: i === activePick % Math.max(1, n) && activePick % 2 === 0,
        items: r.items.map((it) => ({ ...it, id: (itemId += 2) })),
        weeksOff: r.weeksOff.map(([start, days, label]) => ({ id: (weekId += 1), start, end: new Date(Date.parse(start) + days * DAY).toISOString().slice(0, 10), label })),
      }));
    }),
  );
  const scenariosArb = fc.array(fc.record({ name, horizonYears: fc.integer({ min: 1, max: 40 }), createdAt: stampArb, updatedAt: stampArb }), { maxLength: 3 }).map((list) =>
    list.map((s, i) => ({ id: i + 1, name: s.name, params: scenario({ horizonYears: s.horizonYears }), createdAt: s.createdAt, updatedAt: s.updatedAt })),
  );
  const ladderArb = fc.uniqueArray(
    fc.record({
      track: fc.constantFrom('ic', 'manager' as const),
      pick: fc.nat(),
      field: fc.oneof(fc.constantFrom('typicalYears', 'bandPercentile'), skill.map((s) => `skill:${s}`)),
      value: quarter(0, 40),
      updatedAt: stampArb,
    }).map(({ track, pick, field, value, updatedAt }) => ({ trackId: track, levelId: LEVELS[track][pick % LEVELS[track].length] as string, field, value, updatedAt })),
    { maxLength: 4, selector: (l) => `${l.trackId}/${l.levelId}/${l.field}` },
  );
  const recordArb = fc.tuple(
    fc.integer({ min: 2, max: 10_000 }),
    text(10),
    text(6),
    text(10),
    nullable(fc.integer({ min: 1990, max: 2030 })),
    nullable(quarter(0, 500_000)),
    nullable(quarter(0, 50_000)),
    nullable(quarter(0, 50_000)),
    quarter(1, 600_000),
    nullable(quarter(0, 40)),
    nullable(dateArb),
    fc.constantFrom('USD', 'EUR'),
    nullable(text(10)),
  );
  const datasetsArb = fc.uniqueArray(fc.record({
    key: fc.uuid().map((u) => `user-${u}`),
    name,
    year: nullable(fc.integer({ min: 2000, max: 2030 })),
    loadedAt: stampArb,
    withImport: fc.boolean(),
    fileName: fc.constant('pay.csv'),
    rows: fc.array(recordArb, { maxLength: 5 }),
  }), { maxLength: 2, selector: (d) => d.key }).map((list) =>
    list.map((d) => ({
      key: d.key,
      name: d.name,
      publisher: 'You (imported file)',
      license: 'Your own data',
      source: `File ${d.fileName}`,
      year: d.year,
      version: 1,
      standing: 'user',
      provenance: `## ${d.name}`,
      loadedAt: d.loadedAt,
      import: d.withImport
        ? { fileName: d.fileName, fileSha256: 'a'.repeat(64), importedAt: d.loadedAt, rowCount: d.rows.length, titleCount: 1, areaCount: 1, note: '', encoding: 'utf-8', delimiter: ',', mapping: '{"base":0}' }
        : null,
      records: { columns: [...RECORD_COLUMNS], rows: d.rows },
    })),
  );
  return fc.record({
    format: fc.constant(PERSONAL_DATA_FORMAT),
    version: fc.constant(1 as const),
    exportedAt: stampArb,
    appVersion: fc.constant('0.0.0-test'),
    schemaVersion: fc.constant(0),
    profile: nullable(fc.record({
      name: fc.constantFrom('', 'Ada Lovelace'),
      occupationCode: fc.constant('15-1252'),
      areaCode: fc.constantFrom('0041860', '0042660'),
      careerLevel: fc.constantFrom('junior', 'mid', 'senior' as const),
      yearsExperience: quarter(0, 60),
      currentSalary: nullable(fc.integer({ min: 0, max: 10_000_000 })),
      currency: fc.constantFrom('USD', 'EUR' as const),
      hoursPerWeek: quarter(0, 80),
      horizonYears: fc.integer({ min: 1, max: 40 }),
      updatedAt: stampArb,
    })),
    skills: fc.record({
      custom: fc.constant(custom),
      progress: bySkill(fc.record({ level, targetLevel: level, status, updatedAt: stampArb })).map((l) => l.map(([skillId, p]) => ({ skillId, ...p }))),
      estimates: bySkill(fc.record({ estimatedHours: quarter(1, 5000), updatedAt: stampArb })).map((l) => l.map(([skillId, e]) => ({ skillId, ...e }))),
      resources: fc.array(fc.record({ skillId: skill, title: name, url: slug.map((s) => `https://${s}.example.com/x`), createdAt: stampArb }), { maxLength: 3 }).map((l) =>
        l.map((r, i) => ({ id: i * 3 + 1, ...r })),
      ),
      notes: bySkill(fc.record({ body: text(60), updatedAt: stampArb })).map((l) => l.map(([skillId, n]) => ({ skillId, ...n }))),
      // Recommended links only: they can never close a prerequisite cycle with the catalog's.
      edges: fc.uniqueArray(fc.record({ from: skill, to: skill, kind: fc.constant('recommended' as const), createdAt: stampArb, disabledReason: nullable(text(20)) }), {
        maxLength: 3,
        selector: (e) => `${e.from}/${e.to}`,
      }).map((l) => l.filter((e) => e.from !== e.to)),
    }),
    progressLog: eventsArb,
    goals: goalsArb,
    roadmaps: roadmapsArb,
    scenarios: scenariosArb,
    ladderEdits: ladderArb,
    datasets: datasetsArb,
  });
});
