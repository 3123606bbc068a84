import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoadmapSummary, RoadmapView } from '@shared/domain/roadmap';
import { scheduleRoadmap } from '@shared/domain/roadmap-schedule';
import type { Transport } from '@shared/ipc/types';
import { VALID_PROFILE } from '../../support/temp-core';
import { connectRealCore } from '../skills/skills-dom-core';
import { datesShown, expectedDates, itemRow, renderRoadmap } from './roadmap-dom';

// The schedule on screen: the renderer re-schedules at once on the core's own scheduler input,
// before the save comes back, and shows "no time planned" and prerequisite cycles plainly.

let t: Awaited<ReturnType<typeof connectRealCore>>;
beforeEach(async () => {
  t = await connectRealCore();
  await t.dispatch('profile.save', VALID_PROFILE);
});
afterEach(() => t.core.dispose());

const get = (id: number) => t.dispatch('roadmap.get', { id }) as Promise<RoadmapView>;

/** Holds every call to one method until released, so the test sees the screen before the save returns. */
function holdCalls(method: string) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const pass: Transport['invoke'] = (path, input) => t.core.router.dispatch(path, structuredClone(input));
  t.invoke.mockImplementation((path, input) => (path === method ? gate.then(() => pass(path, input)) : pass(path, input)));
  return () => release();
}

async function pathRoadmap(hoursPerWeek: number) {
  const r = (await t.dispatch('roadmap.create', { pathId: 'backend-foundations' })) as RoadmapSummary;
  await t.dispatch('roadmap.setPlan', { id: r.id, hoursPerWeek });
  return get(r.id);
}

