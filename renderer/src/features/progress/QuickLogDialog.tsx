import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { SkillSummary } from '@shared/domain/skills';
import { LogStudyForm } from './LogStudyForm';

/** The "Log study" dialog, shown while the quick log is open (QuickLogStudy mounts it then). */
export function QuickLogDialog({ skills, skillId, onClose }: { skills: readonly SkillSummary[] | null; skillId: string | null; onClose: () => void }) {
  const onOpenChange = (open: boolean) => {
    if (!open) onClose();
  };
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={onOpenChange} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog" aria-labelledby="log-study-title">
          <Heading slot="title" id="log-study-title">
            Log study
          </Heading>
          {skills ? (
            <LogStudyForm skills={skills} initialSkillId={skillId} onDone={onClose} onCancel={onClose} />
          ) : (
            <p className="muted">Loading skills…</p>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
