import { useEffect } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { getApi } from './api';
import { ErrorBanner } from './components/ErrorBanner';
import { useFocusHeadingOnNavigate } from './components/page-focus';
import { Sidebar } from './components/Sidebar';
import { SkipLink } from './components/SkipLink';
import { PlaceholderScreen } from './features/placeholder/PlaceholderScreen';
import { QuickLogStudy } from './features/progress/QuickLogStudy';
import { SCREENS } from './routes';
import { useAppStore } from './store';

function useDatasetEvents() {
  const loadDatasets = useAppStore((s) => s.loadDatasets);
  const reportError = useAppStore((s) => s.reportError);
  useEffect(() => getApi().on.datasetsChanged(() => void loadDatasets().catch(reportError)), [loadDatasets, reportError]);
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
        </main>
      </div>
    </>
  );
}

export function App() {
  useDatasetEvents();
  return (
    <Router hook={useHashLocation}>
      <Shell />
    </Router>
  );
}
