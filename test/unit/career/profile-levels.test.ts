import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LadderFile } from '@shared/domain/career-ladder';
import { goalReached } from '@shared/domain/goals';
import { CAREER_LEVELS, ProfileInput } from '@shared/domain/profile';
import { DATA_DIR } from '../../support/temp-core';

const bundled = LadderFile.parse(JSON.parse(readFileSync(path.join(DATA_DIR, 'career-ladder.json'), 'utf8')));

describe('profile career levels and the career ladder', () => {
  it('the profile offers exactly the individual-contributor track’s levels, in its order (principal included)', () => {
    expect(CAREER_LEVELS).toEqual(bundled.tracks.find((t) => t.id === 'ic')?.levels.map((l) => l.id));
  });

  it('a principal profile is valid and reaches a staff goal; staff does not reach a principal goal', () => {
    const profile = { occupationCode: '15-1252', areaCode: '0041860', careerLevel: 'principal', yearsExperience: 15, currentSalary: 300_000, currency: 'USD', hoursPerWeek: 3, horizonYears: 10 };
    expect(ProfileInput.safeParse(profile).success).toBe(true);
    const goal = { kind: 'career-level' as const, skillId: null, targetLevel: null, targetSalary: null };
    const facts = (careerLevel: (typeof CAREER_LEVELS)[number]) => ({ skills: new Map(), careerLevel, salary: null });
    expect(goalReached({ ...goal, careerLevel: 'staff' }, facts('principal'))).toBe(true);
    expect(goalReached({ ...goal, careerLevel: 'principal' }, facts('staff'))).toBe(false);
  });
});
