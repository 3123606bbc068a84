import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Chart } from 'chart.js';
import { addDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { toDate } from '@shared/domain/dates';
import type { ScheduleInput } from '@shared/domain/roadmap-schedule-types';
import type { SkillEdge } from '@shared/domain/skills';
import { RoadmapGraph } from '../../../renderer/src/features/roadmap/RoadmapGraph';
import { axisUnit, RoadmapTimeline } from '../../../renderer/src/features/roadmap/RoadmapTimeline';
import { input, item, skill } from '../../support/roadmap-input';
import { roadmapView } from './roadmap-view';

const shown = (iso: string) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(toDate(iso));

const EDGES: SkillEdge[] = [
  { from: 'linux', to: 'docker', kind: 'prerequisite' },
  { from: 'docker', to: 'kubernetes', kind: 'prerequisite' },
  { from: 'go', to: 'kubernetes', kind: 'prerequisite' },
  { from: 'git', to: 'docker', kind: 'recommended' },
  { from: 'go', to: 'python', kind: 'alternative' },
  // Ansible is not on the roadmap: this edge is not drawn.
  { from: 'docker', to: 'ansible', kind: 'prerequisite' },
];

/** Seven skills, one done, with a goal and a week off; only hours per week varies between tests. */
const roadmap = (hoursPerWeek: number): ScheduleInput =>
  input({
    items: [
      item(1, 'linux', { position: 0 }),
      item(2, 'git', { position: 1 }),
      item(3, 'docker', { position: 2 }),
      item(4, 'kubernetes', { position: 3 }),
      item(5, 'go', { position: 4, targetLevel: 2 }),
      item(6, 'python', { position: 5 }),
      item(7, 'terraform', { position: 6, status: 'done' }),
    ],
    skills: [
      skill('linux', 20, { name: 'Linux shell', level: 1 }),
      skill('git', 10, { name: 'Git' }),
      skill('docker', 30, { name: 'Docker', hoursLogged: 4 }),
      skill('kubernetes', 60, { name: 'Kubernetes' }),
      skill('go', 40, { name: 'Go' }),
      skill('python', 40, { name: 'Python' }),
      skill('terraform', 20, { name: 'Terraform' }),
      skill('ansible', 20, { name: 'Ansible' }),
    ],
    edges: EDGES,
    hoursPerWeek,
    parallel: 2,
    startDate: '2026-02-02',
    weeksOff: [{ start: '2026-03-02', end: '2026-03-08' }],
    goals: [{ goalId: 1, skillId: 'kubernetes', targetLevel: 3, dueDate: '2026-09-30' }],
  });

const chartOf = (name: RegExp) => {
  const chart = Chart.getChart(screen.getByRole('img', { name }) as HTMLCanvasElement);
  if (!chart) throw new Error(`no chart.js chart named ${name}`);
  return chart;
};

/** The timeline's table row for a skill, as its cells' text. */
const rowOf = (name: string) => {
  const table = screen.getByRole('table', { name: 'Roadmap timeline' });
  const header = within(table).getByRole('rowheader', { name });
  return [...(header.closest('tr')?.children ?? [])].map((cell) => cell.textContent);
};

describe('the roadmap timeline', () => {
  it('lists every item with its dates in its text alternative, and draws one bar per dated item', () => {
    const { view, schedule } = roadmapView(roadmap(10));
    render(<RoadmapTimeline view={view} schedule={schedule} />);
    for (const s of schedule.items) {
      const name = view.items.find((i) => i.id === s.itemId)?.skillName ?? '';
      const cells = rowOf(name);
      if (s.start && s.end) expect(cells.slice(3)).toEqual([shown(s.start), shown(s.end)]);
      else expect(cells.slice(1)).toEqual(['done', '0 h', '—', '—']);
    }
    const dated = schedule.items.filter((s) => s.start && s.end);
    expect(dated).toHaveLength(6);
    const chart = chartOf(/^Timeline of 6 skills/);
    const bars = chart.data.datasets[0]?.data as Array<[number, number]>;
    // A bar covers its end day whole.
    expect(new Set(bars.map(([from, to]) => `${from}-${to}`))).toEqual(
      new Set(dated.map((s) => `${toDate(s.start as string).getTime()}-${addDays(toDate(s.end as string), 1).getTime()}`)),
    );
    expect(screen.getByText(/Not on the timeline/).textContent).toContain('Terraform (done)');
    const annotations = Object.keys(chart.options.plugins?.annotation?.annotations ?? {});
    expect(annotations).toEqual(expect.arrayContaining(['today', 'goal0', 'off0']));
    expect(chart.options.animation).toBe(false);
    expect(chart.options.scales?.x?.type).toBe('time');
    expect((chart.options.scales?.x as { time?: { unit?: string } }).time?.unit).toBe('month');
  });

  it('reads the axis in months, in quarters or years only for roadmaps that run for years', () => {
    const at = (iso: string) => toDate(iso).getTime();
    expect(axisUnit({ min: at('2026-01-01'), max: at('2028-12-01') })).toBe('month');
    expect(axisUnit({ min: at('2026-01-01'), max: at('2031-01-01') })).toBe('quarter');
    expect(axisUnit({ min: at('2026-01-01'), max: at('2040-01-01') })).toBe('year');
  });

  it('follows a new schedule: fewer hours per week move the end dates in the table and the bars', () => {
    const fast = roadmapView(roadmap(10));
    const slow = roadmapView(roadmap(5));
    const k8sEnd = (s: typeof fast.schedule) => s.items.find((i) => i.skillId === 'kubernetes')?.end as string;
    expect(k8sEnd(slow.schedule) > k8sEnd(fast.schedule)).toBe(true);

    const { rerender } = render(<RoadmapTimeline view={fast.view} schedule={fast.schedule} />);
    expect(rowOf('Kubernetes')[4]).toBe(shown(k8sEnd(fast.schedule)));
    const chart = chartOf(/^Timeline of/);

    rerender(<RoadmapTimeline view={slow.view} schedule={slow.schedule} />);
    expect(rowOf('Kubernetes')[4]).toBe(shown(k8sEnd(slow.schedule)));
    const ends = (chartOf(/^Timeline of/).data.datasets[0]?.data as Array<[number, number]>).map(([, to]) => to);
    expect(Math.max(...ends)).toBe(addDays(toDate(slow.schedule.finish as string), 1).getTime());
    // The same chart, updated in place (no new canvas per change).
    expect(chartOf(/^Timeline of/)).toBe(chart);
  });

  it('says so when no time is planned instead of drawing empty bars', () => {
    const { view, schedule } = roadmapView(roadmap(0));
    expect(schedule.noTimePlanned).toBe(true);
    render(<RoadmapTimeline view={view} schedule={schedule} />);
    expect(screen.queryByRole('img', { name: /^Timeline/ })).toBeNull();
    expect(screen.getByText(/No time planned/)).toBeTruthy();
  });
});

describe('an empty roadmap', () => {
  it('says it has no skills yet in the timeline and the graph', () => {
    const { view, schedule } = roadmapView(input({ startDate: '2026-02-02' }));
    render(
      <Router hook={memoryLocation({ path: '/roadmap' }).hook}>
        <RoadmapTimeline view={view} schedule={schedule} />
        <RoadmapGraph view={view} schedule={schedule} />
      </Router>,
    );
    expect(screen.getAllByText('No skills on this roadmap yet.')).toHaveLength(2);
    expect(screen.queryByRole('group', { name: /^Prerequisite graph/ })).toBeNull();
  });
});

function renderGraph() {
  const { view, schedule } = roadmapView(roadmap(10));
  const location = memoryLocation({ path: '/roadmap', record: true });
  const result = render(
    <Router hook={location.hook}>
      <RoadmapGraph view={view} schedule={schedule} />
    </Router>,
  );
  return { ...result, view, schedule, location };
}

describe('the roadmap graph', () => {
  it('draws one node per item and each edge between roadmap skills by its kind', () => {
    const { container, view, schedule } = renderGraph();
    const graph = screen.getByRole('group', { name: /^Prerequisite graph of 7 skills and 5 links/ });
    const nodes = within(graph).getAllByRole('link');
    expect(nodes).toHaveLength(view.items.length);
    // Each node's status is the scheduler's flags for it: the user's mark, then critical, then ready now.
    const expected = view.items.map((i) => {
      const s = schedule.items.find((x) => x.itemId === i.id);
      const status = i.status !== 'planned' ? i.status : s?.critical ? 'critical' : s?.readyNow ? 'ready now' : 'planned';
      return `${i.skillName}, level ${i.currentLevel} → ${i.targetLevel}, ${status}`;
    });
    expect(nodes.map((n) => n.getAttribute('aria-label'))).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(['Kubernetes, level 0 → 3, critical', 'Git, level 0 → 3, ready now', 'Terraform, level 0 → 3, done']));
    const count = (kind: string) => container.querySelectorAll(`path.road-edge[data-kind="${kind}"]`).length;
    expect([count('prerequisite'), count('recommended'), count('alternative')]).toEqual([3, 1, 1]);
    // Arrows on the orders, none on "either one".
    expect(container.querySelector('path[data-kind="alternative"]')?.getAttribute('marker-end')).toBeNull();
    expect(container.querySelector('path[data-kind="prerequisite"]')?.getAttribute('marker-end')).toMatch(/^url\(#road-arrow-/);
  });

  it('opens the skill on a click or Enter on its node', async () => {
    const user = userEvent.setup();
    const { location } = renderGraph();
    await user.click(screen.getByRole('link', { name: /^Docker, / }));
    expect(location.history.at(-1)).toBe('/skills/docker');
    fireEvent.keyDown(screen.getByRole('link', { name: /^Go, / }), { key: 'Enter' });
    expect(location.history.at(-1)).toBe('/skills/go');
  });

  it('shows the same as a list: each skill with what it needs first and what it unlocks, as links', async () => {
    const user = userEvent.setup();
    renderGraph();
    await user.click(screen.getByRole('button', { name: 'Show as list' }));
    const list = screen.getByRole('list', { name: 'Skills and their prerequisites' });
    const entry = (name: string) => {
      const link = within(list).getAllByRole('link', { name }).find((a) => a.parentElement?.parentElement === list);
      if (!link?.parentElement) throw new Error(`no list entry for ${name}`);
      return link.parentElement;
    };
    const relation = (name: string, label: string) => {
      const dt = within(entry(name)).getByText(label, { selector: 'dt' });
      return within(dt.nextElementSibling as HTMLElement)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]);
    };
    expect(relation('Kubernetes', 'Needs first')).toEqual(
      expect.arrayContaining([
        ['Docker', '/skills/docker'],
        ['Go', '/skills/go'],
      ]),
    );
    expect(relation('Kubernetes', 'Needs first')).toHaveLength(2);
    expect(relation('Docker', 'Needs first')).toEqual([['Linux shell', '/skills/linux']]);
    expect(relation('Docker', 'Unlocks')).toEqual([['Kubernetes', '/skills/kubernetes']]);
    expect(relation('Docker', 'Better after')).toEqual([['Git', '/skills/git']]);
    expect(relation('Python', 'Or instead')).toEqual([['Go', '/skills/go']]);
    expect(within(entry('Terraform')).getByText(/no links to other skills/)).toBeTruthy();
    // The list replaces the drawing; pressing again brings it back.
    expect(screen.queryByRole('group', { name: /^Prerequisite graph/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show as list' }));
    expect(screen.getByRole('group', { name: /^Prerequisite graph/ })).toBeTruthy();
  });
});
