import { useState } from 'react';
import { CategoryLevelsChart } from '../../charts/CategoryLevelsChart';
import { Loadable } from '../../components/Loadable';
import { Page } from '../../components/Page';
import { useAppStore } from '../../store';
import { useLoad } from '../../store/use-load';
import { CustomSkillForm } from './CustomSkillForm';
import { DisabledLinksNotice } from './DisabledLinks';
import { SkillFiltersBar } from './SkillFiltersBar';
import { SkillGroups } from './SkillGroups';
import './skills.css';

export function SkillsScreen() {
  const skills = useAppStore((s) => s.skills);
  const stats = useAppStore((s) => s.progressStats);
  const loadSkills = useAppStore((s) => s.loadSkills);
  const loadProgressStats = useAppStore((s) => s.loadProgressStats);
  const load = useLoad(loadSkills, loadProgressStats);
  const [adding, setAdding] = useState(false);

  return (
    <Page title="Skills" intro="What you know and what you are learning. Open a skill to set your level, log study and keep notes.">
      <div className="stack">
        <DisabledLinksNotice />
        <div className="page-actions">
          <button type="button" className="primary" aria-expanded={adding} aria-controls="custom-skill" onClick={() => setAdding((open) => !open)}>
            Add your own skill
          </button>
        </div>
        {adding ? <CustomSkillForm id="custom-skill" onCancel={() => setAdding(false)} /> : null}

        <section className="card" aria-labelledby="radar-title">
          <h2 id="radar-title">Levels by category</h2>
          <Loadable load={load} data={stats} what="your levels">
            {(stats) =>
              stats.categories.length > 0 ? (
                <CategoryLevelsChart categories={stats.categories} />
              ) : (
                <p className="muted">Set a level, a target or a status on a skill below and your categories appear here.</p>
              )
            }
          </Loadable>
        </section>

        <section className="card" aria-labelledby="catalog-title">
          <h2 id="catalog-title">All skills</h2>
          <SkillFiltersBar />
          <Loadable load={load} data={skills} what="skills">
            {(skills) => <SkillGroups skills={skills} />}
          </Loadable>
        </section>
      </div>
    </Page>
  );
}
