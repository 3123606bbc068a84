import { SKILL_CATEGORIES, SKILL_CATEGORY_LABELS, SKILL_STATUSES, SKILL_STATUS_LABELS } from '@shared/domain/skills';
import { useAppStore } from '../../store';
import { SORTS, type SkillFilters, type SortKey } from './skill-filters';

/** Search, category, status and order of the Skills overview; the store keeps them for the session. */
export function SkillFiltersBar() {
  const filters = useAppStore((s) => s.skillFilters);
  const setSkillFilters = useAppStore((s) => s.setSkillFilters);
  return (
    <div className="skill-filters" role="search" aria-label="Filter skills">
      <label>
        Search
        <input type="search" value={filters.query} onChange={(e) => setSkillFilters({ query: e.target.value })} placeholder="Name or description" />
      </label>
      <label>
        Category
        <select value={filters.category} onChange={(e) => setSkillFilters({ category: e.target.value as SkillFilters['category'] })}>
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
        <select value={filters.status} onChange={(e) => setSkillFilters({ status: e.target.value as SkillFilters['status'] })}>
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
        <select value={filters.sort} onChange={(e) => setSkillFilters({ sort: e.target.value as SortKey })}>
          {Object.entries(SORTS).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
