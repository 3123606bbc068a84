import { ChevronRight } from 'lucide-react';
import { Link } from 'wouter';
import { SKILL_CATEGORY_LABELS, SKILL_STATUS_LABELS, type SkillSummary } from '@shared/domain/skills';
import { formatHours, formatInteger } from '../../format';
import { useAppStore } from '../../store';
import { isStarted } from './skill-filters';
import { filtersNarrow, groupSkills, type SkillGroup } from './skill-groups';

/** A cell with nothing to say for a skill not started: a dash to the eye, "none" to a screen reader. */
function Nothing() {
  return (
    <>
      <span aria-hidden className="muted">
        –
      </span>
      <span className="visually-hidden">none</span>
    </>
  );
}

function SkillRow({ skill: s }: { skill: SkillSummary }) {
  const started = isStarted(s);
  return (
    <tr data-started={started || undefined}>
      <th scope="row">
        <Link href={`/skills/${s.id}`}>{s.name}</Link>
        {s.custom ? <span className="badge">custom</span> : null}
      </th>
      <td>{started ? <span className={`status status-${s.status}`}>{SKILL_STATUS_LABELS[s.status]}</span> : <span className="muted">Not started</span>}</td>
      <td className="numeric">{started ? s.level : <Nothing />}</td>
      <td className="numeric">{started ? s.targetLevel : <Nothing />}</td>
      <td className="numeric">{s.minutesLogged > 0 ? formatHours(s.minutesLogged) : <Nothing />}</td>
    </tr>
  );
}

function GroupProgress({ group: g }: { group: SkillGroup }) {
  const label = SKILL_CATEGORY_LABELS[g.category];
  return (
    <p className="skill-group-progress muted">
      <span>
        {g.tracked} of {g.total} tracked{g.done > 0 ? `, ${g.done} done` : ''}
      </span>
      {g.targetLevels > 0 ? (
        <span className="level-progress">
          <progress value={g.levels} max={g.targetLevels} aria-label={`${label}: levels reached of levels aimed at`} />
          levels {formatInteger(g.levels)} of {formatInteger(g.targetLevels)}
        </span>
      ) : null}
      <span>{g.minutes > 0 ? `${formatHours(g.minutes)} logged` : 'no study logged'}</span>
    </p>
  );
}

function CategoryGroup({ group, open, onToggle }: { group: SkillGroup; open: boolean; onToggle: (() => void) | null }) {
  const label = SKILL_CATEGORY_LABELS[group.category];
  const id = `skill-group-${group.category}`;
  return (
    <section className="skill-group" aria-labelledby={`${id}-title`}>
      <div className="skill-group-head">
        <h3 id={`${id}-title`}>
          {onToggle ? (
            <button type="button" className="disclosure" aria-expanded={open} aria-controls={id} onClick={onToggle}>
              <ChevronRight size={16} aria-hidden className="disclosure-icon" />
              {label}
            </button>
          ) : (
            label
          )}
        </h3>
        <GroupProgress group={group} />
      </div>
      {open ? (
        <table className="skills-table" id={id}>
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
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
            {group.shown.map((s) => (
              <SkillRow key={s.id} skill={s} />
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/**
 * The catalog by category, each with its progress. Categories with something started are open;
 * the others show their progress line until opened. With a filter set, every match is shown.
 */
export function SkillGroups({ skills }: { skills: readonly SkillSummary[] }) {
  const filters = useAppStore((s) => s.skillFilters);
  const openCategories = useAppStore((s) => s.openCategories);
  const setCategoriesOpen = useAppStore((s) => s.setCategoriesOpen);
  const clearSkillFilters = useAppStore((s) => s.clearSkillFilters);
  const groups = groupSkills(skills, filters);
  const narrowed = filtersNarrow(filters);

  if (groups.length === 0) {
    return (
      <p className="muted">
        No skill matches these filters.{' '}
        <button type="button" onClick={clearSkillFilters}>
          Clear filters
        </button>
      </p>
    );
  }
  const isOpen = (g: SkillGroup) => narrowed || (openCategories[g.category] ?? g.tracked > 0);
  const allOpen = groups.every(isOpen);
  const shown = groups.reduce((sum, g) => sum + g.shown.length, 0);
  const tracked = groups.reduce((sum, g) => sum + g.tracked, 0);
  const minutes = groups.reduce((sum, g) => sum + g.minutes, 0);
  return (
    <div className="skill-groups">
      <div className="skill-groups-summary">
        <p className="muted" role="status">
          {narrowed
            ? `${shown} of ${skills.length} skills match`
            : `${skills.length} skills in ${groups.length} categories · ${tracked} tracked · ${minutes > 0 ? `${formatHours(minutes)} logged` : 'no study logged yet'}`}
        </p>
        {narrowed ? (
          <button type="button" onClick={clearSkillFilters}>
            Clear filters
          </button>
        ) : (
          <button type="button" onClick={() => setCategoriesOpen(groups.map((g) => g.category), !allOpen)}>
            {allOpen ? 'Close all categories' : 'Open all categories'}
          </button>
        )}
      </div>
      {groups.map((g) => (
        <CategoryGroup key={g.category} group={g} open={isOpen(g)} onToggle={narrowed ? null : () => setCategoriesOpen([g.category], !isOpen(g))} />
      ))}
    </div>
  );
}