describe('roadmap schedule on screen', () => {
  it('changing hours per week moves the end dates at once, to what the scheduler gives for the new hours, before the save returns', async () => {
    const view = await pathRoadmap(5);
    renderRoadmap();
    await waitFor(() => expect(datesShown()).toEqual(expectedDates(view, view.schedule)));
    expect(screen.getByText('Using 5 h a week set for this roadmap.')).toBeTruthy();

    const release = holdCalls('roadmap.setPlan');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Hours per week' }), { target: { value: '20' } });
    const faster = expectedDates(view, scheduleRoadmap({ ...view.scheduleInput, hoursPerWeek: 20 }));
    expect(faster).not.toEqual(expectedDates(view, view.schedule));
    await waitFor(() => expect(datesShown()).toEqual(faster));
    // Shown while the core still holds the old figure (the save goes out once the draft is checked).
    await waitFor(() => expect(t.calls('roadmap.setPlan').length).toBe(1));
    expect((await get(view.roadmap.id)).roadmap.hoursPerWeek).toBe(5);

    release();
    await waitFor(async () => expect((await get(view.roadmap.id)).roadmap.hoursPerWeek).toBe(20));
    const saved = await get(view.roadmap.id);
    await waitFor(() => expect(datesShown()).toEqual(expectedDates(saved, saved.schedule)));
    expect(datesShown()).toEqual(faster);
  });

  it('a bad figure is refused beside the field and moves nothing; empty goes back to the profile hours', async () => {
    const view = await pathRoadmap(5);
    renderRoadmap();
    await waitFor(() => expect(datesShown()).toEqual(expectedDates(view, view.schedule)));
    const field = screen.getByRole('spinbutton', { name: 'Hours per week' });
    fireEvent.change(field, { target: { value: '200' } });
    expect(await screen.findByText('Hours per week must be at most 80')).toBeTruthy();
    expect(datesShown()).toEqual(expectedDates(view, view.schedule));

    fireEvent.change(field, { target: { value: '' } });
    await waitFor(async () => expect((await get(view.roadmap.id)).hoursPerWeekFrom).toBe('profile'));
    const atProfile = await get(view.roadmap.id);
    await waitFor(() => expect(screen.getByText(`Using ${VALID_PROFILE.hoursPerWeek} h a week from your profile.`)).toBeTruthy());
    expect(datesShown()).toEqual(expectedDates(atProfile, atProfile.schedule));
  });

  it('0 hours per week shows "No time planned", not a date', async () => {
    await pathRoadmap(5);
    renderRoadmap();
    fireEvent.change(await screen.findByRole('spinbutton', { name: 'Hours per week' }), { target: { value: '0' } });
    await waitFor(() => expect(screen.getByTestId('finish-planned').textContent).toBe('No time planned'));
    expect(screen.getByText(/No time planned: with 0 hours a week/)).toBeTruthy();
    expect(new Set(datesShown().values())).toEqual(new Set(['No time planned']));
    expect(document.body.textContent).not.toMatch(/Infinity|NaN|Invalid Date/);
  });

  it('a wait cycle made with custom links names its skills, and removing one of those links clears it', async () => {
    const skill = async (name: string) => ((await t.dispatch('skills.createCustom', { name, category: 'architecture', estimatedHours: 20 })) as { id: string }).id;
    const [d, a, p] = [await skill('Skill D'), await skill('Skill A'), await skill('Skill P')];
    // D needs P (not on the roadmap) or its alternative A, and A needs D: neither can start.
    await t.dispatch('skills.addEdge', { from: p, to: d, kind: 'prerequisite' });
    await t.dispatch('skills.addEdge', { from: p, to: a, kind: 'alternative' });
    await t.dispatch('skills.addEdge', { from: d, to: a, kind: 'prerequisite' });
    const r = (await t.dispatch('roadmap.create', { name: 'Loop' })) as RoadmapSummary;
    await t.dispatch('roadmap.addItem', { roadmapId: r.id, skillId: d });
    await t.dispatch('roadmap.addItem', { roadmapId: r.id, skillId: a });
    const user = userEvent.setup();
    renderRoadmap();

    const alert = await screen.findByText(/these skills wait on each other in a cycle: Skill D → Skill A → Skill D/);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect(screen.queryByTestId('finish-planned')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove link Skill D → Skill A' }));
    await waitFor(() => expect(screen.queryByText(/wait on each other in a cycle/)).toBeNull());
    const fresh = await get(r.id);
    expect(fresh.schedule.ok).toBe(true);
    expect(fresh.scheduleInput.edges.some((e) => e.from === d && e.to === a)).toBe(false);
    await waitFor(() => expect(datesShown()).toEqual(expectedDates(fresh, fresh.schedule)));
    expect(itemRow('Skill D')).toBeTruthy();
  });
});

describe('roadmap plan changes on screen', () => {
  it('time off and skills at once move the dates at once too, and the saves reach the core', async () => {
    const view = await pathRoadmap(5);
    const user = userEvent.setup();
    renderRoadmap();
    await waitFor(() => expect(datesShown()).toEqual(expectedDates(view, view.schedule)));

    const release = holdCalls('roadmap.addWeekOff');
    const off = { start: view.today, end: addWeeks(view.today, 3) };
    fireEvent.change(screen.getByLabelText('First day off'), { target: { value: off.start } });
    fireEvent.change(screen.getByLabelText('Last day off'), { target: { value: off.end } });
    await user.type(screen.getByRole('textbox', { name: 'Label' }), 'Holiday');
    await user.click(screen.getByRole('button', { name: 'Add time off' }));
    const withOff = scheduleRoadmap({ ...view.scheduleInput, weeksOff: [off] });
    expect(expectedDates(view, withOff)).not.toEqual(expectedDates(view, view.schedule));
    await waitFor(() => expect(datesShown()).toEqual(expectedDates(view, withOff)));
    expect((await get(view.roadmap.id)).weeksOff).toEqual([]);
    release();
    await waitFor(async () => expect((await get(view.roadmap.id)).weeksOff.map((w) => w.label)).toEqual(['Holiday']));

    const twoAtOnce = scheduleRoadmap({ ...view.scheduleInput, weeksOff: [off], parallel: 2 });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Skills at once' }), '2');
    await waitFor(() => expect(datesShown()).toEqual(expectedDates(view, twoAtOnce)));
    await waitFor(async () => expect((await get(view.roadmap.id)).roadmap.parallel).toBe(2));

    await user.click(screen.getByRole('button', { name: /^Remove Time off/ }));
    await waitFor(async () => expect((await get(view.roadmap.id)).weeksOff).toEqual([]));
    await waitFor(() => expect(datesShown()).toEqual(expectedDates(view, scheduleRoadmap({ ...view.scheduleInput, parallel: 2 }))));
  });
});

function addWeeks(iso: string, weeks: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + weeks * 7));
  return date.toISOString().slice(0, 10);
}

describe('hours per week saved elsewhere', () => {
  it('shows in the field and the dates', async () => {
    const view = await pathRoadmap(5);
    renderRoadmap();
    const field = await screen.findByRole('spinbutton', { name: 'Hours per week' });
    await waitFor(() => expect(field).toHaveProperty('value', '5'));
    await t.dispatch('roadmap.setPlan', { id: view.roadmap.id, hoursPerWeek: 9 });
    await waitFor(() => expect(field).toHaveProperty('value', '9'));
    const fresh = await get(view.roadmap.id);
    await waitFor(() => expect(datesShown()).toEqual(expectedDates(fresh, fresh.schedule)));
  });
});
