import { z } from 'zod';
import { isIsoDate } from './iso-date';

// The schema-free part lives in iso-date.ts, so a screen that only reads dates does not load zod.
export { ISO_DATE, isIsoDate, toDate, toIso } from './iso-date';

export const IsoDate = (field = 'Date') =>
  z
    .string({ error: `${field} is required` })
    .refine(isIsoDate, `${field} must be a real date written as yyyy-MM-dd`);
