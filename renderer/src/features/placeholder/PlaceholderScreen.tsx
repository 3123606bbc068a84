import { Page } from '../../components/Page';

/** A screen whose feature has not landed yet: says what it will hold instead of showing nothing. */
export function PlaceholderScreen({ title, purpose }: { title: string; purpose: string }) {
  return (
    <Page title={title}>
      <div className="card empty-state">
        <p>{purpose}</p>
        <p className="muted">This screen is not built yet.</p>
      </div>
    </Page>
  );
}
