import { useMemo } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import type { RoadmapView } from '@shared/domain/roadmap';
import type { SkillSummary } from '@shared/domain/skills';
import { AddItemForm } from './AddItemForm';
import { CycleAlert } from './CycleAlert';
import { PlanControls } from './PlanControls';
import { ReadyNow } from './ReadyNow';
import { RoadmapGraph } from './RoadmapGraph';
import { RoadmapItems } from './RoadmapItems';
import { RoadmapTimeline } from './RoadmapTimeline';
import { ScheduleSummary } from './ScheduleSummary';
import { LiveScheduleContext, useLiveSchedule } from './use-live-schedule';
import { WeeksOff } from './WeeksOff';

/** One roadmap: plan, summary, timeline and graph, and its items; all on the live schedule. */
export function RoadmapBody({ loaded, skills }: { loaded: RoadmapView; skills: readonly SkillSummary[] }) {
  const live = useLiveSchedule(loaded);
  const { view, schedule } = live;
  const scheduled = useMemo(() => new Map(schedule.ok ? schedule.items.map((s) => [s.itemId, s]) : []), [schedule]);
  const onRoadmap = useMemo(() => new Set(view.items.map((i) => i.skillId)), [view.items]);
  const planned = view.items.filter((i) => i.status === 'planned').length;
  const noTimePlanned = schedule.ok && schedule.noTimePlanned;

  return (
    <LiveScheduleContext.Provider value={live}>
      <section className="card roadmap-plan-card" aria-labelledby="roadmap-plan-title">
        <h2 id="roadmap-plan-title">Plan</h2>
        <div className="roadmap-plan-grid">
          <PlanControls key={loaded.roadmap.id} loaded={loaded} />
          <WeeksOff loaded={loaded} />
        </div>
      </section>
      {schedule.ok ? (
        <section className="card" aria-labelledby="roadmap-summary-title">
          <h2 id="roadmap-summary-title">Schedule</h2>
          {schedule.noTimePlanned ? (
            <p className="roadmap-no-time" role="status">
              No time planned: with 0 hours a week nothing can be scheduled. Set hours per week above to see dates.
            </p>
          ) : null}
          <ScheduleSummary schedule={schedule} itemCount={view.items.length} plannedCount={planned} />
        </section>
      ) : (
        <CycleAlert cycle={schedule.cycle} input={view.scheduleInput} />
      )}
      <div className="roadmap-layout">
        {schedule.ok && view.items.length > 0 ? (
          <section className="card roadmap-charts" aria-label="Timeline and graph">
            <Tabs className="tabs">
              <TabList aria-label="Roadmap views" className="tab-list">
                <Tab id="timeline">Timeline</Tab>
                <Tab id="graph">Graph</Tab>
              </TabList>
              <TabPanel id="timeline">
                <RoadmapTimeline view={view} schedule={schedule} />
              </TabPanel>
              <TabPanel id="graph">
                <RoadmapGraph view={view} schedule={schedule} />
              </TabPanel>
            </Tabs>
          </section>
        ) : null}
        <section className="card roadmap-list" aria-labelledby="roadmap-items-title">
          <ReadyNow items={view.items} scheduled={scheduled} />
          <h3 id="roadmap-items-title">Items in your order</h3>
          <RoadmapItems roadmapId={view.roadmap.id} items={view.items} scheduled={scheduled} noTimePlanned={noTimePlanned} />
          <h3>Add a skill</h3>
          <AddItemForm roadmapId={view.roadmap.id} skills={skills} onRoadmap={onRoadmap} />
        </section>
      </div>
    </LiveScheduleContext.Provider>
  );
}
