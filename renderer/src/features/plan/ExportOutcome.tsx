import type { PlanExportResult } from '@shared/domain/plan-export';

interface ExportOutcomeProps {
  outcome: PlanExportResult | null;
  error: string | null;
  onOpen(token: string): void;
}

/** What the last export did, said in a live region so a screen reader hears it too. */
export function ExportOutcome({ outcome, error, onOpen }: ExportOutcomeProps) {
  return (
    <div className="plan-outcome" role="status" aria-live="polite">
      {error ? (
        <p className="field-error">{error}</p>
      ) : outcome?.outcome === 'saved' ? (
        <p>
          Saved {outcome.fileName} ({outcome.pages} {outcome.pages === 1 ? 'page' : 'pages'}).{' '}
          <button type="button" onClick={() => onOpen(outcome.openToken)}>
            Open PDF
          </button>
        </p>
      ) : outcome?.outcome === 'download' ? (
        <p>
          Downloaded {outcome.fileName} ({outcome.pages} {outcome.pages === 1 ? 'page' : 'pages'}).
        </p>
      ) : outcome?.outcome === 'cancelled' ? (
        <p>Export cancelled: nothing was saved.</p>
      ) : null}
    </div>
  );
}
