import { addDays } from 'date-fns';
import { toDate, toIso } from '@shared/domain/iso-date';
import { CAREER_LEVEL_LABELS } from '@shared/domain/vocabulary';
import { goalSummary } from '../features/goals/goal-text';
import { formatDate, formatDecimal, formatMoney } from '../format';
import type { PlanDocument } from '@shared/domain/plan-document';
import { goalsDue, planTarget, roadmapFacts } from './plan-facts';
import { Missing, PrintSection } from './PrintSection';

const GOALS_DUE_DAYS = 90;

/** `titleLevel` 2 inside the app (the Plan screen's preview sits under the screen's own h1). */
export function CoverSection({ data, today, titleLevel }: { data: PlanDocument; today: string; titleLevel: 1 | 2 }) {
  const Title = titleLevel === 1 ? 'h1' : 'h2';
  const { profile } = data;
  const target = planTarget(data.goals);
  return (
    <PrintSection id="cover">
      <div className="print-cover">
        <p className="print-kicker">Trajectory</p>
        <Title className="print-title">Career plan</Title>
        {profile?.name ? <p className="print-name">{profile.name}</p> : null}
        <p className="print-date">{formatDate(today)}</p>
        {profile ? (
          <dl className="print-facts">
            <dt>Role</dt>
            <dd>{profile.occupationTitle}</dd>
            <dt>Level</dt>
            <dd>
              {CAREER_LEVEL_LABELS[profile.careerLevel]} · {formatDecimal(profile.yearsExperience)} years of experience
            </dd>
            <dt>Area</dt>
            <dd>{profile.areaName}</dd>
            <dt>Target</dt>
            <dd>{target ? `${target.title} (${goalSummary(target)})` : 'No target yet: add a career-level or salary goal.'}</dd>
          </dl>
        ) : (
          <Missing>No profile yet: fill in your role, level and area under Profile to put them on this page.</Missing>
        )}
      </div>
    </PrintSection>
  );
}

export function SummarySection({ data, today }: { data: PlanDocument; today: string }) {
  const { profile } = data;
  const roadmap = roadmapFacts(data.roadmap);
  const due = goalsDue(data.goals, today, toIso(addDays(toDate(today), GOALS_DUE_DAYS)));
  return (
    <PrintSection id="summary">
      <h3>Where I am</h3>
      {profile ? (
        <p>
          {CAREER_LEVEL_LABELS[profile.careerLevel]} {profile.occupationTitle.toLowerCase()} in {profile.areaName}
          {profile.currentSalary !== null ? `, earning ${formatMoney(profile.currentSalary, profile.currency)} a year` : ''}; planning{' '}
          {formatDecimal(profile.hoursPerWeek)} hours of study a week.
        </p>
      ) : (
        <Missing>No profile yet.</Missing>
      )}
      <h3>Where the plan goes</h3>
      {!roadmap ? (
        <Missing>No active roadmap yet: start one under Roadmap to see when you finish.</Missing>
      ) : roadmap.cycle ? (
        <p>
          Roadmap “{roadmap.name}” cannot be scheduled: its prerequisites go round in a circle ({roadmap.cycle.join(' → ')}).
        </p>
      ) : (
        <ul className="print-list">
          <li>
            Roadmap “{roadmap.name}”: {roadmap.items} skills, {formatDecimal(Math.round(roadmap.hoursLeft))} hours to go.
          </li>
          <li>
            Finish at the planned pace: {roadmap.noTimePlanned ? 'no time planned' : roadmap.finish ? formatDate(roadmap.finish) : 'nothing left to do'}.
          </li>
          <li>
            Finish at your actual pace:{' '}
            {roadmap.actualHoursPerWeek === null
              ? 'too little study logged in the last four weeks to say'
              : `${roadmap.actualFinish ? formatDate(roadmap.actualFinish) : 'not at this pace'} (${formatDecimal(roadmap.actualHoursPerWeek)} h a week)`}
            .
          </li>
        </ul>
      )}
      <h3>Goals due in the next {GOALS_DUE_DAYS} days</h3>
      {due.length === 0 ? (
        <Missing>None.</Missing>
      ) : (
        <ul className="print-list">
          {due.map((g) => (
            <li key={g.id}>
              {g.title}: due {formatDate(g.dueDate)}
            </li>
          ))}
        </ul>
      )}
    </PrintSection>
  );
}
