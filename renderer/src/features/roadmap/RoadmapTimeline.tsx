import type { ChartData, ChartOptions } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { addDays } from 'date-fns';
import { useMemo } from 'react';
import { Bar } from 'react-chartjs-2';
import { toDate, toIso } from '@shared/domain/dates';
import { ChartFigure } from '../../charts/ChartFigure';
import { tokenColor, withAlpha } from '../../charts/chart-colors';
import '../../charts/register';
import { useChartTheme } from '../../charts/use-chart-theme';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDate, formatDecimal, formatMonth } from '../../format';
import { ITEM_STATUSES, STATUS_LABEL, type ItemStatus } from './roadmap-status';
import type { ScheduleViewProps } from './schedule-props';
import { barSpan, isDated, timelineRange, timelineRows, type DatedRow, type TimelineRow } from './timeline-rows';
import './roadmap-visuals.css';

/** Every bar gets the same height whatever the roadmap's length: the canvas grows, the box scrolls. */
export const ROW_HEIGHT = 26;
/** Room for the month axis above the bars. */
const AXIS_HEIGHT = 48;
/** Past this many goals their markers drop their labels (the table and tooltips still name them). */
const MAX_GOAL_LABELS = 6;

/** The tokens' own values, for when the browser cannot resolve them (no stylesheet loaded). */
const FALLBACK: Record<'light' | 'dark', Record<ItemStatus, string>> = {
  light: { critical: '#b3261e', ready: '#2453c7', planned: '#8d9cc0', done: '#2e7d32', skipped: '#b4b4ad' },
  dark: { critical: '#ff8a80', ready: '#8fb0ff', planned: '#5f6f96', done: '#7cc680', skipped: '#5c5c57' },
};

const hoursText = (h: number) => `${formatDecimal(h)} h`;
const datesText = (row: TimelineRow) => (row.start && row.end ? `${formatDate(row.start)} – ${formatDate(row.end)}` : 'no dates');

/**
 * The schedule as floating horizontal bars on a month axis, one per dated item, coloured by status,
 * with today, goal due dates and weeks off marked. Items without dates are named under the chart.
 */
export function RoadmapTimeline({ view, schedule }: ScheduleViewProps) {
  const theme = useChartTheme();
  const rows = useMemo(() => timelineRows({ view, schedule }), [view, schedule]);
  const dated = useMemo(() => rows.filter(isDated), [rows]);
  const undated = rows.filter((r) => !isDated(r));
  const colors = useMemo(() => statusColors(theme), [theme]);
  const { data, options } = useMemo(() => chartConfig(view, dated, colors), [view, dated, colors]);

  const first = dated[0];
  const summary = first
    ? `Timeline of ${dated.length} ${dated.length === 1 ? 'skill' : 'skills'} from ${formatDate(first.start)} to ${schedule.finish ? formatDate(schedule.finish) : formatDate(first.end)}`
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
              cells: [r.name, STATUS_LABEL[r.status], hoursText(r.hours), r.start ? formatDate(r.start) : '—', r.end ? formatDate(r.end) : '—'],
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
          {schedule.noTimePlanned ? 'No time planned: with 0 hours per week no skill gets dates.' : 'Nothing left to schedule: every skill is done or skipped.'}
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

/** Read again when the theme changes: the tokens resolve to other colours. */
function statusColors(theme: 'light' | 'dark'): Record<ItemStatus, string> {
  const fallback = FALLBACK[theme];
  return {
    critical: tokenColor('--road-critical', fallback.critical),
    ready: tokenColor('--road-ready', fallback.ready),
    planned: tokenColor('--road-planned', fallback.planned),
    done: tokenColor('--road-done', fallback.done),
    skipped: tokenColor('--road-skipped', fallback.skipped),
  };
}

function chartConfig(view: ScheduleViewProps['view'], rows: readonly DatedRow[], colors: Record<ItemStatus, string>) {
  const text = tokenColor('--text', '#1d1d1b');
  const muted = tokenColor('--muted', '#5c5c57');
  const names = new Map(view.scheduleInput.skills.map((s) => [s.id, s.name]));
  const goals = view.scheduleInput.goals;
  const range = timelineRange(
    rows,
    view.today,
    goals.map((g) => g.dueDate),
  );

  const annotations: Record<string, AnnotationOptions> = {};
  view.scheduleInput.weeksOff.forEach((w, i) => {
    annotations[`off${i}`] = {
      type: 'box',
      xMin: toDate(w.start).getTime(),
      xMax: addDays(toDate(w.end), 1).getTime(),
      backgroundColor: withAlpha(muted, 0.16),
      borderWidth: 0,
      drawTime: 'beforeDatasetsDraw',
    };
  });
  goals.forEach((g, i) => {
    annotations[`goal${i}`] = {
      type: 'line',
      xMin: toDate(g.dueDate).getTime(),
      xMax: toDate(g.dueDate).getTime(),
      borderColor: muted,
      borderWidth: 1.5,
      borderDash: [5, 4],
      label: {
        display: goals.length <= MAX_GOAL_LABELS,
        content: `Goal: ${names.get(g.skillId) ?? g.skillId}`,
        position: 'end',
        font: { size: 11 },
        color: text,
        backgroundColor: withAlpha(tokenColor('--surface', '#ffffff'), 0.85),
      },
    };
  });
  annotations.today = {
    type: 'line',
    xMin: toDate(view.today).getTime(),
    xMax: toDate(view.today).getTime(),
    borderColor: text,
    borderWidth: 2,
    label: { display: true, content: 'Today', position: 'start', font: { size: 11 }, color: text, backgroundColor: withAlpha(tokenColor('--surface', '#ffffff'), 0.85) },
  };

  const data: ChartData<'bar', Array<[number, number]>, string> = {
    labels: rows.map((r) => r.name),
    datasets: [
      {
        label: 'Scheduled',
        data: rows.map(barSpan),
        backgroundColor: rows.map((r) => colors[r.status]),
        borderSkipped: false,
        borderRadius: 3,
        barPercentage: 0.9,
        categoryPercentage: 0.8,
      },
    ],
  };

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
        time: { unit: 'month' },
        ticks: {
          callback: (value, index) => {
            const iso = toIso(new Date(Number(value)));
            // The year on the first month and where it changes, so a long roadmap's axis stays short.
            return index === 0 || iso.endsWith('-01-01') ? `${formatMonth(iso)} ${iso.slice(0, 4)}` : formatMonth(iso);
          },
        },
      },
      y: { ticks: { autoSkip: false } },
    },
  };
  return { data, options };
}
