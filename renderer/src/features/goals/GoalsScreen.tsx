import { Loadable } from '../../components/Loadable';
import { Page } from '../../components/Page';
import { useAppStore } from '../../store';
import { useLoad } from '../../store/use-load';
import { GoalForm } from './GoalForm';
import { GOAL_LIST_TITLE_ID, GoalList } from './GoalList';

export function GoalsScreen() {
  const goals = useAppStore((s) => s.goals);
  const skills = useAppStore((s) => s.skills);
  const loadGoals = useAppStore((s) => s.loadGoals);
  const loadSkills = useAppStore((s) => s.loadSkills);
  const load = useLoad(loadGoals, loadSkills);

  return (
    <Page
      title="Goals"
      intro="Dated targets. Skill, salary and career-level goals complete themselves when your data reaches them. A skill goal (or a certification tied to a skill) is on track or behind by its estimated hours left against your weekly learning hours; other goals show no track, only Overdue once their due date passes."
    >
      <div className="goals-layout">
        <section className="card" aria-labelledby={GOAL_LIST_TITLE_ID}>
          <h2 id={GOAL_LIST_TITLE_ID} tabIndex={-1}>
            Your goals
          </h2>
          <Loadable load={load} data={goals} what="goals">
            {(goals) =>
              goals.length === 0 ? (
                <p className="muted">No goals yet. Add your first one with the form: a skill level by a date is a good start.</p>
              ) : (
                <GoalList goals={goals} />
              )
            }
          </Loadable>
        </section>
        <section className="card" aria-labelledby="goal-form-title">
          <h2 id="goal-form-title">New goal</h2>
          <Loadable load={load} data={skills} what="skills">
            {(skills) => <GoalForm skills={skills} />}
          </Loadable>
        </section>
      </div>
    </Page>
  );
}
