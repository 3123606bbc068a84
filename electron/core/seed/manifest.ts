import { DEFAULT_DATASET_ID } from '@shared/domain/projection-types';
import type { DatasetStanding } from '@shared/domain/salary';

export type BundledLoader = 'bls-oews' | 'article-ranges';

export interface BundledDataset {
  id: string;
  name: string;
  publisher: string;
  license: string;
  source: string;
  year: number | null;
  /** Bump whenever the files or how they load change: seeding reloads the dataset then. */
  version: number;
  standing: DatasetStanding;
  /** The heading in resources/data/PROVENANCE.md whose section is shown as this dataset's provenance. */
  provenanceHeading: string;
  loader: BundledLoader;
  /** Files in resources/data. For BLS: metro files first; their national rows win over the state files'. */
  files: string[];
}

export const BUNDLED_DATASETS: readonly BundledDataset[] = [
  {
    id: DEFAULT_DATASET_ID,
    name: 'BLS OEWS May 2025 — computer occupations',
    publisher: 'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics',
    license: 'Public domain (work of the U.S. Government, 17 U.S.C. §105)',
    source: 'U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025.',
    year: 2025,
    version: 1,
    standing: 'official',
    provenanceHeading: 'BLS OEWS, May 2025',
    loader: 'bls-oews',
    files: [
      'oews-software-developers-msa.csv',
      'oews-tech-occupations-msa.csv',
      'oews-software-developers-state.csv',
      'oews-tech-occupations-state.csv',
    ],
  },
  {
    id: 'article-city-ranges',
    name: 'Article “33 Real Backend Developer Salaries and Earnings” — city ranges',
    publisher: 'Article “33 Real Backend Developer Salaries and Earnings” (unsourced claim)',
    license: 'Quoted figures; no year, source or method stated',
    source: 'Article “33 Real Backend Developer Salaries and Earnings”, section “Salary Ranges Across Different Cities”.',
    year: null,
    version: 1,
    standing: 'unsourced-claim',
    provenanceHeading: "The article's city ranges",
    loader: 'article-ranges',
    files: ['article-city-ranges.csv', 'article-city-msa-map.csv'],
  },
];
