import { Suspense } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { ErrorBanner } from './components/ErrorBanner';
import { useFocusHeadingOnNavigate } from './components/page-focus';
import { Sidebar } from './components/Sidebar';
import { SkipLink } from './components/SkipLink';
import { UndoNotice } from './components/UndoNotice';
import { PlaceholderScreen } from './features/placeholder/PlaceholderScreen';
import { QuickLogStudy } from './features/progress/QuickLogStudy';
import { SCREENS } from './routes';
import { useWarmFormattersWhenIdle } from './warm-formatters';

const ROUTES = SCREENS.flatMap((screen) => [{ path: screen.path, component: screen.component }, ...(screen.subpages ?? [])]);

/** While a screen's chunk loads (first visit only): a status in the screen's place, the frame unchanged. */
function ScreenLoading() {
  return (
    <section className="page">
      <p className="muted loading" role="status">
        Loading…
      </p>
    </section>
  );
}

/** The app's frame: sidebar, the screen for the address, and what floats over every screen. */
export function Shell() {
  const [location] = useLocation();
  useFocusHeadingOnNavigate(location);
  useWarmFormattersWhenIdle();
  return (
    <>
      <SkipLink />
      <div className="shell">
        <Sidebar items={SCREENS}>
          <QuickLogStudy />
        </Sidebar>
        <main className="content">
          <ErrorBanner />
          <Suspense fallback={<ScreenLoading />}>
            <Switch>
              {ROUTES.map((route) => (
                <Route key={route.path} path={route.path} component={route.component} />
              ))}
              <Route>
                <PlaceholderScreen title="Not found" purpose="There is no screen at this address." />
              </Route>
            </Switch>
          </Suspense>
          <UndoNotice />
        </main>
      </div>
    </>
  );
}
