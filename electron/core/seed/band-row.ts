import type { AreaType } from '@shared/domain/salary';
import type { salaryBands } from '../db/schema';

/** One row of salary_bands as the seed inserts it: the table's columns less those the seed sets itself. */
export type BandRow = Omit<typeof salaryBands.$inferSelect, 'id' | 'datasetId' | 'level' | 'areaType'> & { areaType: AreaType };
