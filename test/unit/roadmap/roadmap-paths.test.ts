import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PathsFile, pathProblems, prerequisitesToAdd } from '@shared/domain/roadmap';
import { CatalogFile, PROFICIENT_LEVEL, type SkillEdge } from '@shared/domain/skills';
import { DATA_DIR } from '../../support/temp-core';

const catalog = CatalogFile.parse(JSON.parse(readFileSync(path.join(DATA_DIR, 'skills.json'), 'utf8')));
const paths = PathsFile.parse(JSON.parse(readFileSync(path.join(DATA_DIR, 'roadmap-paths.json'), 'utf8')));
const skillIds = new Set(catalog.skills.map((s) => s.id));
const prerequisites = catalog.edges.filter((e) => e.kind === 'prerequisite');

describe('bundled roadmap paths (resources/data/roadmap-paths.json)', () => {
  it('holds the six paths the issue names', () => {
    expect(paths.paths.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'Back-end foundations',
        'Mid to senior back-end',
        'Cloud-native and DevOps',
        'Data and databases',
        'Security-minded back-end',
        'Platform engineer',
      ]),
    );
  });

  it.each(paths.paths.map((p) => [p.name, p] as const))('%s: every skill is in the catalog, once', (_name, p) => {
    for (const item of p.items) expect(skillIds, item.skillId).toContain(item.skillId);
    expect(new Set(p.items.map((i) => i.skillId)).size).toBe(p.items.length);
  });

  it.each(paths.paths.map((p) => [p.name, p] as const))(
    '%s: a prerequisite in the path comes before what needs it, aimed at least at proficient',
    (_name, p) => {
      const index = new Map(p.items.map((item, i) => [item.skillId, i]));
      for (const edge of prerequisites) {
        const before = index.get(edge.from);
        const after = index.get(edge.to);
        if (before === undefined || after === undefined) continue;
        expect(before, `${edge.from} before ${edge.to}`).toBeLessThan(after);
        expect(p.items[before]?.targetLevel, `${edge.from} level`).toBeGreaterThanOrEqual(PROFICIENT_LEVEL);
      }
    },
  );

  it('the check the app runs when it loads the file agrees, and catches a path out of order or naming an unknown skill', () => {
    expect(pathProblems(paths, skillIds, catalog.edges)).toEqual([]);
    const swapped = { paths: [{ ...paths.paths[0]!, items: [{ skillId: 'docker', targetLevel: 3 }, { skillId: 'linux-shell', targetLevel: 3 }] }] };
    expect(pathProblems(swapped, skillIds, catalog.edges)).toEqual([expect.stringMatching(/puts "docker" before its prerequisite "linux-shell"/)]);
    const unknown = { paths: [{ ...paths.paths[0]!, items: [{ skillId: 'cobol', targetLevel: 3 }] }] };
    expect(pathProblems(unknown, skillIds, catalog.edges)).toEqual([expect.stringMatching(/unknown skill "cobol"/)]);
  });
});

describe('prerequisitesToAdd', () => {
  const edges: SkillEdge[] = [
    { from: 'a', to: 'b', kind: 'prerequisite' },
    { from: 'b', to: 'd', kind: 'prerequisite' },
    { from: 'c', to: 'd', kind: 'prerequisite' },
    { from: 'x', to: 'c', kind: 'prerequisite' },
    { from: 'c', to: 'c2', kind: 'alternative' },
  ];

  it('lists unmet prerequisites transitively, each after what it needs', () => {
    const order = prerequisitesToAdd('d', edges, () => false);
    expect([...order].sort()).toEqual(['a', 'b', 'c', 'x']);
    expect(order.indexOf('a')).toBeLessThan(order.indexOf('b'));
    expect(order.indexOf('x')).toBeLessThan(order.indexOf('c'));
  });

  it('stops at a met prerequisite, and an alternative that is met satisfies it', () => {
    expect(prerequisitesToAdd('d', edges, (id) => id === 'b')).toEqual(['x', 'c']);
    expect(prerequisitesToAdd('d', edges, (id) => id === 'c2')).toEqual(['a', 'b']);
  });

  it('returns on a prerequisite cycle instead of looping', () => {
    const cyclic: SkillEdge[] = [
      { from: 'p', to: 'q', kind: 'prerequisite' },
      { from: 'q', to: 'p', kind: 'prerequisite' },
    ];
    expect(prerequisitesToAdd('q', cyclic, () => false)).toEqual(['p']);
  });
});
