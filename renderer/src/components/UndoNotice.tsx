import { X } from 'lucide-react';
import { useAppStore } from '../store';

/**
 * "Goal “X” deleted. Undo": stays until used, dismissed or replaced (no timer, so nobody has to
 * race it). The live region is always rendered so screen readers announce each new offer.
 */
export function UndoNotice() {
  const offer = useAppStore((s) => s.undoOffer);
  const runUndo = useAppStore((s) => s.runUndo);
  const dismiss = useAppStore((s) => s.dismissUndo);
  const reportError = useAppStore((s) => s.reportError);
  return (
    <div className="undo-notice-region" role="status" aria-live="polite">
      {offer ? (
        <div className="undo-notice">
          <span>{offer.message}</span>
          <button type="button" onClick={() => runUndo().catch(reportError)}>
            Undo
          </button>
          <button type="button" className="icon" onClick={dismiss} aria-label="Dismiss">
            <X size={16} aria-hidden />
          </button>
        </div>
      ) : null}
    </div>
  );
}
