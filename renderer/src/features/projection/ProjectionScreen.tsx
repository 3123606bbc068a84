import { useState } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { Loadable } from '../../components/Loadable';
import { Page } from '../../components/Page';
import { useAppStore } from '../../store';
import { useLoad } from '../../store/use-load';
import { LadderEditor } from './LadderEditor';
import { LearnNext } from './LearnNext';
import { ScenariosPanel } from './ScenariosPanel';
import './projection.css';

/** Projected earnings: scenarios compared, the career ladder they climb, and what to learn next. */
export function ProjectionScreen() {
  const scenarios = useAppStore((s) => s.scenarios);
  const ladder = useAppStore((s) => s.ladder);
  const occupations = useAppStore((s) => s.occupations);
  const datasets = useAppStore((s) => s.datasets);
  const load = useLoad(
    useAppStore((s) => s.loadScenarios),
    useAppStore((s) => s.loadLadder),
    useAppStore((s) => s.loadOccupations),
    useAppStore((s) => s.loadDatasets),
    useAppStore((s) => s.loadProfile),
  );
  const [tab, setTab] = useState<Key>('scenarios');
  const ready = scenarios && ladder && occupations && datasets ? { scenarios, ladder, occupations, datasets } : null;

  return (
    <Page
      title="Projection"
      intro="What your plan is worth: expected salary year by year under what-if scenarios, each number traced to its dataset row, ladder value or assumption."
    >
      <Tabs selectedKey={tab} onSelectionChange={setTab} className="tabs">
        <TabList aria-label="Projection views" className="tab-list">
          <Tab id="scenarios" className="tab">
            Scenarios
          </Tab>
          <Tab id="ladder" className="tab">
            Career ladder
          </Tab>
          <Tab id="learn" className="tab">
            What to learn next
          </Tab>
        </TabList>
        <TabPanel id="scenarios" className="tab-panel">
          <Loadable load={load} data={ready} what="your scenarios">
            {(data) => <ScenariosPanel {...data} />}
          </Loadable>
        </TabPanel>
        <TabPanel id="ladder" className="tab-panel">
          <LadderEditor />
        </TabPanel>
        <TabPanel id="learn" className="tab-panel">
          <LearnNext />
        </TabPanel>
      </Tabs>
    </Page>
  );
}
