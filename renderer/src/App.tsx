import { useEffect } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ErrorBanner } from './components/ErrorBanner';
import { useFocusHeadingOnNavigate } from './components/page-focus';
import { Sidebar } from './components/Sidebar';
import { SkipLink } from './components/SkipLink';
import { UndoNotice } from './components/UndoNotice';
import { PlaceholderScreen } from './features/placeholder/PlaceholderScreen';
import { QuickLogStudy } from './features/progress/QuickLogStudy';
import type { PrintReady } from './print/print-ready';
import { PrintRoute } from './print/PrintRoute';
import { SCREENS } from './routes';
import { useAppStore } from './store';

/** Core announces every committed write; the store reloads the views that depend on it. */
function useDataSync() {
  const startDataSync = useAppStore((s) => s.startDataSync);
  useEffect(() => startDataSync(), [startDataSync]);
}

const ROUTES = SCREENS.flatMap((screen) => [{ path: screen.path, component: screen.component }, ...(screen.subpages ?? [])]);

function Shell() {
  const [location] = useLocation();
  useFocusHeadingOnNavigate(location);
  return (
    <>
      <SkipLink />
      <div className="shell">
        <Sidebar items={SCREENS}>
          <QuickLogStudy />
        </Sidebar>
        <main className="content">
          <ErrorBanner />
          <Switch>
            {ROUTES.map((route) => (
              <Route key={route.path} path={route.path} component={route.component} />
            ))}
            <Route>
              <PlaceholderScreen title="Not found" purpose="There is no screen at this address." />
            </Route>
          </Switch>
          <UndoNotice />
        </main>
      </div>
    </>
  );
}

/** The print route is the document alone (hash `#/print?…`, query included), never inside the shell. */
function ShellOrPrint({ printReady }: { printReady: PrintReady | null }) {
  const [location] = useLocation();
  return location.split('?')[0] === '/print' ? <PrintRoute printReady={printReady} /> : <Shell />;
}

export function App({ printReady = null }: { printReady?: PrintReady | null }) {
  useDataSync();
  return (
    <Router hook={useHashLocation}>
      <ShellOrPrint printReady={printReady} />
    </Router>
  );
}
