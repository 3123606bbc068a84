import { useEffect, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { Loadable } from '../../components/Loadable';
import { Page } from '../../components/Page';
import { useAppStore } from '../../store';
import { useLoad } from '../../store/use-load';
import { ArticleCitiesPanel } from './ArticleCitiesPanel';
import { ExplorerPanel } from './ExplorerPanel';
import { ImportButton, ImportPanel } from './ImportPanel';
import { StandingLine } from './StandingLine';
import { UserDatasets } from './UserDatasets';
import './salary.css';

export function SalaryScreen() {
  const profile = useAppStore((s) => s.profile);
  const profileLoaded = useAppStore((s) => s.profileLoaded);
  const loadProfile = useAppStore((s) => s.loadProfile);
  const loadOccupations = useAppStore((s) => s.loadOccupations);
  const loadDatasets = useAppStore((s) => s.loadDatasets);
  const ready = useAppStore((s) => s.profileLoaded && s.occupations !== null && s.datasets !== null);
  const watchImportProgress = useAppStore((s) => s.watchImportProgress);
  const seedExplorer = useAppStore((s) => s.seedExplorer);
  const exploreDataset = useAppStore((s) => s.exploreDataset);
  const load = useLoad(loadProfile, loadOccupations, loadDatasets);
  useEffect(() => watchImportProgress(), [watchImportProgress]);

  const [tab, setTab] = useState<Key>('explorer');

  // The first visit starts from the profile (its occupation, its area beside the nation); the
  // store keeps the user's choices for the rest of the session.
  useEffect(() => {
    if (profileLoaded) seedExplorer(profile);
  }, [profileLoaded, profile, seedExplorer]);

  const showDataset = (id: string) => {
    exploreDataset(id);
    setTab('explorer');
  };

  return (
    <Page title="Salary" intro="What people like you earn, where, and at what level — from BLS and from your own data.">
      <div className="salary-toolbar">
        <ImportButton />
        {!profile && profileLoaded ? <span className="muted">Fill in your profile to see your salary and area highlighted.</span> : null}
      </div>
      <StandingLine />
      <ImportPanel onShowDataset={showDataset} />
      <Loadable load={load} data={ready || null} what="the salary data">
        {() => (
          <Tabs selectedKey={tab} onSelectionChange={setTab} className="tabs">
            <TabList aria-label="Salary views" className="tab-list">
              <Tab id="explorer" className="tab">
                Explorer
              </Tab>
              <Tab id="cities" className="tab">
                Article’s cities
              </Tab>
              <Tab id="yours" className="tab">
                Your data
              </Tab>
            </TabList>
            <TabPanel id="explorer" className="tab-panel">
              <ExplorerPanel />
            </TabPanel>
            <TabPanel id="cities" className="tab-panel">
              <ArticleCitiesPanel />
            </TabPanel>
            <TabPanel id="yours" className="tab-panel">
              <UserDatasets onShow={showDataset} />
            </TabPanel>
          </Tabs>
        )}
      </Loadable>
    </Page>
  );
}
