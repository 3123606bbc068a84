import type { ChartData, ChartOptions } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import { ChartFigure } from '../../charts/ChartFigure';
import { tokenColor, withAlpha } from '../../charts/chart-colors';
import '../../charts/register';
import { useChartTheme } from '../../charts/use-chart-theme';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDecimal, formatMonthOf } from '../../format';
import { ITEM_STATUSES, STATUS_LABEL, type ItemStatus } from './roadmap-status';
import type { ScheduleViewProps } from './schedule-props';
import { barSpan, dayMs, isDated, shownDate, timelineRange, timelineRows, type DatedRow, type TimelineRow } from './timeline-rows';
import './roadmap-visuals.css';

/** Every bar gets the same height whatever the roadmap's length: the canvas grows, the box scrolls. */
export const ROW_HEIGHT = 26;
/** Room for the month axis above the bars. */
const AXIS_HEIGHT = 48;
/** Past this many goal dates the markers drop their labels, which would only overlap. */
const MAX_GOAL_LABELS = 6;

/** The tokens' own values, for when the browser cannot resolve them (no stylesheet loaded). */
const FALLBACK: Record<'light' | 'dark', Record<ItemStatus, string>> = {
  light: { critical: '#b3261e', ready: '#2453c7', planned: '#8d9cc0', done: '#2e7d32', skipped: '#b4b4ad' },
  dark: { critical: '#ff8a80', ready: '#8fb0ff', planned: '#5f6f96', done: '#7cc680', skipped: '#5c5c57' },
};

const hoursText = (h: number) => `${formatDecimal(h)} h`;
const datesText = (row: TimelineRow) => (row.start && row.end ? `${shownDate(row.start)} – ${shownDate(row.end)}` : 'no dates');

/**
 * The schedule as floating horizontal bars on a month axis, one per dated item, coloured by status,
 * with today, goal due dates and weeks off marked. Items without dates are named under the chart.
 */
export function RoadmapTimeline({ view, schedule }: ScheduleViewProps) {
  const theme = useChartTheme();
  const rows = useMemo(() => timelineRows({ view, schedule }), [view, schedule]);
  const dated = useMemo(() => rows.filter(isDated), [rows]);
  const undated = rows.filter((r) => !isDated(r));
  const colors = useMemo(() => timelineColors(theme), [theme]);
  const { data, options } = useMemo(() => chartConfig(view, dated, colors), [view, dated, colors]);

  const first = dated[0];
  const summary = first
    ? `Timeline of ${dated.length} ${dated.length === 1 ? 'skill' : 'skills'} from ${shownDate(first.start)} to ${schedule.finish ? shownDate(schedule.finish) : shownDate(first.end)}`
    : 'Timeline: no skill has dates';

  return (
    <div className="road-timeline">
      <StatusLegend />
      {dated.length > 0 ? (
        <ChartFigure
          summary={summary}
          table={{
            caption: 'Roadmap timeline',
            columns: ['Skill', 'Status', 'Hours remaining', 'Start', 'End'],
            rows: rows.map((r) => ({
              key: String(r.itemId),
              cells: [r.name, STATUS_LABEL[r.status], hoursText(r.hours), r.start ? shownDate(r.start) : '—', r.end ? shownDate(r.end) : '—'],
            })),
          }}
          boxClassName="road-timeline-figure"
        >
          {(canvas) => (
            <ScrollRegion label="Timeline, scrolls" className="road-scroll">
              <div className="road-timeline-box" style={{ height: AXIS_HEIGHT + dated.length * ROW_HEIGHT }}>
                <Bar key={theme} data={data} options={options} {...canvas} />
              </div>
            </ScrollRegion>
          )}
        </ChartFigure>
      ) : (
        <p className="road-note">
          {view.items.length === 0
            ? 'No skills on this roadmap yet.'
            : schedule.noTimePlanned
              ? 'No time planned: with 0 hours per week no skill gets dates.'
              : 'Nothing left to schedule: every skill is done or skipped.'}
        </p>
      )}
      {undated.length > 0 && dated.length > 0 ? (
        <p className="road-note">
          Not on the timeline (no time left to plan): {undated.map((r) => `${r.name} (${STATUS_LABEL[r.status]})`).join(', ')}.
        </p>
      ) : null}
    </div>
  );
}

/** The five statuses with their colours, and the markers, as text beside the chart. */
function StatusLegend() {
  return (
    <ul className="road-legend" aria-label="Timeline legend">
      {ITEM_STATUSES.map((s) => (
        <li key={s}>
          <span className="road-swatch" data-status={s} aria-hidden="true" />
          {STATUS_LABEL[s]}
        </li>
      ))}
      <li>
        <span className="road-swatch line" aria-hidden="true" />
        today and goal due dates
      </li>
      <li>
        <span className="road-swatch weeks-off" aria-hidden="true" />
        weeks off
      </li>
    </ul>
  );
}

interface TimelineColors {
  status: Record<ItemStatus, string>;
  text: string;
  muted: string;
  labelBackground: string;
}

/**
 * Read once per theme: each token read makes the browser recompute styles, which a re-schedule
 * should not pay for.
 */
