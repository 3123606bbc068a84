import { levelPositions, ordinal, type LadderTrack } from '@shared/domain/career-ladder';
import { PERCENTILE_LABELS, levelsFromBand, type LevelEstimate, type SalaryBand } from '@shared/domain/salary-explorer';
import { formatMoney } from '../../format';
import { sourceOf } from './band-format';

function placedAt(level: LevelEstimate): string {
  if (level.publishedKey) return PERCENTILE_LABELS[level.publishedKey];
  return `${ordinal(level.percentile)} percentile (${level.extrapolated ? 'extrapolated beyond' : 'between'} the published ones)`;
}

function payOf(band: SalaryBand, level: LevelEstimate): string {
  if (level.value !== null) return formatMoney(level.value, band.currency);
  return band.tooFew ? 'too few records' : 'not published';
}

/** Career levels placed on one band by the career ladder's positions: a mapping, not data. */
export function LevelView({ band, track, myLevel }: { band: SalaryBand; track: LadderTrack; myLevel: string | null }) {
  const levels = levelsFromBand(band, levelPositions(track));
  const summary = levels.map((l) => `${l.name.toLowerCase()} ≈ ${l.publishedKey ? PERCENTILE_LABELS[l.publishedKey].toLowerCase() : `${ordinal(l.percentile)}`}`).join(', ');
  return (
    <section className="card level-view" aria-labelledby="level-view-title">
      <h2 id="level-view-title">By career level — {band.label}</h2>
      <p className="notice">
        A mapping, not data: the career ladder ({track.name}) places each level at a percentile of the band ({summary}). No source
        publishes pay by these levels{levels.some((l) => l.extrapolated) ? '; a level beyond the 90th percentile is extrapolated' : ''}.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Placed at</th>
            <th scope="col" className="numeric">Pay</th>
          </tr>
        </thead>
        <tbody>
          {levels.map((level) => (
            <tr key={level.levelId} className={level.levelId === myLevel ? 'mine' : undefined}>
              <td>
                {level.name}
                {level.levelId === myLevel ? ' (you)' : ''}
              </td>
              <td>{placedAt(level)}</td>
              <td
                className="numeric"
                title={`Source: ${sourceOf(band, level.publishedKey ?? undefined)}${level.publishedKey ? '' : `, ${placedAt(level)}`}`}
              >
                {payOf(band, level)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
