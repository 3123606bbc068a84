import { useState } from 'react';
import { Link } from 'wouter';
import { SKILL_CATEGORIES, SKILL_CATEGORY_LABELS, SKILL_STATUSES, SKILL_STATUS_LABELS } from '../../../../shared/domain/skills';
import { CategoryRadarChart } from '../../charts/CategoryRadarChart';
import { Page } from '../../components/Page';
import { formatDecimal } from '../../format';
import { useAppStore } from '../../store';
import { useLoad } from '../../store/use-load';
import { hours } from '../../charts/chart-colors';
import { CustomSkillForm } from './CustomSkillForm';
import { DisabledLinksNotice } from './DisabledLinks';
import { NO_FILTERS, SORTS, filterSkills, type SkillFilters, type SortKey } from './skill-filters';
import './skills.css';

export function SkillsScreen() {
  const skills = useAppStore((s) => s.skills);
  const stats = useAppStore((s) => s.progressStats);
  const loadSkills = useAppStore((s) => s.loadSkills);
  const loadProgressStats = useAppStore((s) => s.loadProgressStats);
  const [filters, setFilters] = useState<SkillFilters>(NO_FILTERS);
  useLoad(loadSkills, loadProgressStats);

  const update = <K extends keyof SkillFilters>(key: K, value: SkillFilters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const shown = skills ? filterSkills(skills, filters) : [];

  return (
    <Page title="Skills" intro="What you know and what you are learning. Open a skill to set your level, log study and keep notes.">
      <div className="stack">
        <DisabledLinksNotice />
        <section className="card" aria-labelledby="radar-title">
          <h2 id="radar-title">Levels by category</h2>
          {stats && stats.categories.length > 0 ? (
            <CategoryRadarChart categories={stats.categories} />
          ) : (
            <p className="muted">Set a level, a target or a status on a skill below and your categories appear here.</p>
          )}
        </section>

        <section className="card" aria-labelledby="catalog-title">
          <h2 id="catalog-title">All skills</h2>
          <div className="skill-filters" role="search" aria-label="Filter skills">
            <label>
              Search
              <input type="search" value={filters.query} onChange={(e) => update('query', e.target.value)} placeholder="Name or description" />
            </label>
            <label>
              Category
              <select value={filters.category} onChange={(e) => update('category', e.target.value as SkillFilters['category'])}>
                <option value="all">All categories</option>
                {SKILL_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {SKILL_CATEGORY_LABELS[c]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Status
              <select value={filters.status} onChange={(e) => update('status', e.target.value as SkillFilters['status'])}>
                <option value="all">Any status</option>
                {SKILL_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {SKILL_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Sort by
              <select value={filters.sort} onChange={(e) => update('sort', e.target.value as SortKey)}>
                {Object.entries(SORTS).map(([key, label]) => (
                  <option key={key} value={key}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {!skills ? (
            <p className="muted">Loading skills…</p>
          ) : shown.length === 0 ? (
            <p className="muted">
              No skill matches these filters.{' '}
              <button type="button" onClick={() => setFilters(NO_FILTERS)}>
                Clear filters
              </button>
            </p>
          ) : (
            <table className="skills-table">
              <caption className="muted">
                {shown.length} of {skills.length} skills
              </caption>
              <thead>
                <tr>
                  <th scope="col">Skill</th>
                  <th scope="col">Category</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="numeric">
                    Level
                  </th>
                  <th scope="col" className="numeric">
                    Target
                  </th>
                  <th scope="col" className="numeric">
                    Hours logged
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      <Link href={`/skills/${s.id}`}>{s.name}</Link>
                      {s.custom ? <span className="badge">custom</span> : null}
                    </th>
                    <td>{SKILL_CATEGORY_LABELS[s.category]}</td>
                    <td>
                      <span className={`status status-${s.status}`}>{SKILL_STATUS_LABELS[s.status]}</span>
                    </td>
                    <td className="numeric">{s.level}</td>
                    <td className="numeric">{s.targetLevel}</td>
                    <td className="numeric">{formatDecimal(hours(s.minutesLogged))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <CustomSkillForm />
      </div>
    </Page>
  );
}
