import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../electron/core/seed/skill-catalog';
import {
  SKILL_CATEGORIES,
  findPrerequisiteCycle,
  validateCatalog,
  type CatalogSkill,
  type SkillEdge,
} from '@shared/domain/skills';
import { DATA_DIR } from '../../support/temp-core';

const skill = (id: string): CatalogSkill => ({
  id,
  name: id,
  category: 'languages',
  description: 'd',
  estimatedHours: 10,
  resources: [{ title: 't', url: 'https://example.org/' }],
});
const pre = (from: string, to: string): SkillEdge => ({ from, to, kind: 'prerequisite' });

describe('the bundled skill catalog', () => {
  const catalog = readCatalog(DATA_DIR);

  it('has at least 80 skills covering every area, with unique slug ids', () => {
    expect(catalog.skills.length).toBeGreaterThanOrEqual(80);
    expect(new Set(catalog.skills.map((s) => s.category))).toEqual(new Set(SKILL_CATEGORIES));
    expect(new Set(catalog.skills.map((s) => s.id)).size).toBe(catalog.skills.length);
  });

  it('has no dangling edges, no self-edges and no prerequisite cycle', () => {
    expect(validateCatalog(catalog)).toEqual([]);
    expect(findPrerequisiteCycle(catalog.edges)).toBeNull();
  });

  it('gives every skill 1–3 https resources and a positive estimate', () => {
    for (const s of catalog.skills) {
      expect(s.resources.length, s.id).toBeGreaterThanOrEqual(1);
      expect(s.resources.length, s.id).toBeLessThanOrEqual(3);
      for (const r of s.resources) expect(new URL(r.url).protocol, `${s.id} ${r.url}`).toBe('https:');
      expect(s.estimatedHours).toBeGreaterThan(0);
    }
  });

  it('contains the prerequisite chains of back-end careers', () => {
    const has = (from: string, to: string) => catalog.edges.some((e) => e.from === from && e.to === to && e.kind === 'prerequisite');
    expect(has('docker', 'kubernetes')).toBe(true);
    expect(has('sql', 'postgresql') && has('indexing', 'query-optimization') && has('query-optimization', 'replication')).toBe(true);
    expect(has('http', 'rest-apis') && has('rest-apis', 'graphql')).toBe(true);
  });
});

describe('catalog validation', () => {
  it('names duplicate ids, unknown skills in edges and self-edges', () => {
    const problems = validateCatalog({ skills: [skill('a'), skill('a'), skill('b')], edges: [pre('a', 'zzz'), pre('b', 'b')] });
    expect(problems).toContain('Skill id "a" is used twice');
    expect(problems).toContain('Edge 0 (a → zzz) names unknown skill "zzz"');
    expect(problems).toContain('Edge 1 links "b" to itself');
  });

  it('names the cycle', () => {
    const problems = validateCatalog({ skills: ['a', 'b', 'c'].map(skill), edges: [pre('a', 'b'), pre('b', 'c'), pre('c', 'a')] });
    expect(problems).toEqual(['Prerequisite cycle: a → b → c → a']);
  });

  it('ignores cycles made only of recommended or alternative edges', () => {
    expect(findPrerequisiteCycle([{ from: 'a', to: 'b', kind: 'alternative' }, { from: 'b', to: 'a', kind: 'alternative' }])).toBeNull();
  });

  it('finds no cycle in any graph whose edges go from lower to higher numbers, and finds a real one once a back edge is added', () => {
    const edges = fc.uniqueArray(fc.tuple(fc.nat(15), fc.nat(15)).filter(([a, b]) => a < b), { selector: ([a, b]) => `${a}-${b}` });
    fc.assert(
      fc.property(edges, fc.nat(), (pairs, pick) => {
        const dag = pairs.map(([a, b]) => pre(`s${a}`, `s${b}`));
        expect(findPrerequisiteCycle(dag)).toBeNull();
        if (pairs.length === 0) return;
        const [a, b] = pairs[pick % pairs.length] as [number, number];
        const withBack = [...dag, pre(`s${b}`, `s${a}`)];
        const cycle = findPrerequisiteCycle(withBack);
        expect(cycle).not.toBeNull();
        if (!cycle) return;
        expect(cycle[0]).toBe(cycle[cycle.length - 1]);
        for (let i = 0; i + 1 < cycle.length; i += 1) {
          expect(withBack.some((e) => e.from === cycle[i] && e.to === cycle[i + 1])).toBe(true);
        }
      }),
    );
  });
});
