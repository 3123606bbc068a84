import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoadmapSummary, RoadmapView } from '@shared/domain/roadmap';
import { VALID_PROFILE } from '../../support/temp-core';
import { connectRealCore } from '../skills/skills-dom-core';
import { itemRow, renderRoadmap } from './roadmap-dom';

// The roadmap screen against a real core: what the user does on screen is what the core keeps.

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
  await t.dispatch('profile.save', VALID_PROFILE);
});
afterEach(() => t.core.dispose());

const list = () => t.dispatch('roadmap.list') as Promise<RoadmapSummary[]>;
const get = (id: number) => t.dispatch('roadmap.get', { id }) as Promise<RoadmapView>;

describe('roadmap screen', () => {
  it('starts from a bundled path: the empty state lists the paths, and the copy becomes the active roadmap', async () => {
    const user = userEvent.setup();
    renderRoadmap();
    const path = await screen.findByRole('listitem', { name: 'Cloud-native and DevOps' });
    expect(path.textContent).toMatch(/15 skills · about [\d,]+ h/);
    await user.click(within(path).getByRole('button', { name: 'Start from Cloud-native and DevOps' }));

    await waitFor(async () => expect((await list()).map((r) => [r.name, r.active])).toEqual([['Cloud-native and DevOps', true]]));
    const [created] = await list();
    const core = await get(created?.id ?? 0);
    const rows = await screen.findAllByRole('listitem', { name: (name) => core.items.some((i) => i.skillName === name) });
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual(core.items.map((i) => i.skillName));
    expect(screen.getByText('Copied from the path “Cloud-native and DevOps”.')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Roadmap' })).toHaveProperty('value', String(created?.id));
  });

  it('starting empty needs a name, said beside the field', async () => {
    const user = userEvent.setup();
    renderRoadmap();
    await user.click(await screen.findByRole('button', { name: 'Start empty' }));
    expect((await screen.findByRole('textbox', { name: 'Roadmap name' })).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Name cannot be empty')).toBeTruthy();
    expect(await list()).toEqual([]);
  });

  it('adds a skill with its unmet prerequisites and says which came along', async () => {
    const r = (await t.dispatch('roadmap.create', { name: 'Mine' })) as RoadmapSummary;
    const user = userEvent.setup();
    renderRoadmap();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Skill to add' }), 'kubernetes');
    expect(screen.getByRole('checkbox', { name: 'Also add its unmet prerequisites' })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('button', { name: 'Add to roadmap' }));

    await waitFor(async () => expect((await get(r.id)).items.length).toBeGreaterThan(1));
    const items = (await get(r.id)).items;
    expect(items.at(-1)?.skillId).toBe('kubernetes');
    const prerequisites = items.slice(0, -1).map((i) => i.skillName);
    expect(await screen.findByText(`Added Kubernetes and ${prerequisites.length} prerequisites: ${prerequisites.join(', ')}.`)).toBeTruthy();
    await waitFor(() => expect(itemRow('Kubernetes')).toBeTruthy());
  });

  it('a target level out of range is refused beside the field, and nothing is added', async () => {
    const r = (await t.dispatch('roadmap.create', { name: 'Mine' })) as RoadmapSummary;
    const user = userEvent.setup();
    renderRoadmap();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Skill to add' }), 'docker');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Target level' }), '0');
    await user.click(screen.getByRole('button', { name: 'Add to roadmap' }));
    expect(await screen.findByText('Target level must be at least 1')).toBeTruthy();
    expect((await get(r.id)).items).toEqual([]);
  });

  it('reorders by keyboard: Alt+ArrowDown on the handle and the Move up button, each saved in the core and announced', async () => {
    const r = (await t.dispatch('roadmap.create', { pathId: 'backend-foundations' })) as RoadmapSummary;
    const before = (await get(r.id)).items.map((i) => i.skillName);
    const [first, second, third] = before as [string, string, string];
    const user = userEvent.setup();
    renderRoadmap();
    const handle = within(await screen.findByRole('listitem', { name: first })).getByRole('button', { name: `Drag to reorder: ${first}` });
    handle.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(async () => expect((await get(r.id)).items.map((i) => i.skillName)).toEqual([second, first, third, ...before.slice(3)]));
    expect(screen.getByText(`${first} moved to position 2 of ${before.length}.`)).toBeTruthy();
    expect(document.activeElement?.getAttribute('aria-label')).toBe(`Drag to reorder: ${first}`);

    await user.click(within(itemRow(third)).getByRole('button', { name: `Move up: ${third}` }));
    await waitFor(async () => expect((await get(r.id)).items.map((i) => i.skillName)).toEqual([second, third, first, ...before.slice(3)]));
    const shownOrder = within(screen.getByRole('list', { name: 'Roadmap items' }))
      .getAllByRole('listitem')
      .map((row) => row.getAttribute('aria-label'));
    expect(shownOrder).toEqual([second, third, first, ...before.slice(3)]);
  });

  it('marks an item done, skips one and plans it again', async () => {
    const r = (await t.dispatch('roadmap.create', { pathId: 'backend-foundations' })) as RoadmapSummary;
    const [a, b] = (await get(r.id)).items;
    const user = userEvent.setup();
    renderRoadmap();
    await user.click(await screen.findByRole('button', { name: `Mark done: ${a?.skillName}` }));
    await user.click(screen.getByRole('button', { name: `Skip: ${b?.skillName}` }));
    await waitFor(async () => expect((await get(r.id)).items.slice(0, 2).map((i) => i.status)).toEqual(['done', 'skipped']));
    expect(within(itemRow(a?.skillName ?? '')).getByTestId('item-dates').textContent).toBe('Done');
    await user.click(await screen.findByRole('button', { name: `Back to planned: ${b?.skillName}` }));
    await waitFor(async () => expect((await get(r.id)).items[1]?.status).toBe('planned'));
  });

  it('renames, and deletes only after asking', async () => {
    const r = (await t.dispatch('roadmap.create', { name: 'Mine' })) as RoadmapSummary;
    const user = userEvent.setup();
    renderRoadmap();
    await user.click(await screen.findByRole('button', { name: 'Rename' }));
    const name = screen.getByRole('textbox', { name: 'New name' });
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByText('Name cannot be empty')).toBeTruthy();
    await user.type(name, 'Ours');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(async () => expect((await list()).map((x) => x.name)).toEqual(['Ours']));
    // The rename's answer may come after Delete is pressed (a write is answered once it is on disk): the question stays open either way.
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Renamed to “Ours”.')).toBeTruthy();
    expect((await list()).length).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Delete for good' }));
    await waitFor(async () => expect(await list()).toEqual([]));
    expect(await screen.findByRole('button', { name: 'Start empty' })).toBeTruthy();
    expect(r.id).toBeGreaterThan(0);
  });
});
