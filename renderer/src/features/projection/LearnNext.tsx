import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { rankLearnNext, type LearnNextData, type LearnNextRow } from '@shared/domain/learn-next';
import { Loadable } from '../../components/Loadable';
import { formatMoney, formatPercent } from '../../format';
import { useAppStore } from '../../store';
import { useLoad } from '../../store/use-load';
import { earlierText, gainText, hoursText, studyText, waitingText } from './learn-next-text';
import './learn-next.css';

type Ready = Extract<LearnNextData, { ready: true }>;

function AddToRoadmap({ row, roadmapId }: { row: LearnNextRow; roadmapId: number }) {
  const addRoadmapItem = useAppStore((s) => s.addRoadmapItem);
  const [message, setMessage] = useState('');
  const c = row.candidate;
  async function add() {
    setMessage('Adding…');
    const outcome = await addRoadmapItem({ roadmapId, skillId: c.skillId, targetLevel: c.targetLevel, withPrerequisites: true });
    setMessage(outcome.ok ? `Added ${outcome.value.items.map((i) => i.skillName).join(', ')} to the roadmap.` : outcome.message);
  }
  return (
    <>
      <button type="button" aria-label={`Add to roadmap: ${c.skillName}`} onClick={add}>
        Add to roadmap
      </button>
      <span className="learn-next-status" role="status">
        {message}
      </span>
    </>
  );
}

function Ranking({ data }: { data: Ready }) {
  const result = useMemo(() => rankLearnNext(data), [data]);
  const { scenario } = data;
  const money = (n: number) => formatMoney(n, result.currency);
  const levelName = data.data.tracks.find((t) => t.id === scenario.trackId)?.levels.find((l) => l.id === scenario.levelId)?.name ?? scenario.levelId;
  return (
    <div className="learn-next stack">
      <p>
        Skills not yet at their target, ranked by projected earnings gained per hour of study. Each is measured as if learned first, at{' '}
        {hoursText(data.hoursPerWeek)} a week (from {data.hoursPerWeekFrom === 'roadmap' ? 'the active roadmap' : 'your profile'}), with the rest of
        your plan keeping its dates, against “follow my roadmap” from your profile: {levelName}, {scenario.horizonYears}-year horizon,
        market growth {formatPercent(scenario.growthRate)}, no years counted in your level yet. Baseline earnings over {scenario.horizonYears} years:{' '}
        {money(result.baselineEarnings)}.
      </p>
      {result.waiting ? <p className="learn-next-waiting">{waitingText(result.waiting, data.candidates)}</p> : null}
      {data.activeRoadmap ? null : (
        <p className="learn-next-no-roadmap">
          No active roadmap, so nothing can be added in one click: <Link href="/roadmap">start or choose one on the Roadmap screen</Link>.
        </p>
      )}
      {result.rows.length === 0 ? (
        <p>Every skill the next levels expect is at its level, and no skill of yours is below its target.</p>
      ) : (
        <ol className="learn-next-list" aria-label="Skills ranked by earnings gain per hour of study">
          {result.rows.map((row) => {
            const c = row.candidate;
            return (
              <li key={c.skillId} className="card learn-next-row">
                <h3>
                  {c.skillName}{' '}
                  <span className="muted">
                    level {c.level} → {c.targetLevel} ({c.targetFrom === 'ladder' ? 'a higher career level expects it' : 'your target'})
                  </span>
                </h3>
                <p className="learn-next-figure">
                  {row.perHour !== null && row.gain > 0 ? `${money(row.perHour)} per hour` : row.gain > 0 ? `${money(row.gain)} gain` : 'No gain'}
                </p>
                <p>{studyText(row, data.hoursPerWeek)}</p>
                {row.earlier.length > 0 ? <p>Brings {row.earlier.map((e) => earlierText(e, result.horizonYears)).join('; ')}.</p> : null}
                <p>{gainText(row, result.currency, result.horizonYears)}</p>
                <div className="learn-next-actions">
                  {c.onRoadmap ? (
                    <span>On your roadmap (to level {c.targetLevel} or above).</span>
                  ) : data.activeRoadmap ? (
                    <AddToRoadmap row={row} roadmapId={data.activeRoadmap.id} />
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

/** "What to learn next": the pure ranking on the core's data, its arithmetic shown, one click to the roadmap. */
export function LearnNext() {
  const data = useAppStore((s) => s.learnNext);
  const loadLearnNext = useAppStore((s) => s.loadLearnNext);
  const load = useLoad(loadLearnNext);
  return (
    <Loadable load={load} data={data} what="what to learn next">
      {(d) =>
        d.ready ? (
          <Ranking data={d} />
        ) : (
          <div className="empty-state">
            <p>{d.reason}</p>
            <p>
              <Link href="/profile">Edit your profile</Link>
            </p>
          </div>
        )
      }
    </Loadable>
  );
}
