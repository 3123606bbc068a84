import type { ReactNode } from 'react';

export function Page({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{title}</h1>
        {intro ? <p className="muted">{intro}</p> : null}
      </header>
      {children}
    </section>
  );
}
