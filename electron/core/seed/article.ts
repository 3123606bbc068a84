import path from 'node:path';
import type { BandRow } from './band-row';
import { BundledDataError, optionalWhole, readBundledCsv, requiredText } from './csv';

/** The article speaks of back-end developers; BLS files them under Software Developers. */
const ARTICLE_OCCUPATION = { code: '15-1252', title: 'Back-end developers (article)' };

/** Loads the article's quoted city ranges, placed on the BLS metro each city maps to. */
export function loadArticleRanges(dataDir: string, files: readonly string[]): BandRow[] {
  const [rangesFile, mapFile] = files;
  if (!rangesFile || !mapFile) throw new BundledDataError('article dataset needs a ranges file and a city map');
  const metros = new Map(
    readBundledCsv(path.join(dataDir, mapFile), ['city', 'msa_area_code', 'msa_name']).map((row) => [
      requiredText(mapFile, row, 'city'),
      { code: requiredText(mapFile, row, 'msa_area_code'), name: requiredText(mapFile, row, 'msa_name') },
    ]),
  );
  return readBundledCsv(path.join(dataDir, rangesFile), ['city', 'low_usd', 'high_usd', 'source_note']).map((row) => {
    const city = requiredText(rangesFile, row, 'city');
    const metro = metros.get(city);
    if (!metro) throw new BundledDataError(`${rangesFile}, line ${row.line}: city "${city}" is not in ${mapFile}`);
    const low = optionalWhole(rangesFile, row, 'low_usd');
    const high = optionalWhole(rangesFile, row, 'high_usd');
    if (low === null || high === null || low > high) {
      throw new BundledDataError(`${rangesFile}, line ${row.line}: needs a low and a high with low ≤ high`);
    }
    return {
      year: null,
      occupationCode: ARTICLE_OCCUPATION.code,
      occupationTitle: ARTICLE_OCCUPATION.title,
      areaCode: metro.code,
      areaName: metro.name,
      areaType: 'msa',
      state: metro.name.split(', ')[1]?.split('-')[0] ?? '',
      employment: null,
      p10: null,
      p25: null,
      p50: null,
      p75: null,
      p90: null,
      mean: null,
      rangeLow: low,
      rangeHigh: high,
      currency: 'USD',
      note: requiredText(rangesFile, row, 'source_note'),
    };
  });
}
