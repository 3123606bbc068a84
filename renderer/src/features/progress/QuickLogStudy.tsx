import { NotebookPen } from 'lucide-react';
import { lazy, Suspense, useEffect } from 'react';
import { useAppStore } from '../../store';
import { takesKeysItself } from './shortcut-target';
import './progress.css';

// The dialog and its accessible primitives load on first use: the shell shows on every start, the dialog only when asked.
const QuickLogDialog = lazy(() => import('./QuickLogDialog').then((m) => ({ default: m.QuickLogDialog })));

/** The shortcut: plain "L" outside form controls (Ctrl/Cmd+L belongs to the browser's address bar). */
export const LOG_STUDY_KEY = 'l';

/** "Log study" from anywhere: a button in the sidebar and the L key open the same dialog. */
export function QuickLogStudy() {
  const quickLog = useAppStore((s) => s.quickLog);
  const openQuickLog = useAppStore((s) => s.openQuickLog);
  const closeQuickLog = useAppStore((s) => s.closeQuickLog);
  const skills = useAppStore((s) => s.skills);
  const loadSkills = useAppStore((s) => s.loadSkills);
  const reportError = useAppStore((s) => s.reportError);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== LOG_STUDY_KEY || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (event.defaultPrevented || event.isComposing || takesKeysItself(event.target) || useAppStore.getState().quickLog.open) return;
      event.preventDefault();
      openQuickLog();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openQuickLog]);

  useEffect(() => {
    if (quickLog.open && !skills) loadSkills().catch(reportError);
  }, [quickLog.open, skills, loadSkills, reportError]);

  return (
    <>
      <button type="button" className="quick-log-button" onClick={() => openQuickLog()} aria-keyshortcuts="L" title="Log study (L)">
        <NotebookPen size={16} aria-hidden />
        <span>Log study</span>
        <kbd aria-hidden>L</kbd>
      </button>
      {quickLog.open ? (
        <Suspense fallback={null}>
          <QuickLogDialog skills={skills} skillId={quickLog.skillId} onClose={closeQuickLog} />
        </Suspense>
      ) : null}
    </>
  );
}
