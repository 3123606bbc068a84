import { useCallback } from 'react';
import type { ArticleCity } from '@shared/domain/salary-explorer';
import { Loadable } from '../../components/Loadable';
import { formatMoney } from '../../format';
import { ScrollRegion } from '../../components/ScrollRegion';
import { useAppStore, type AppState } from '../../store';
import { useLoad } from '../../store/use-load';
import { BandChart, type ChartRow } from './BandChart';
import { bandValue, sourceOf } from './band-format';

const ARTICLE = 'Article’s claim (unsourced)';

/** The 16 cities the article names, BLS beside the article's three quoted ranges. */
export function ArticleCitiesPanel() {
  const cities = useAppStore((s) => s.articleCities);
  const loadArticleComparison = useAppStore((s) => s.loadArticleComparison);
  const exportCsv = useAppStore((s) => s.exportCsv);
  const reportError = useAppStore((s) => s.reportError);
  // The article speaks of back-end developers, whom BLS counts as Software Developers.
  const load = useLoad(useCallback(() => loadArticleComparison('15-1252'), [loadArticleComparison]));
  return (
    <Loadable load={load} data={cities} what="the article’s cities">
      {(cities) => <ArticleCities cities={cities} exportCsv={exportCsv} reportError={reportError} />}
    </Loadable>
  );
}

function ArticleCities({ cities, exportCsv, reportError }: { cities: ArticleCity[]; exportCsv: AppState['exportCsv']; reportError: AppState['reportError'] }) {
  // The chart lists the cities in the table's order, each claim beside its city's BLS band.
  const rows: ChartRow[] = cities.map((c) => ({ label: c.bls ? c.city : `${c.city} — not published`, band: c.bls, claim: c.article }));

  const onExport = () =>
    exportCsv(
      'Article cities vs BLS',
      ['City', 'BLS metro', 'BLS 10th percentile', 'BLS median', 'BLS 90th percentile', 'Article low (unsourced)', 'Article high (unsourced)'],
      cities.map((c) => [c.city, c.areaName, c.bls?.p10, c.bls?.p50, c.bls?.p90, c.article?.low, c.article?.high]),
    ).catch(reportError);

  return (
    <div className="stack">
      <section className="card" aria-labelledby="article-chart-title">
        <h2 id="article-chart-title">The article’s 16 cities — Software Developers (BLS May 2025)</h2>
        <p className="notice">
          The article “33 Real Backend Developer Salaries and Earnings” quotes ranges for three cities with no year, source or
          method: they are drawn as its claim, beside BLS figures for the same metros, not as data.
        </p>
        <BandChart rows={rows} label="Article cities" currency="USD" claimLabel={ARTICLE} />
      </section>
      <section className="card">
        <div className="table-toolbar">
          <span className="muted">Each city is mapped to its BLS metro area (our own matching).</span>
          <button type="button" onClick={onExport}>
            Export CSV
          </button>
        </div>
        <ScrollRegion label="Article cities: BLS pay and the article’s claims">
          <table>
            <caption>Article cities: BLS pay and the article’s claims</caption>
            <thead>
              <tr>
                <th scope="col">City</th>
                <th scope="col">BLS metro</th>
                <th scope="col" className="numeric">10th</th>
                <th scope="col" className="numeric">Median</th>
                <th scope="col" className="numeric">90th</th>
                <th scope="col" className="numeric">{ARTICLE}</th>
              </tr>
            </thead>
            <tbody>
              {cities.map((c) => (
                <tr key={c.city}>
                  <td>{c.city}</td>
                  <td>{c.areaName}</td>
                  {(['p10', 'p50', 'p90'] as const).map((k) => (
                    <td key={k} className="numeric" title={c.bls ? `Source: ${sourceOf(c.bls, k)}` : undefined}>
                      {c.bls ? bandValue(c.bls, k) : 'not published'}
                    </td>
                  ))}
                  <td className="numeric" title={c.article?.note}>
                    {c.article ? `${formatMoney(c.article.low, 'USD')}–${formatMoney(c.article.high, 'USD')}` : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>
      <footer className="sources muted">
        Sources: BLS OEWS May 2025 (official statistics); article “33 Real Backend Developer Salaries and Earnings” (unsourced claim,
        no year).
      </footer>
    </div>
  );
}
