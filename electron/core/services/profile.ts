import { eq } from 'drizzle-orm';
import type { Profile, ProfileInput } from '@shared/domain/profile';
import { AppError, type FieldIssue } from '@shared/ipc/result';
import type { Db } from '../db/store';
import { profile } from '../db/schema';
import { findArea, findOccupation } from './salary';

const PROFILE_ID = 1;

export function getProfile(db: Db): Profile | null {
  const row = db.select().from(profile).where(eq(profile.id, PROFILE_ID)).get();
  if (!row) return null;
  return {
    name: row.name,
    occupationCode: row.occupationCode,
    occupationTitle: findOccupation(db, row.occupationCode)?.title ?? row.occupationCode,
    areaCode: row.areaCode,
    areaName: findArea(db, row.areaCode)?.name ?? row.areaCode,
    careerLevel: row.careerLevel as Profile['careerLevel'],
    yearsExperience: row.yearsExperience,
    currentSalary: row.currentSalary,
    currency: row.currency as Profile['currency'],
    hoursPerWeek: row.hoursPerWeek,
    horizonYears: row.horizonYears,
    updatedAt: row.updatedAt,
  };
}

export function saveProfile(db: Db, input: ProfileInput, now = new Date()): Profile {
  const issues: FieldIssue[] = [];
  if (!findOccupation(db, input.occupationCode)) {
    issues.push({ path: ['occupationCode'], message: `Unknown occupation ${input.occupationCode}: choose one from the list` });
  }
  if (!findArea(db, input.areaCode)) {
    issues.push({ path: ['areaCode'], message: `Unknown area ${input.areaCode}: choose one from the list` });
  }
  if (issues.length > 0) throw new AppError('VALIDATION', issues.map((i) => i.message).join('; '), issues);

  const row = { id: PROFILE_ID, ...input, updatedAt: now.toISOString() };
  db.insert(profile).values(row).onConflictDoUpdate({ target: profile.id, set: row }).run();
  const saved = getProfile(db);
  if (!saved) throw new Error('profile row missing right after it was written');
  return saved;
}
