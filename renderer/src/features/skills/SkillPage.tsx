import { useCallback, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { toIso } from '@shared/domain/dates';
import type { SkillDetail } from '@shared/domain/skill-detail';
import { SKILL_CATEGORY_LABELS, type LinkedSkill } from '@shared/domain/skills';
import { LevelOverTimeChart } from '../../charts/LevelOverTimeChart';
import { Loadable } from '../../components/Loadable';
import { Page } from '../../components/Page';
import { formatDate, formatHours } from '../../format';
import { useAppStore } from '../../store';
import { useLoad } from '../../store/use-load';
import { DisabledLinkList } from './DisabledLinks';
import { ProgressControls } from './ProgressControls';
import { SkillHistory } from './SkillHistory';
import { SkillLinkForm } from './SkillLinkForm';
import { SkillNotes } from './SkillNotes';
import { SkillResources } from './SkillResources';
import './skills.css';

function Linked({ title, skills, showMet }: { title: string; skills: readonly LinkedSkill[]; showMet?: boolean }) {
  const removeEdge = useAppStore((s) => s.removeEdge);
  const reportError = useAppStore((s) => s.reportError);
  if (skills.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="linked-list" aria-label={title}>
        {skills.map((s) => (
          <li key={`${s.kind}-${s.id}`}>
            <Link href={`/skills/${s.id}`}>{s.name}</Link>
            {showMet ? <span className="met">{s.met ? '✓ met' : 'not met yet'}</span> : <span className="met">{s.kind}</span>}
            {s.custom ? (
              <button type="button" className="remove-link" onClick={() => removeEdge(s.edge).catch(reportError)} aria-label={`Remove your link to ${s.name}`}>
                Remove
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function EstimateEditor({ skill }: { skill: SkillDetail }) {
  const setEstimate = useAppStore((s) => s.setEstimate);
  const [value, setValue] = useState(String(skill.estimatedHours));
  const [message, setMessage] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await setEstimate({ id: skill.id, estimatedHours: value.trim() === '' ? null : Number(value) });
    setMessage(outcome.ok ? 'Estimate saved.' : (outcome.fieldErrors.estimatedHours ?? outcome.message));
  }
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label="Estimate">
      <label>
        Estimated hours to proficient (an editable estimate)
        <input type="number" className="numeric" value={value} onChange={(e) => setValue(e.target.value)} />
      </label>
      <button type="submit">Save estimate</button>
      <span className="muted">
        {skill.custom ? 'Your estimate.' : skill.estimateEdited ? 'Your estimate. Leave empty to go back to the catalog’s.' : 'The catalog’s estimate.'}
      </span>
      <span role="status">{message}</span>
    </form>
  );
}

/** Custom skills only: deleted at once (Undo is offered), then back to the skills list. */
function DeleteSkill({ skill }: { skill: SkillDetail }) {
  const deleteCustomSkill = useAppStore((s) => s.deleteCustomSkill);
  const reportError = useAppStore((s) => s.reportError);
  const [, navigate] = useLocation();
  async function remove() {
    await deleteCustomSkill(skill.id);
    navigate('/skills');
  }
  return (
    <p>
      <button type="button" className="danger" onClick={() => remove().catch(reportError)}>
        Delete skill
      </button>{' '}
      <span className="muted">Its study entries stay in your log and its goals say it was deleted; you can undo.</span>
    </p>
  );
}

/** A deleted custom skill: what it was and its history, read-only, with a way back. */
function DeletedSkillPage({ skill, deletedAt }: { skill: SkillDetail; deletedAt: string }) {
  const restoreCustomSkill = useAppStore((s) => s.restoreCustomSkill);
  const reportError = useAppStore((s) => s.reportError);
  return (
    <Page title={skill.name} intro={`${SKILL_CATEGORY_LABELS[skill.category]} · your own skill, deleted`}>
      <div className="skill-layout">
        <section className="card wide notice-card" aria-labelledby="deleted-title">
          <h2 id="deleted-title">You deleted this skill on {formatDate(toIso(new Date(deletedAt)))}</h2>
          <p>It no longer appears in lists, pickers or links. Its study entries stay in your log and below.</p>
          <button type="button" onClick={() => restoreCustomSkill(skill.id).catch(reportError)}>
            Restore skill
          </button>
        </section>
        <section className="card wide" aria-labelledby="about-title">
          <h2 id="about-title">About</h2>
          <p>{skill.description || <span className="muted">No description.</span>}</p>
          <p>{formatHours(skill.minutesLogged)} logged.</p>
        </section>
        <section className="card wide" aria-labelledby="history-title">
          <h2 id="history-title">History</h2>
          <SkillHistory events={skill.history} readOnly />
        </section>
      </div>
    </Page>
  );
}

export function SkillPage({ params }: { params: { id: string } }) {
  const id = params.id;
  const skill = useAppStore((s) => (s.skillDetail?.id === id ? s.skillDetail : null));
  const loadSkill = useAppStore((s) => s.loadSkill);
  const load = useLoad(useCallback(() => loadSkill(id), [loadSkill, id]));
  if (skill?.deletedAt) return <DeletedSkillPage skill={skill} deletedAt={skill.deletedAt} />;
  return (
    <Page title={skill?.name ?? 'Skill'} intro={skill ? `${SKILL_CATEGORY_LABELS[skill.category]}${skill.custom ? ' · your own skill' : ''}` : undefined}>
      <Loadable load={load} data={skill} what="this skill">
        {(skill) => <SkillDetailView skill={skill} />}
      </Loadable>
    </Page>
  );
}

function SkillDetailView({ skill }: { skill: SkillDetail }) {
  const openQuickLog = useAppStore((s) => s.openQuickLog);
  return (
    <div className="skill-layout">
      <section className="card wide" aria-labelledby="about-title">
        <h2 id="about-title">About</h2>
        <p>{skill.description || <span className="muted">No description.</span>}</p>
        <EstimateEditor key={`${skill.id}-${skill.estimatedHours}`} skill={skill} />
        <p>
          {formatHours(skill.minutesLogged)} logged.{' '}
          <button type="button" className="primary" onClick={() => openQuickLog(skill.id)}>
            Log study
          </button>
        </p>
        {skill.custom ? <DeleteSkill skill={skill} /> : null}
      </section>
      <ProgressControls skill={skill} />
      <section className="card" aria-labelledby="links-title">
        <h2 id="links-title">Prerequisites and related skills</h2>
        {skill.prerequisites.length + skill.unlocks.length + skill.related.length === 0 ? <p className="muted">No linked skills.</p> : null}
        <Linked title="Prerequisites" skills={skill.prerequisites} showMet />
        <Linked title="Leads to" skills={skill.unlocks} />
        <Linked title="Related" skills={skill.related} />
        {skill.disabledLinks.length > 0 ? (
          <div className="notice-card disabled-links-box">
            <h3>Your links that were turned off</h3>
            <DisabledLinkList edges={skill.disabledLinks} />
          </div>
        ) : null}
        <h3>Link another skill</h3>
        <SkillLinkForm skillId={skill.id} />
      </section>
      <SkillResources skillId={skill.id} resources={skill.resources} />
      <SkillNotes key={skill.id} skillId={skill.id} note={skill.note} />
      <section className="card wide" aria-labelledby="level-title">
        <h2 id="level-title">Level over time</h2>
        {skill.levelHistory.length > 0 ? (
          <LevelOverTimeChart points={skill.levelHistory} skillName={skill.name} />
        ) : (
          <p className="muted">Change your level above and its history is drawn here.</p>
        )}
      </section>
      <section className="card wide" aria-labelledby="history-title">
        <h2 id="history-title">History</h2>
        <SkillHistory events={skill.history} />
      </section>
    </div>
  );
}
