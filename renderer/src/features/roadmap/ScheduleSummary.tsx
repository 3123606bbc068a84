import { PACE_WEEKS } from '@shared/domain/roadmap-schedule';
import { formatDate, formatDecimal, formatInteger } from '../../format';
import type { OkSchedule } from './schedule-props';

interface ScheduleSummaryProps {
  schedule: OkSchedule;
  itemCount: number;
  plannedCount: number;
}

/** When the roadmap ends, at the planned pace and at the pace of the last weeks, and what is left. */
export function ScheduleSummary({ schedule, itemCount, plannedCount }: ScheduleSummaryProps) {
  const hoursLeft = schedule.items.reduce((sum, item) => sum + item.hours, 0);
  const pace = schedule.actualPace;
  return (
    <dl className="roadmap-summary" aria-label="Schedule summary">
      <div>
        <dt>Finish at planned pace</dt>
        <dd data-testid="finish-planned">
          {schedule.noTimePlanned ? 'No time planned' : schedule.finish ? formatDate(schedule.finish) : 'Nothing left to learn'}
        </dd>
      </div>
      <div>
        <dt>Finish at your actual pace</dt>
        <dd data-testid="finish-actual" className={pace === null ? 'roadmap-summary-note' : undefined}>
          {pace === null
            ? `Too little study history in the last ${PACE_WEEKS} weeks to tell.`
            : `${pace.finish ? formatDate(pace.finish) : 'Nothing left to learn'} (${formatDecimal(pace.hoursPerWeek)} h a week)`}
        </dd>
      </div>
      <div>
        <dt>Items</dt>
        <dd>
          {formatInteger(itemCount)} ({formatInteger(plannedCount)} planned)
        </dd>
      </div>
      <div>
        <dt>Hours remaining</dt>
        <dd>{formatDecimal(hoursLeft)} h</dd>
      </div>
    </dl>
  );
}
