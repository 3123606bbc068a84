import { X } from 'lucide-react';
import { useCallback, useId } from 'react';
import { GROUP_KEYS, type GroupKey } from '@shared/domain/salary-explorer';
import { AreaCombobox } from '../../components/AreaCombobox';
import { Loadable } from '../../components/Loadable';
import { formatMoney } from '../../format';
import { useAppStore } from '../../store';
import { bandsKey } from '../../store/salary-slice';
import { useLoad } from '../../store/use-load';
import { BandChart, type ChartRow } from './BandChart';
import { BandTable } from './BandTable';
import { LevelView } from './LevelView';
import { UNPUBLISHED, sourcesOf } from './band-format';
import { GROUP_LABELS, sourceFromKey, sourceKey } from './explorer-source';

/** The currency the shown figures are in, and why the user's salary is or is not drawn. */
function CurrencyNote({ currency, sourceName }: { currency: string; sourceName: string }) {
  const profile = useAppStore((s) => s.profile);
  if (profile?.currentSalary == null || profile.currency === currency) return null;
  return (
    <p className="notice">
      Your salary ({formatMoney(profile.currentSalary, profile.currency)}) is in {profile.currency}; {sourceName} is in {currency}. Trajectory
      does not convert currencies, so your salary is not drawn or compared here.
    </p>
  );
}

