import { NotebookPen } from 'lucide-react';
import { useEffect } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useAppStore } from '../../store';
import { LogStudyForm } from './LogStudyForm';
import { takesKeysItself } from './shortcut-target';
import './progress.css';

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
      <ModalOverlay className="modal-overlay" isOpen={quickLog.open} onOpenChange={(open) => (open ? openQuickLog() : closeQuickLog())} isDismissable>
        <Modal className="modal">
          <Dialog className="dialog" aria-labelledby="log-study-title">
            <Heading slot="title" id="log-study-title">
              Log study
            </Heading>
            {skills ? (
              <LogStudyForm skills={skills} initialSkillId={quickLog.skillId} onDone={closeQuickLog} onCancel={closeQuickLog} />
            ) : (
              <p className="muted">Loading skills…</p>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </>
  );
}
