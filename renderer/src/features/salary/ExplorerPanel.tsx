import { X } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { GROUP_KEYS, type GroupKey } from '../../../../shared/domain/salary-explorer';
import type { Area } from '../../../../shared/domain/salary';
import { AreaCombobox } from '../../components/AreaCombobox';
import { useAppStore } from '../../store';
import { BandChart } from './BandChart';
import { BandTable } from './BandTable';
import { LevelView } from './LevelView';
import { sourcesOf } from './band-format';
import { GROUP_LABELS, sourceFromKey, sourceKey, type ExplorerSource } from './explorer-source';

type AreaRef = Pick<Area, 'code' | 'name'>;

interface ExplorerPanelProps {
  source: ExplorerSource;
  onSourceChange(source: ExplorerSource): void;
  areas: AreaRef[];
  onAreasChange(areas: AreaRef[]): void;
}

export function ExplorerPanel({ source, onSourceChange, areas, onAreasChange }: ExplorerPanelProps) {
  const occupations = useAppStore((s) => s.occupations);
  const datasets = useAppStore((s) => s.datasets);
  const profile = useAppStore((s) => s.profile);
  const bands = useAppStore((s) => s.bands);
  const groups = useAppStore((s) => s.percentileGroups);
  const loadBands = useAppStore((s) => s.loadBands);
  const loadPercentiles = useAppStore((s) => s.loadPercentiles);
  const reportError = useAppStore((s) => s.reportError);
  const [groupBy, setGroupBy] = useState<GroupKey[]>(['level']);
  const sourceId = useId();
  const userDatasets = (datasets ?? []).filter((d) => d.standing === 'user');

  const areaCodes = areas.map((a) => a.code).join(',');
  const groupKey = groupBy.join(',');
  useEffect(() => {
    const run =
      source.kind === 'occupation'
        ? loadBands(source.code, areaCodes ? areaCodes.split(',') : [])
        : loadPercentiles(source.id, groupKey ? (groupKey.split(',') as GroupKey[]) : []);
    run.catch(reportError);
  }, [source, areaCodes, groupKey, loadBands, loadPercentiles, reportError]);

  const shown = source.kind === 'occupation' ? (bands ?? []) : groups?.datasetId === source.id ? groups.groups : [];
  const title =
    source.kind === 'occupation'
      ? (occupations?.find((o) => o.code === source.code)?.title ?? source.code)
      : (userDatasets.find((d) => d.id === source.id)?.name ?? 'Imported dataset');
  const highlight = source.kind === 'occupation' ? (profile?.areaCode ?? null) : null;
  const sameCurrency = profile?.currentSalary != null && shown.every((b) => b.currency === profile.currency);
  const userSalary = profile?.currentSalary != null && sameCurrency ? { amount: profile.currentSalary, currency: profile.currency } : null;
  const levelBand = shown.find((b) => b.areaCode === highlight) ?? shown.find((b) => b.p50 !== null);

  return (
    <div className="stack">
      <div className="card explorer-controls">
        <div className="field">
          <label htmlFor={sourceId}>Occupation or your dataset</label>
          <select id={sourceId} value={sourceKey(source)} onChange={(e) => {
            const next = sourceFromKey(e.target.value);
            if (next) onSourceChange(next);
          }}>
            <optgroup label="BLS occupations (May 2025)">
              {(occupations ?? []).map((o) => (
                <option key={o.code} value={`occ:${o.code}`}>
                  {o.title}
                </option>
              ))}
            </optgroup>
            {userDatasets.length ? (
              <optgroup label="Your imported datasets">
                {userDatasets.map((d) => (
                  <option key={d.id} value={`ds:${d.id}`}>
                    {d.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </div>
        {source.kind === 'occupation' ? (
          <div className="area-picker">
            <AreaCombobox
              label="Add an area"
              value={null}
              clearOnChoose
              onChange={(area) => {
                if (area && !areas.some((a) => a.code === area.code)) onAreasChange([...areas, { code: area.code, name: area.name }]);
              }}
            />
            <ul className="chips" aria-label="Areas compared">
              {areas.map((a) => (
                <li key={a.code} className="chip">
                  {a.name}
                  <button type="button" className="icon" aria-label={`Remove ${a.name}`} onClick={() => onAreasChange(areas.filter((x) => x.code !== a.code))}>
                    <X size={14} aria-hidden />
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <fieldset className="group-by">
            <legend>Group records by</legend>
            {GROUP_KEYS.map((key) => (
              <label key={key} className="check">
                <input
                  type="checkbox"
                  checked={groupBy.includes(key)}
                  onChange={(e) => setGroupBy(e.target.checked ? [...groupBy, key] : groupBy.filter((k) => k !== key))}
                />
                {GROUP_LABELS[key]}
              </label>
            ))}
          </fieldset>
        )}
      </div>

      {shown.length === 0 ? (
        <div className="card empty-state">
          <p>{source.kind === 'occupation' ? 'Add an area above to see its pay band.' : 'Loading the dataset’s percentiles…'}</p>
        </div>
      ) : (
        <>
          <section className="card" aria-labelledby="explorer-chart-title">
            <h2 id="explorer-chart-title">{title}</h2>
            {source.kind === 'dataset' ? (
              <p className="muted">
                Percentiles of total pay (linear interpolation between order statistics); groups under 5 records show “too few records”.
                {groups?.truncated ? ' Only the 200 largest groups are shown.' : ''}
              </p>
            ) : (
              <p className="muted">Annual wages, highest median first. Hover a bar for its source.</p>
            )}
            <BandChart bands={shown} label={title} highlight={highlight} userSalary={userSalary} />
          </section>
          {levelBand ? <LevelView band={levelBand} myLevel={profile?.careerLevel ?? null} /> : null}
          <BandTable bands={shown} caption={`${title}: pay percentiles`} exportName={`${title} pay bands`} />
          <footer className="sources muted">
            Sources: {sourcesOf(shown).join('; ')}. Each figure names its dataset, year, area and percentile on hover.
          </footer>
        </>
      )}
    </div>
  );
}