function timelineColors(theme: 'light' | 'dark'): TimelineColors {
  const fallback = FALLBACK[theme];
  return {
    status: {
      critical: tokenColor('--road-critical', fallback.critical, theme),
      ready: tokenColor('--road-ready', fallback.ready, theme),
      planned: tokenColor('--road-planned', fallback.planned, theme),
      done: tokenColor('--road-done', fallback.done, theme),
      skipped: tokenColor('--road-skipped', fallback.skipped, theme),
    },
    text: tokenColor('--text', theme === 'dark' ? '#ececea' : '#1d1d1b', theme),
    muted: tokenColor('--muted', theme === 'dark' ? '#a5a5a0' : '#5c5c57', theme),
    labelBackground: withAlpha(tokenColor('--surface', theme === 'dark' ? '#1f1f1d' : '#ffffff', theme), 0.85),
  };
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** Months, until a roadmap runs so many years that month labels would be skipped anyway. */
export function axisUnit(range: { min: number; max: number }): 'month' | 'quarter' | 'year' {
  const years = (range.max - range.min) / YEAR_MS;
  return years <= 3 ? 'month' : years <= 8 ? 'quarter' : 'year';
}

/** Goals due the same day share one marker, named after all their skills. */
function goalMarkers(view: ScheduleViewProps['view']): Array<{ date: string; names: string[] }> {
  const names = new Map(view.scheduleInput.skills.map((s) => [s.id, s.name]));
  const byDate = new Map<string, string[]>();
  for (const g of view.scheduleInput.goals) {
    const name = names.get(g.skillId) ?? g.skillId;
    const list = byDate.get(g.dueDate) ?? [];
    if (!list.includes(name)) list.push(name);
    byDate.set(g.dueDate, list);
  }
  return [...byDate].map(([date, list]) => ({ date, names: list }));
}

function chartConfig(view: ScheduleViewProps['view'], rows: readonly DatedRow[], colors: TimelineColors) {
  const { text, muted, labelBackground } = colors;
  const goals = goalMarkers(view);
  const range = timelineRange(
    rows,
    view.today,
    goals.map((g) => g.date),
  );

  const annotations: Record<string, AnnotationOptions> = {};
  view.scheduleInput.weeksOff.forEach((w, i) => {
    annotations[`off${i}`] = {
      type: 'box',
      xMin: dayMs(w.start),
      xMax: dayMs(w.end, 1),
      backgroundColor: withAlpha(muted, 0.16),
      borderWidth: 0,
      drawTime: 'beforeDatasetsDraw',
    };
  });
  goals.forEach((g, i) => {
    const label = `Goal: ${g.names.length > 2 ? `${g.names.slice(0, 2).join(', ')} and ${g.names.length - 2} more` : g.names.join(', ')}`;
    annotations[`goal${i}`] = {
      type: 'line',
      xMin: dayMs(g.date),
      xMax: dayMs(g.date),
      borderColor: muted,
      borderWidth: 1.5,
      borderDash: [5, 4],
      // A label costs the plugin as much as a line: past a few markers they go.
      ...(goals.length <= MAX_GOAL_LABELS ? { label: { display: true, content: label, position: 'start', font: { size: 11 }, color: text, backgroundColor: labelBackground } } : {}),
    };
  });
  annotations.today = {
    type: 'line',
    xMin: dayMs(view.today),
    xMax: dayMs(view.today),
    borderColor: text,
    borderWidth: 2,
    label: { display: true, content: 'Today', position: 'end', font: { size: 11 }, color: text, backgroundColor: labelBackground },
  };

  const data: ChartData<'bar', Array<[number, number]>, string> = {
    labels: rows.map((r) => r.name),
    datasets: [
      {
        label: 'Scheduled',
        data: rows.map(barSpan),
        backgroundColor: rows.map((r) => colors.status[r.status]),
        borderSkipped: false,
        borderRadius: 3,
        barPercentage: 0.9,
        categoryPercentage: 0.8,
      },
    ],
  };
  const unit = axisUnit(range);
  const options: ChartOptions<'bar'> = {
    // Re-scheduling redraws at once: an animation would only lag behind the numbers.
    animation: false,
    maintainAspectRatio: false,
    indexAxis: 'y',
    plugins: {
      legend: { display: false },
      annotation: { annotations },
      tooltip: {
        callbacks: {
          title: (items) => rows[items[0]?.dataIndex ?? -1]?.name ?? '',
          label: (item) => {
            const row = rows[item.dataIndex];
            return row ? [`${hoursText(row.hours)} remaining, ${STATUS_LABEL[row.status]}`, datesText(row)] : '';
          },
        },
      },
    },
    scales: {
      x: {
        type: 'time',
        position: 'top',
        min: range.min,
        max: range.max,
        time: { unit },
        ticks: {
          maxRotation: 0,
          callback: (value, index) => {
            const date = new Date(Number(value));
            if (unit === 'year') return String(date.getFullYear());
            // The year on the first month and where it changes, so a long roadmap's axis stays short.
            return index === 0 || date.getMonth() === 0 ? `${formatMonthOf(date)} ${date.getFullYear()}` : formatMonthOf(date);
          },
        },
      },
      y: { ticks: { autoSkip: false } },
    },
  };
  return { data, options };
}
