import { GOAL_KIND_LABELS } from '@shared/domain/vocabulary';
import { trackLabel } from '../features/goals/goal-text';
import { formatDate } from '../format';
import type { PlanDocument } from '@shared/domain/plan-document';
import { Missing, PrintSection } from './PrintSection';

export function GoalsSection({ data }: { data: PlanDocument }) {
  const goals = [...data.goals].sort((a, b) => Number(a.completedAt !== null) - Number(b.completedAt !== null) || a.dueDate.localeCompare(b.dueDate));
  return (
    <PrintSection id="goals" empty={goals.length === 0}>
      {goals.length === 0 ? (
        <Missing>No goals yet: add them under Goals.</Missing>
      ) : (
        <table className="print-table">
          <thead>
            <tr>
              <th scope="col">Goal</th>
              <th scope="col">Kind</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {goals.map((g) => (
              <tr key={g.id}>
                <td>{g.title}</td>
                <td>{GOAL_KIND_LABELS[g.kind]}</td>
                <td>{formatDate(g.dueDate)}</td>
                <td>{trackLabel(g) ?? 'Open'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PrintSection>
  );
}
