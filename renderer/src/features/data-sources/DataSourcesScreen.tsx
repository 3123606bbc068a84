import type { DatasetStanding, DatasetSummary } from '@shared/domain/salary';
import { Loadable } from '../../components/Loadable';
import { Markdown } from '../../components/Markdown';
import { Page } from '../../components/Page';
import { formatInteger } from '../../format';
import { useAppStore } from '../../store';
import { useLoad } from '../../store/use-load';

const STANDING_LABELS: Record<DatasetStanding, string> = {
  official: 'Official statistics',
  'unsourced-claim': 'Unsourced claim — not data',
  user: 'Your import',
};

function DatasetCard({ dataset }: { dataset: DatasetSummary }) {
  return (
    <article className="card dataset" aria-labelledby={`dataset-${dataset.id}`}>
      <header className="dataset-header">
        <h2 id={`dataset-${dataset.id}`}>{dataset.name}</h2>
        <span className={`badge badge-${dataset.standing}`}>{STANDING_LABELS[dataset.standing]}</span>
      </header>
      <dl className="facts">
        <dt>Publisher</dt>
        <dd>{dataset.publisher}</dd>
        <dt>License</dt>
        <dd>{dataset.license}</dd>
        <dt>Year</dt>
        <dd>{dataset.year ?? 'Not stated'}</dd>
        <dt>Rows</dt>
        <dd className="numeric" data-testid="row-count">
          {formatInteger(dataset.rowCount)}
        </dd>
        <dt>Occupations</dt>
        <dd className="numeric" data-testid="occupation-count">
          {formatInteger(dataset.occupationCount)}
        </dd>
        <dt>Areas</dt>
        <dd className="numeric">{formatInteger(dataset.areaCount)}</dd>
        <dt>Cite as</dt>
        <dd>{dataset.source}</dd>
      </dl>
      <details>
        <summary>Provenance</summary>
        <Markdown text={dataset.provenance} className="provenance" />
      </details>
    </article>
  );
}

export function DataSourcesScreen() {
  const datasets = useAppStore((s) => s.datasets);
  const loadDatasets = useAppStore((s) => s.loadDatasets);
  const load = useLoad(loadDatasets);

  return (
    <Page title="Data sources" intro="Every figure Trajectory shows comes from one of these datasets.">
      <Loadable load={load} data={datasets} what="datasets">
        {(datasets) =>
          datasets.length === 0 ? (
            <p className="muted">No datasets are loaded.</p>
          ) : (
            <div className="stack">
              {datasets.map((d) => (
                <DatasetCard key={d.id} dataset={d} />
              ))}
            </div>
          )
        }
      </Loadable>
    </Page>
  );
}
