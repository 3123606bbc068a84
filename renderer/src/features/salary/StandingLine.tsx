import { useEffect } from 'react';
import { BAND_KEYS } from '@shared/domain/percentiles';
import { salaryStanding, standingSentence } from '@shared/domain/salary-standing';
import { formatMoney } from '../../format';
import { useAppStore } from '../../store';
import { myBandKey } from '../../store/explorer-slice';
import './standing.css';

/**
 * "Where do I stand": the profile's salary placed among BLS's published percentiles for its
 * occupation and area, in one line, labelled as an estimate. Nothing is compared across
 * currencies: a salary in another currency is named, not placed.
 */
export function StandingLine({ bandLoadedByScreen = false }: {
  /** The screen's own load brings the band (the dashboard's first screen): asked for only when the profile's band is missing. */
  bandLoadedByScreen?: boolean;
}) {
  const profile = useAppStore((s) => s.profile);
  const myBand = useAppStore((s) => s.myBand);
  const loadMyBand = useAppStore((s) => s.loadMyBand);
  const reportError = useAppStore((s) => s.reportError);
  const key = profile ? myBandKey(profile) : null;
  const haveBand = myBand !== null && myBand.key === key;
  const skip = bandLoadedByScreen && haveBand;
  useEffect(() => {
    if (key && !skip) loadMyBand().catch(reportError);
  }, [key, skip, loadMyBand, reportError]);

  if (!profile || profile.currentSalary === null || !myBand || myBand.key !== key) return null;
  const salary = formatMoney(profile.currentSalary, profile.currency);
  const where = `${profile.occupationTitle} in ${profile.areaName}`;
  const band = myBand.band;
  let text: string;
  let note: string | null = null;
  if (!band || BAND_KEYS.every((k) => band[k] === null)) {
    text = `BLS publishes no pay figures for ${where}, so your salary cannot be placed there.`;
  } else if (band.currency !== profile.currency) {
    text = `Your salary (${salary}) is in ${profile.currency}; BLS figures are in ${band.currency}. Trajectory does not convert currencies, so it does not place your salary among them.`;
  } else {
    const standing = salaryStanding(profile.currentSalary, band);
    if (!standing) {
      text = `BLS publishes too few percentiles for ${where} to place your salary.`;
    } else {
      text = `${standingSentence({ salary, standing, occupation: profile.occupationTitle, area: profile.areaName })}.`;
      note =
        standing.kind === 'estimate'
          ? `An estimate: a straight line between the percentiles BLS publishes (${band.datasetName}).`
          : `Beyond the percentiles BLS publishes, only the side you are on is known (${band.datasetName}).`;
    }
  }
  return (
    <p className="standing" data-testid="standing">
      <strong>{text}</strong>
      {note ? <span className="muted"> {note}</span> : null}
    </p>
  );
}
