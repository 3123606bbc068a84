import { useEffect, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import type { Area } from '../../../../shared/domain/salary';
import { Loadable } from '../../components/Loadable';
import { Page } from '../../components/Page';
import { useAppStore } from '../../store';
import { useLoad } from '../../store/use-load';
import { ArticleCitiesPanel } from './ArticleCitiesPanel';
import { ExplorerPanel } from './ExplorerPanel';
import { ImportButton, ImportPanel } from './ImportPanel';
import { UserDatasets } from './UserDatasets';
import { NATIONAL, type ExplorerSource } from './explorer-source';
import './salary.css';

type AreaRef = Pick<Area, 'code' | 'name'>;

export function SalaryScreen() {
  const profile = useAppStore((s) => s.profile);
  const profileLoaded = useAppStore((s) => s.profileLoaded);
  const loadProfile = useAppStore((s) => s.loadProfile);
  const loadOccupations = useAppStore((s) => s.loadOccupations);
  const loadDatasets = useAppStore((s) => s.loadDatasets);
  const ready = useAppStore((s) => s.profileLoaded && s.occupations !== null && s.datasets !== null);
  const watchImportProgress = useAppStore((s) => s.watchImportProgress);
  const load = useLoad(loadProfile, loadOccupations, loadDatasets);
  useEffect(() => watchImportProgress(), [watchImportProgress]);

  const [tab, setTab] = useState<Key>('explorer');
  const [source, setSource] = useState<ExplorerSource>({ kind: 'occupation', code: '15-1252' });
  const [areas, setAreas] = useState<AreaRef[]>([NATIONAL]);

  // Start from the profile once it has loaded: its occupation, and its area beside the nation.
  const [seeded, setSeeded] = useState(false);
  if (profileLoaded && !seeded) {
    setSeeded(true);
    if (profile) {
      setSource({ kind: 'occupation', code: profile.occupationCode });
      if (profile.areaCode !== NATIONAL.code) setAreas([NATIONAL, { code: profile.areaCode, name: profile.areaName }]);
    }
  }

  const showDataset = (id: string) => {
    setSource({ kind: 'dataset', id });
    setTab('explorer');
  };

  return (
    <Page title="Salary" intro="What people like you earn, where, and at what level — from BLS and from your own data.">
      <div className="salary-toolbar">
        <ImportButton />
        {!profile && profileLoaded ? <span className="muted">Fill in your profile to see your salary and area highlighted.</span> : null}
      </div>
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
              <ExplorerPanel source={source} onSourceChange={setSource} areas={areas} onAreasChange={setAreas} />
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
