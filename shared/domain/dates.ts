import { format, isValid, parse } from 'date-fns';
import { z } from 'zod';

/**
 * Calendar dates travel as ISO `yyyy-MM-dd` strings and are read as local midnight, so day and
 * week arithmetic (date-fns) is by calendar day whatever the clock does at a DST change.
 */
export const ISO_DATE = 'yyyy-MM-dd';

export const toDate = (iso: string): Date => parse(iso, ISO_DATE, new Date(2000, 0, 1));
export const toIso = (date: Date): string => format(date, ISO_DATE);

export const isIsoDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(toDate(value)) && toIso(toDate(value)) === value;

export const IsoDate = (field = 'Date') =>
  z
    .string({ error: `${field} is required` })
    .refine(isIsoDate, `${field} must be a real date written as yyyy-MM-dd`);
