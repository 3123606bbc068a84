import type { ReactNode } from 'react';
import { SECTION_TITLES, type PlanSection } from '@shared/domain/plan-export';

/**
 * One section of the document; every section after the cover starts on a new page, except an
 * empty one (it only says what is missing), so an empty plan stays a short document.
 */
export function PrintSection({ id, empty = false, children }: { id: PlanSection; empty?: boolean; children: ReactNode }) {
  return (
    <section className={`print-section print-${id}${empty ? ' print-empty' : ''}`} aria-labelledby={`print-${id}-title`}>
      {id === 'cover' ? null : <h2 id={`print-${id}-title`}>{SECTION_TITLES[id]}</h2>}
      {children}
    </section>
  );
}

/** Says plainly what a section would show and why it has nothing yet: an empty plan is not an error. */
export function Missing({ children }: { children: ReactNode }) {
  return <p className="print-missing">{children}</p>;
}
