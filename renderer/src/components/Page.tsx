import { useEffect, type ReactNode } from 'react';
import { PAGE_TITLE_ID, takePendingHeadingFocus } from './page-focus';

export function Page({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  useEffect(takePendingHeadingFocus, []);
  return (
    <section className="page" aria-labelledby={PAGE_TITLE_ID}>
      <header className="page-header">
        {/* tabIndex -1: focusable from script (after navigation, the skip link), not a tab stop. */}
        <h1 id={PAGE_TITLE_ID} tabIndex={-1}>
          {title}
        </h1>
        {intro ? <p className="muted">{intro}</p> : null}
      </header>
      {children}
    </section>
  );
}
