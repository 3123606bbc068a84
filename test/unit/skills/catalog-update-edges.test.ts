import fc from 'fast-check';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedSkillCatalog } from '../../../electron/core/seed/skill-catalog';
import { allEdges } from '../../../electron/core/services/skills';
import { brokenCustomEdges } from '@shared/domain/custom-edges';
import type { SkillDetail } from '@shared/domain/skill-detail';
import { findPrerequisiteCycle, type CatalogFile, type SkillEdge } from '@shared/domain/skills';
import { DATA_DIR, tempDir } from '../../support/temp-core';
import { openSkillsCore } from './skills-core';

let t: Awaited<ReturnType<typeof openSkillsCore>>;
beforeEach(async () => {
  t = await openSkillsCore();
});
afterEach(() => t.dispose());

/** Loads a newer catalog, made from the bundled one by `change`, into the test's database. */
function loadNewerCatalog(change: (catalog: CatalogFile) => void) {
  const data = tempDir();
  try {
    const catalog = JSON.parse(readFileSync(path.join(DATA_DIR, 'skills.json'), 'utf8')) as CatalogFile;
    catalog.version += 1;
    change(catalog);
    cpSync(DATA_DIR, data.dir, { recursive: true });
    writeFileSync(path.join(data.dir, 'skills.json'), JSON.stringify(catalog));
    return { version: catalog.version, report: seedSkillCatalog(t.core.store.sqlite, data.dir) };
  } finally {
    data.remove();
  }
}

const edgeRows = () => t.core.store.sqlite.prepare('SELECT from_id, to_id, kind, disabled_reason IS NOT NULL AS off FROM custom_edges ORDER BY rowid').all();

describe('a catalog update checks the catalog and the user’s edges together', () => {
  it('turns off a user edge the new catalog closes into a cycle and one whose skill it dropped; the rest stay, nothing is deleted', async () => {
    await t.call('skills.addEdge', { from: 'kubernetes', to: 'terraform', kind: 'prerequisite' });
    await t.call('skills.addEdge', { from: 'graphql', to: 'rust', kind: 'recommended' });
    await t.call('skills.addEdge', { from: 'go', to: 'graphql', kind: 'prerequisite' });

    const { version, report } = loadNewerCatalog((catalog) => {
      catalog.edges.push({ from: 'terraform', to: 'docker', kind: 'prerequisite' }); // docker → kubernetes → terraform → docker
      catalog.skills = catalog.skills.filter((s) => s.id !== 'rust');
    });
    expect(report).toEqual({ loaded: true, version, disabledEdges: 2 });
    expect(edgeRows()).toEqual([
      { from_id: 'kubernetes', to_id: 'terraform', kind: 'prerequisite', off: 1 },
      { from_id: 'graphql', to_id: 'rust', kind: 'recommended', off: 1 },
      { from_id: 'go', to_id: 'graphql', kind: 'prerequisite', off: 0 },
    ]);
    expect(findPrerequisiteCycle(allEdges(t.core.store.db))).toBeNull();

    const kubernetes = await t.call<SkillDetail>('skills.get', { id: 'kubernetes' });
    expect(kubernetes.unlocks.map((s) => s.id)).not.toContain('terraform');
    expect(kubernetes.disabledLinks).toEqual([
      {
        from: 'kubernetes',
        fromName: 'Kubernetes',
        to: 'terraform',
        toName: 'Infrastructure as code (Terraform)',
        kind: 'prerequisite',
        reason: expect.stringContaining(`Turned off when catalog version ${version} was loaded: it would close the prerequisite cycle `),
      },
    ]);
    expect(kubernetes.disabledLinks[0]?.reason).toMatch(/Kubernetes → Infrastructure as code \(Terraform\) → Docker|Docker → Kubernetes → Infrastructure/);
    expect(await t.call('skills.disabledEdges')).toEqual([
      kubernetes.disabledLinks[0],
      {
        from: 'graphql',
        fromName: 'GraphQL',
        to: 'rust',
        toName: 'rust',
        kind: 'recommended',
        reason: `Turned off when catalog version ${version} was loaded: the skill “rust” is no longer in the catalog.`,
      },
    ]);
    expect((await t.call<SkillDetail>('skills.get', { id: 'graphql' })).prerequisites.map((s) => s.id)).toContain('go');
  });

  it('a user edge the catalog now ships itself is shown once, as the catalog’s', async () => {
    await t.call('skills.addEdge', { from: 'go', to: 'graphql', kind: 'prerequisite' });
    loadNewerCatalog((catalog) => catalog.edges.push({ from: 'go', to: 'graphql', kind: 'prerequisite' }));
    const graphql = await t.call<SkillDetail>('skills.get', { id: 'graphql' });
    expect(graphql.prerequisites.filter((s) => s.id === 'go')).toEqual([expect.objectContaining({ custom: false })]);
    expect(await t.call('skills.disabledEdges')).toEqual([]);
  });
});

describe('brokenCustomEdges', () => {
  const pre = (from: string, to: string): SkillEdge => ({ from, to, kind: 'prerequisite' });
  const all = (...ids: string[]) => new Set(ids);

  it('keeps the older of two user edges that together close a cycle', () => {
    const broken = brokenCustomEdges({ catalog: [pre('a', 'b')], custom: [pre('b', 'c'), pre('c', 'a')], known: all('a', 'b', 'c'), live: all('a', 'b', 'c') });
    expect(broken).toEqual([{ edge: pre('c', 'a'), problem: { kind: 'cycle', cycle: ['a', 'b', 'c', 'a'] } }]);
  });

  it('leaves edges touching a deleted skill alone, and names an end that no longer exists', () => {
    const check = { catalog: [pre('a', 'b')], custom: [pre('b', 'x'), pre('x', 'a'), pre('b', 'gone')], known: all('a', 'b', 'x') };
    expect(brokenCustomEdges({ ...check, live: all('a', 'b') })).toEqual([{ edge: pre('b', 'gone'), problem: { kind: 'missing', skillId: 'gone' } }]);
    expect(brokenCustomEdges({ ...check, live: all('a', 'b', 'x') }).map((b) => b.edge)).toEqual([pre('x', 'a'), pre('b', 'gone')]);
  });

  it('for any catalog DAG and any user edges: what it keeps has no cycle, and each edge it turns off would close one', () => {
    const nodes = Array.from({ length: 10 }, (_, i) => `s${i}`);
    const pair = fc.tuple(fc.nat(9), fc.nat(9)).filter(([a, b]) => a !== b);
    fc.assert(
      fc.property(fc.array(pair.filter(([a, b]) => a < b), { maxLength: 15 }), fc.array(pair, { maxLength: 15 }), (catalogPairs, customPairs) => {
        const catalog = catalogPairs.map(([a, b]) => pre(`s${a}`, `s${b}`));
        const custom = customPairs.map(([a, b]) => pre(`s${a}`, `s${b}`));
        const broken = brokenCustomEdges({ catalog, custom, known: new Set(nodes), live: new Set(nodes) });
        const off = new Set(broken.map((b) => b.edge));
        const kept = [...catalog, ...custom.filter((e) => !off.has(e))];
        expect(findPrerequisiteCycle(kept)).toBeNull();
        for (const { edge } of broken) expect(findPrerequisiteCycle([...kept, edge])).not.toBeNull();
        if (customPairs.every(([a, b]) => a < b)) expect(broken).toEqual([]);
      }),
    );
  });
});
