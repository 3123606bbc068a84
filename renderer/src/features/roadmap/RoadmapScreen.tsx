import { useCallback, useState } from 'react';
import type { RoadmapSummary } from '@shared/domain/roadmap';
import { Loadable } from '../../components/Loadable';
import { Page } from '../../components/Page';
import { useAppStore } from '../../store';
import { useLoad } from '../../store/use-load';
import { RoadmapBody } from './RoadmapBody';
import { RoadmapHeader } from './RoadmapHeader';
import { RoadmapStart } from './RoadmapStart';
import './roadmap.css';

/** The roadmap on screen: the one chosen while it exists, else the active one, else the first open one. */
function shownRoadmap(roadmaps: readonly RoadmapSummary[], chosen: number | null): RoadmapSummary | null {
  return (
    roadmaps.find((r) => r.id === chosen) ??
    roadmaps.find((r) => r.active) ??
    roadmaps.find((r) => r.archivedAt === null) ??
    roadmaps[0] ??
    null
  );
}

export function RoadmapScreen() {
  const roadmaps = useAppStore((s) => s.roadmaps);
  const paths = useAppStore((s) => s.roadmapPaths);
  const load = useLoad(
    useAppStore((s) => s.loadRoadmaps),
    useAppStore((s) => s.loadRoadmapPaths),
    useAppStore((s) => s.loadSkills),
    useAppStore((s) => s.loadProfile),
  );
  const [chosen, setChosen] = useState<number | null>(null);
  const [starting, setStarting] = useState(false);
  const created = (id: number) => {
    setChosen(id);
    setStarting(false);
  };

  return (
    <Page
      title="Roadmap"
      intro="What to learn next, in prerequisite order, scheduled on the hours you have. Dates move as soon as you change the plan."
    >
      <Loadable load={load} data={roadmaps && paths ? { roadmaps, paths } : null} what="roadmaps">
        {({ roadmaps, paths }) => {
          const shown = shownRoadmap(roadmaps, chosen);
          if (!shown) {
            return (
              <>
                <p className="muted roadmap-empty">No roadmap yet. Start from one of the bundled paths, or start empty and add skills yourself.</p>
                <RoadmapStart paths={paths} onCreated={created} />
              </>
            );
          }
          return (
            <>
              <RoadmapHeader roadmaps={roadmaps} shown={shown} onChoose={setChosen} onNew={() => setStarting((s) => !s)} />
              {starting ? <RoadmapStart paths={paths} onCreated={created} /> : null}
              <ShownRoadmap id={shown.id} />
            </>
          );
        }}
      </Loadable>
    </Page>
  );
}

function ShownRoadmap({ id }: { id: number }) {
  const roadmap = useAppStore((s) => s.roadmap);
  const skills = useAppStore((s) => s.skills);
  const loadRoadmap = useAppStore((s) => s.loadRoadmap);
  const load = useLoad(useCallback(() => loadRoadmap(id), [loadRoadmap, id]));
  const view = roadmap?.roadmap.id === id ? roadmap : null;
  return (
    <Loadable load={load} data={view && skills ? { view, skills } : null} what="the roadmap">
      {({ view, skills }) => <RoadmapBody key={view.roadmap.id} loaded={view} skills={skills} />}
    </Loadable>
  );
}
