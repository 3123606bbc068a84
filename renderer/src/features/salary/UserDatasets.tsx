import { useState } from 'react';
import type { DatasetSummary } from '@shared/domain/salary';
import { formatInteger } from '../../format';
import { useAppStore } from '../../store';

function UserDatasetRow({ dataset, onShow }: { dataset: DatasetSummary; onShow(): void }) {
  const renameDataset = useAppStore((s) => s.renameDataset);
  const deleteDataset = useAppStore((s) => s.deleteDataset);
  const reportError = useAppStore((s) => s.reportError);
  const [name, setName] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  return (
    <li className="user-dataset">
      {name === null ? (
        <span className="user-dataset-name">{dataset.name}</span>
      ) : (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            renameDataset(dataset.id, name).then(() => setName(null), reportError);
          }}
        >
          <input aria-label={`New name for ${dataset.name}`} value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required />
          <button type="submit">Save name</button>
          <button type="button" onClick={() => setName(null)}>
            Keep
          </button>
        </form>
      )}
      <span className="muted numeric">{formatInteger(dataset.rowCount)} rows</span>
      <span className="muted">{dataset.source}</span>
      <span className="user-dataset-actions">
        <button type="button" onClick={onShow}>
          Explore
        </button>
        <button type="button" onClick={() => setName(dataset.name)} disabled={name !== null}>
          Rename
        </button>
        {confirming ? (
          <>
            <button type="button" className="danger" onClick={() => deleteDataset(dataset.id).catch(reportError)}>
              Delete {formatInteger(dataset.rowCount)} rows
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Delete…
          </button>
        )}
      </span>
    </li>
  );
}

/** The user's imports, each renamable and deletable (deleting removes only its rows). */
export function UserDatasets({ onShow }: { onShow(id: string): void }) {
  const datasets = useAppStore((s) => s.datasets);
  const mine = (datasets ?? []).filter((d) => d.standing === 'user');
  if (mine.length === 0) {
    return (
      <div className="card empty-state">
        <p>
          You have not imported any salary data yet. Choose “Import CSV…” to bring in offers, a survey extract or your own pay
          history: one row per observation with at least a base or total pay column.
        </p>
      </div>
    );
  }
  return (
    <section className="card" aria-labelledby="user-datasets-title">
      <h2 id="user-datasets-title">Your imported datasets</h2>
      <ul className="user-datasets">
        {mine.map((d) => (
          <UserDatasetRow key={d.id} dataset={d} onShow={() => onShow(d.id)} />
        ))}
      </ul>
    </section>
  );
}
