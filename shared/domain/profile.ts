import { z } from 'zod';
import { CAREER_LEVELS } from './vocabulary';

export { CAREER_LEVELS, CAREER_LEVEL_LABELS } from './vocabulary';

export const CareerLevel = z.enum(CAREER_LEVELS);
export type CareerLevel = z.infer<typeof CareerLevel>;

/** Currencies offered in the profile; bundled pay data is USD, others are the user's own figures. */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'INR', 'JPY', 'SEK', 'PLN'] as const;
export const Currency = z.enum(CURRENCIES, { error: 'Choose a currency from the list' });

/** An upper bound that rejects typos (an extra zero or two) without limiting real pay. */
export const MAX_ANNUAL_SALARY = 10_000_000;

const wholeNumber = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what} must be a number` })
    .int(`${what} must be a whole number`)
    .min(min, `${what} must be at least ${min}`)
    .max(max, `${what} must be at most ${max.toLocaleString('en-US')}`);

export const ProfileInput = z.object({
  /** Only for the career plan's cover; optional. */
  name: z.string({ error: 'Name must be text' }).trim().max(120, 'Name must be at most 120 characters').default(''),
  occupationCode: z
    .string({ error: 'Choose an occupation' })
    .regex(/^\d{2}-\d{4}$/, 'Choose an occupation from the list'),
  areaCode: z.string({ error: 'Choose an area' }).regex(/^\d{7}$/, 'Choose an area from the list'),
  careerLevel: z.enum(CAREER_LEVELS, { error: 'Choose a career level' }),
  yearsExperience: z
    .number({ error: 'Years of experience must be a number' })
    .min(0, 'Years of experience cannot be negative')
    .max(60, 'Years of experience must be at most 60'),
  currentSalary: wholeNumber('Current salary', 0, MAX_ANNUAL_SALARY).nullable(),
  currency: Currency,
  hoursPerWeek: z
    .number({ error: 'Learning hours per week must be a number' })
    .min(0, 'Learning hours per week cannot be negative')
    .max(80, 'Learning hours per week must be at most 80'),
  horizonYears: wholeNumber('Planning horizon', 1, 40),
});
export type ProfileInput = z.infer<typeof ProfileInput>;

export const Profile = ProfileInput.extend({
  occupationTitle: z.string(),
  areaName: z.string(),
  updatedAt: z.string(),
});
export type Profile = z.infer<typeof Profile>;
