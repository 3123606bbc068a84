import { sql } from 'drizzle-orm';
import { check, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The user's profile: exactly one row (id = 1). */
export const profile = sqliteTable(
  'profile',
  {
    id: integer('id').primaryKey(),
    /** How the career plan's cover names the user; empty when they gave none. */
    name: text('name').notNull().default(''),
    occupationCode: text('occupation_code').notNull(),
    areaCode: text('area_code').notNull(),
    careerLevel: text('career_level').notNull(),
    yearsExperience: real('years_experience').notNull(),
    currentSalary: integer('current_salary'),
    currency: text('currency').notNull(),
    hoursPerWeek: real('hours_per_week').notNull(),
    horizonYears: integer('horizon_years').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [check('profile_single_row', sql`${t.id} = 1`)],
);
