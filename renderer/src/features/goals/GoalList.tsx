import { useState } from 'react';
import type { Goal } from '@shared/domain/goals';
import { useAppStore } from '../../store';
import { GoalForm } from './GoalForm';
import { goalSummary, trackLabel, userJudged } from './goal-text';
import './goals.css';

/** The id of the goal list's heading: focus goes there when the focused goal is deleted, not to <body>. */
export const GOAL_LIST_TITLE_ID = 'goal-list-title';
const focusListHeading = () => document.getElementById(GOAL_LIST_TITLE_ID)?.focus();

export function TrackBadge({ goal }: { goal: Goal }) {
  const label = trackLabel(goal);
  return label ? <span className={`badge track-${goal.track ?? 'none'}`}>{label}</span> : null;
}

function GoalActions({ goal, onEdit }: { goal: Goal; onEdit(): void }) {
  const markGoalDone = useAppStore((s) => s.markGoalDone);
  const deleteGoal = useAppStore((s) => s.deleteGoal);
  const reportError = useAppStore((s) => s.reportError);
  return (
    <div className="goal-actions">
      {!goal.completedAt && userJudged(goal) ? (
        <button type="button" onClick={() => markGoalDone(goal.id).catch(reportError)}>
          Mark done
        </button>
      ) : null}
      <button type="button" onClick={onEdit} aria-label={`Edit goal ${goal.title}`}>
        Edit
      </button>
      <button type="button" onClick={() => deleteGoal(goal.id).then(focusListHeading, reportError)} aria-label={`Delete goal ${goal.title}`}>
        Delete
      </button>
    </div>
  );
}

export function GoalList({ goals, compact = false }: { goals: readonly Goal[]; compact?: boolean }) {
  const skills = useAppStore((s) => s.skills);
  const [editing, setEditing] = useState<number | null>(null);
  return (
    <ul className="goal-list">
      {goals.map((g) => (
        <li key={g.id} className="goal" aria-label={g.title}>
          {editing === g.id && skills ? (
            <GoalForm skills={skills} goal={g} onDone={() => setEditing(null)} />
          ) : (
            <>
              <div className="goal-head">
                <strong>{g.title}</strong>
                <TrackBadge goal={g} />
              </div>
              <div className="muted goal-meta">{goalSummary(g)}</div>
              {!compact && g.note ? <p className="goal-note">{g.note}</p> : null}
              {!compact ? <GoalActions goal={g} onEdit={() => setEditing(g.id)} /> : null}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