export function ExplorerPanel() {
  const { source, areas, groupBy } = useAppStore((s) => s.explorer);
  const setSource = useAppStore((s) => s.setExplorerSource);
  const setAreas = useAppStore((s) => s.setExplorerAreas);
  const setGroupBy = useAppStore((s) => s.setExplorerGroupBy);
  const absentGroups = useAppStore((s) => s.absentGroups);
  const occupations = useAppStore((s) => s.occupations);
  const datasets = useAppStore((s) => s.datasets);
  const profile = useAppStore((s) => s.profile);
  const ladder = useAppStore((s) => s.ladder);
  const loadLadder = useAppStore((s) => s.loadLadder);
  const bands = useAppStore((s) => s.bands);
  const bandsFor = useAppStore((s) => s.bandsFor);
  const groups = useAppStore((s) => s.percentileGroups);
  const loadBands = useAppStore((s) => s.loadBands);
  const loadPercentiles = useAppStore((s) => s.loadPercentiles);
  const sourceId = useId();
  const userDatasets = (datasets ?? []).filter((d) => d.standing === 'user');
  const absent = source.kind === 'dataset' ? (absentGroups[source.id] ?? []) : [];

  const areaCodes = areas.map((a) => a.code).join(',');
  const groupKey = groupBy.join(',');
  const load = useLoad(
    useCallback(
      () =>
        source.kind === 'occupation'
          ? loadBands(source.code, areaCodes ? areaCodes.split(',') : [])
          : loadPercentiles(source.id, groupKey ? (groupKey.split(',') as GroupKey[]) : []),
      [source, areaCodes, groupKey, loadBands, loadPercentiles],
    ),
    loadLadder,
  );

  // Null while the figures for this choice have never arrived: loading, not empty.
  const loaded = source.kind === 'occupation' ? bands : groups?.datasetId === source.id ? groups.groups : null;
  const shown = loaded ?? [];
  // Areas BLS has no row for in this occupation: named, never silently left out. Judged only on
  // the answer to the current query, not on bands still shown from the previous one.
  const answered = source.kind === 'occupation' && bandsFor === bandsKey(source.code, areas.map((a) => a.code));
  const unpublished = answered ? areas.filter((a) => !shown.some((b) => b.areaCode === a.code)).map((a) => a.name) : [];
  const title =
    source.kind === 'occupation'
      ? (occupations?.find((o) => o.code === source.code)?.title ?? source.code)
      : (userDatasets.find((d) => d.id === source.id)?.name ?? 'Imported dataset');
  const highlight = source.kind === 'occupation' ? (profile?.areaCode ?? null) : null;
  const currency = shown[0]?.currency ?? 'USD';
  const sourceName = source.kind === 'occupation' ? 'BLS pay data' : `“${title}”`;
  const userSalary = profile?.currentSalary != null ? { amount: profile.currentSalary, currency: profile.currency } : null;
  const rows: ChartRow[] = [
    ...shown.map((b) => ({ label: b.label, band: b, mine: highlight !== null && b.areaCode === highlight })),
    ...unpublished.map((name) => ({ label: `${name} — not published`, band: null })),
  ];

  // The career-level mapping places levels on a BLS band; an imported dataset has its own levels.
  const levelBand = source.kind === 'occupation' ? (shown.find((b) => b.areaCode === highlight) ?? shown.find((b) => b.p50 !== null)) : undefined;
  const isMine = source.kind === 'occupation' && profile !== null && profile.occupationCode === source.code && levelBand?.areaCode === profile.areaCode;
  // The track priced from the chosen occupation (the manager track for 11-3021), else the developer track.
  const levelTrack = ladder ? (ladder.tracks.find((tr) => source.kind === 'occupation' && tr.occupationCode === source.code) ?? ladder.tracks[0]) : undefined;

  return (
    <div className="stack">
      <div className="card explorer-controls">
        <div className="field">
          <label htmlFor={sourceId}>Occupation or your dataset</label>
          <select
            id={sourceId}
            value={sourceKey(source)}
            onChange={(e) => {
              const next = sourceFromKey(e.target.value);
              if (next) setSource(next);
            }}
          >
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
                if (area && !areas.some((a) => a.code === area.code)) setAreas([...areas, { code: area.code, name: area.name }]);
              }}
            />
            <ul className="chips" aria-label="Areas compared">
              {areas.map((a) => (
                <li key={a.code} className="chip">
                  {a.name}
                  <button type="button" className="icon" aria-label={`Remove ${a.name}`} onClick={() => setAreas(areas.filter((x) => x.code !== a.code))}>
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
                  disabled={absent.includes(key)}
                  onChange={(e) => setGroupBy(e.target.checked ? [...groupBy, key] : groupBy.filter((k) => k !== key))}
                />
                {GROUP_LABELS[key]}
                {absent.includes(key) ? <span className="muted"> (not in this file)</span> : null}
              </label>
            ))}
          </fieldset>
        )}
      </div>

      {source.kind === 'occupation' && areas.length === 0 ? (
        <div className="card empty-state">
          <p>Add an area above to see its pay band.</p>
        </div>
      ) : (
        <Loadable load={load} data={loaded} what={source.kind === 'occupation' ? 'pay bands' : 'the dataset’s percentiles'}>
          {() =>
            rows.length === 0 ? (
              <div className="card empty-state">
                <p>{source.kind === 'occupation' ? 'No figures for these areas.' : 'This dataset has no records to group.'}</p>
              </div>
            ) : (
              <>
                <section className="card" aria-labelledby="explorer-chart-title">
                  <h2 id="explorer-chart-title">{title}</h2>
                  {source.kind === 'dataset' ? (
                    <p className="muted">
                      Percentiles of total pay in {currency} (linear interpolation between order statistics); groups under 5 records show
                      “too few records”.
                      {groups?.truncated ? ' Only the 200 largest groups are shown.' : ''}
                    </p>
                  ) : (
                    <p className="muted">Annual wages in {currency}, highest median first. Hover a bar for its source.</p>
                  )}
                  <CurrencyNote currency={currency} sourceName={sourceName} />
                  {unpublished.length ? (
                    <p className="notice">
                      {unpublished.join('; ')}: {UNPUBLISHED}.
                    </p>
                  ) : null}
                  <BandChart rows={rows} label={title} currency={currency} userSalary={userSalary} />
                </section>
                {levelBand && levelTrack ? <LevelView band={levelBand} track={levelTrack} myLevel={isMine ? (profile?.careerLevel ?? null) : null} /> : null}
                <BandTable bands={shown} unpublished={unpublished} caption={`${title}: pay percentiles`} exportName={`${title} pay bands`} />
                {shown.length ? (
                  <footer className="sources muted">
                    Sources: {sourcesOf(shown).join('; ')}. Each figure names its dataset, year, area and percentile on hover.
                  </footer>
                ) : null}
              </>
            )
          }
        </Loadable>
      )}
    </div>
  );
}
