import type { Goal } from '../../../../shared/domain/goals';
import { GOAL_KIND_LABELS } from '../../../../shared/domain/goals';
import { formatDecimal } from '../../format';
import { useAppStore } from '../../store';
import './goals.css';

/** The id of the goal list's heading: focus goes there when the focused goal is deleted, not to <body>. */
export const GOAL_LIST_TITLE_ID = 'goal-list-title';
const focusListHeading = () => document.getElementById(GOAL_LIST_TITLE_ID)?.focus();

const TRACK_LABELS: Record<Goal['track'], string> = { done: 'Done', 'on-track': 'On track', behind: 'Behind' };

export function TrackBadge({ goal }: { goal: Goal }) {
  return <span className={`badge track-${goal.track}`}>{goal.completedAt ? `Done ${goal.completedAt}` : TRACK_LABELS[goal.track]}</span>;
}

/** Measurable goals complete themselves; the rest wait for the user's "Mark done". */
const userJudged = (g: Goal) => g.kind === 'custom' || (g.kind === 'certification' && g.skillId === null);

export function GoalList({ goals, compact = false }: { goals: readonly Goal[]; compact?: boolean }) {
  const markGoalDone = useAppStore((s) => s.markGoalDone);
  const deleteGoal = useAppStore((s) => s.deleteGoal);
  const reportError = useAppStore((s) => s.reportError);
  return (
    <ul className="goal-list">
      {goals.map((g) => (
        <li key={g.id} className="goal" aria-label={g.title}>
          <div className="goal-head">
            <strong>{g.title}</strong>
            <TrackBadge goal={g} />
          </div>
          <div className="muted goal-meta">
            {GOAL_KIND_LABELS[g.kind]}
            {g.skillName ? ` · ${g.skillName}${g.targetLevel !== null ? ` to level ${g.targetLevel}` : ''}` : ''} · due {g.dueDate}
            {g.remainingHours !== null && !g.completedAt ? ` · about ${formatDecimal(g.remainingHours)} h to go (estimate)` : ''}
          </div>
          {!compact && g.note ? <p className="goal-note">{g.note}</p> : null}
          {!compact ? (
            <div className="goal-actions">
              {!g.completedAt && userJudged(g) ? (
                <button type="button" onClick={() => markGoalDone(g.id).catch(reportError)}>
                  Mark done
                </button>
              ) : null}
              <button type="button" onClick={() => deleteGoal(g.id).then(focusListHeading, reportError)} aria-label={`Delete goal ${g.title}`}>
                Delete
              </button>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
