import { useEffect } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ErrorBanner } from './components/ErrorBanner';
import { Sidebar } from './components/Sidebar';
import { UndoNotice } from './components/UndoNotice';
import { DashboardScreen } from './features/dashboard/DashboardScreen';
import { DataSourcesScreen } from './features/data-sources/DataSourcesScreen';
import { PlaceholderScreen } from './features/placeholder/PlaceholderScreen';
import { ProfileScreen } from './features/profile/ProfileScreen';
import { GoalsScreen } from './features/goals/GoalsScreen';
import { QuickLogStudy } from './features/progress/QuickLogStudy';
import { SkillPage } from './features/skills/SkillPage';
import { SkillsScreen } from './features/skills/SkillsScreen';
import { SalaryScreen } from './features/salary/SalaryScreen';
import { useAppStore } from './store';

const PLACEHOLDERS = [
  { path: '/roadmap', title: 'Roadmap', purpose: 'Plan what to learn next, in prerequisite order, at your pace.' },
  { path: '/projection', title: 'Projection', purpose: 'See projected earnings under what-if scenarios.' },
  { path: '/plan', title: 'Plan', purpose: 'Export your whole career plan as one PDF.' },
];

/** Core announces every committed write; the store reloads the views that depend on it. */
function useDataSync() {
  const startDataSync = useAppStore((s) => s.startDataSync);
  useEffect(() => startDataSync(), [startDataSync]);
}

export function App() {
  useDataSync();
  return (
    <Router hook={useHashLocation}>
      <div className="shell">
        <Sidebar>
          <QuickLogStudy />
        </Sidebar>
        <main className="content">
          <ErrorBanner />
          <Switch>
            <Route path="/" component={DashboardScreen} />
            <Route path="/profile" component={ProfileScreen} />
            <Route path="/skills" component={SkillsScreen} />
            <Route path="/skills/:id" component={SkillPage} />
            <Route path="/goals" component={GoalsScreen} />
            <Route path="/data-sources" component={DataSourcesScreen} />
            <Route path="/salary" component={SalaryScreen} />
            {PLACEHOLDERS.map((p) => (
              <Route key={p.path} path={p.path}>
                <PlaceholderScreen title={p.title} purpose={p.purpose} />
              </Route>
            ))}
            <Route>
              <PlaceholderScreen title="Not found" purpose="There is no screen at this address." />
            </Route>
          </Switch>
          <UndoNotice />
        </main>
      </div>
    </Router>
  );
}
