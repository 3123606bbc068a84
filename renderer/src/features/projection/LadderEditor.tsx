import type { LadderLevel, LadderTrack } from '@shared/domain/career-ladder';
import { ordinal } from '@shared/domain/career-ladder';
import type { SkillSummary } from '@shared/domain/skills';
import { Loadable } from '../../components/Loadable';
import { useAppStore } from '../../store';
import { useLoad } from '../../store/use-load';
import { LadderAddSkill } from './ladder-add-skill';
import { LadderNumberValue, LadderSkillValue } from './ladder-value-field';
import './ladder-editor.css';

const years = (n: number) => `${n} year${n === 1 ? '' : 's'}`;

function LevelCard({ track, level, next, skills }: { track: LadderTrack; level: LadderLevel; next: LadderLevel | undefined; skills: readonly SkillSummary[] }) {
  const setLadderValue = useAppStore((s) => s.setLadderValue);
  const resetLadderValue = useAppStore((s) => s.resetLadderValue);
  const at = { trackId: track.id, levelId: level.levelId };
  const headingId = `ladder-${track.id}-${level.levelId}`;
  const typical = level.typicalYears;
  const band = level.bandPercentile;
  return (
    <section className="card ladder-level" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {level.name}
        {level.extrapolated ? <span className="badge badge-extrapolated">Extrapolated</span> : null}
      </h3>
      <p className="muted">{level.description}</p>
      {next && typical.value !== null ? (
        <LadderNumberValue
          label={`${level.name}: typical years before ${next.name}`}
          value={typical.value}
          defaultShown={typical.default === null ? null : years(typical.default)}
          why={typical.why}
          edited={typical.source === 'edited'}
          step="0.5"
          save={(value) => setLadderValue({ ...at, field: 'typicalYears', value })}
          reset={() => resetLadderValue({ ...at, field: 'typicalYears' })}
        />
      ) : (
        <p className="ladder-top">Top of the track: no next level to wait for.</p>
      )}
      <LadderNumberValue
        label={`${level.name}: band position (percentile)`}
        value={band.value}
        defaultShown={band.default === null ? null : `${ordinal(band.default)} percentile`}
        why={band.why}
        edited={band.source === 'edited'}
        step="1"
        save={(value) => setLadderValue({ ...at, field: 'bandPercentile', value })}
        reset={() => resetLadderValue({ ...at, field: 'bandPercentile' })}
      >
        {level.extrapolated ? (
          <p className="ladder-flag">
            The {ordinal(band.value)} percentile lies outside the 10th–90th that BLS publishes: its pay is extrapolated from the nearest two published
            percentiles, an estimate rather than data.
          </p>
        ) : null}
      </LadderNumberValue>
      <h4>Skills {level.name} expects</h4>
      {level.skills.length === 0 ? <p className="muted">None.</p> : null}
      <div className="ladder-skills">
        {level.skills.map((s) => (
          <LadderSkillValue
            key={s.skillId}
            label={`${level.name}: minimum level of ${s.skillName}`}
            value={s.minLevel.value}
            defaultValue={s.minLevel.default}
            why={s.minLevel.why}
            edited={s.minLevel.source === 'edited'}
            save={(value) => setLadderValue({ ...at, field: 'skill', skillId: s.skillId, value })}
            reset={() => resetLadderValue({ ...at, field: 'skill', skillId: s.skillId })}
          />
        ))}
      </div>
      <LadderAddSkill level={level} skills={skills} />
    </section>
  );
}

/**
 * The career ladder, every value editable: per level its typical years before the next, its
 * position in the pay band and the skills it expects, each with the bundled default and why it
 * was chosen, and "Reset to default" once edited. Edits reload through data-sync.
 */
export function LadderEditor() {
  const ladder = useAppStore((s) => s.ladder);
  const skills = useAppStore((s) => s.skills);
  const loadLadder = useAppStore((s) => s.loadLadder);
  const loadSkills = useAppStore((s) => s.loadSkills);
  const load = useLoad(loadLadder, loadSkills);
  return (
    <Loadable load={load} data={ladder} what="the career ladder">
      {(data) => (
        <div className="ladder-editor stack">
          <p className="muted">
            Your edits are kept apart from the defaults: a newer version of the app updates the defaults, never your edits. Band positions outside the
            published 10th–90th percentiles are extrapolated and marked so.
          </p>
          {data.tracks.map((track) => (
            <section key={track.id} className="stack" aria-labelledby={`ladder-track-${track.id}`}>
              <h2 id={`ladder-track-${track.id}`}>
                {track.name} <span className="muted">(BLS {track.occupationCode})</span>
              </h2>
              <p className="muted">{track.description}</p>
              {track.levels.map((level, i) => (
                <LevelCard key={level.levelId} track={track} level={level} next={track.levels[i + 1]} skills={skills ?? []} />
              ))}
            </section>
          ))}
        </div>
      )}
    </Loadable>
  );
}
