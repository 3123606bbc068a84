import { CAREER_LEVEL_LABELS, type CareerLevel } from '@shared/domain/profile';
import { PERCENTILE_LABELS, levelsFromBand, type SalaryBand } from '@shared/domain/salary-explorer';
import { bandValue, sourceOf } from './band-format';

/** Career levels placed on one band by the ladder's positions: a mapping, not data. */
export function LevelView({ band, myLevel }: { band: SalaryBand; myLevel: CareerLevel | null }) {
  return (
    <section className="card level-view" aria-labelledby="level-view-title">
      <h2 id="level-view-title">By career level — {band.label}</h2>
      <p className="notice">
        A mapping, not data: each level is placed at a percentile of the band (entry ≈ 10th, junior ≈ 25th, mid ≈ median,
        senior ≈ 75th, staff ≈ 90th). No source publishes pay by these levels.
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
          {levelsFromBand(band).map(({ level, percentile }) => (
            <tr key={level} className={level === myLevel ? 'mine' : undefined}>
              <td>
                {CAREER_LEVEL_LABELS[level]}
                {level === myLevel ? ' (you)' : ''}
              </td>
              <td>{PERCENTILE_LABELS[percentile]}</td>
              <td className="numeric" title={`Source: ${sourceOf(band, percentile)}`}>
                {bandValue(band, percentile)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
