import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goalReached, skillGoalTrack, type GoalFacts } from '@shared/domain/goals';
import { remainingHours } from '@shared/domain/skills';

const facts = (over: Partial<GoalFacts> = {}): GoalFacts => ({
  skills: new Map([['docker', { level: 3, status: 'learning' as const }], ['cka', { level: 0, status: 'done' as const }]]),
  careerLevel: 'mid',
  salary: 120000,
  ...over,
});
const goal = { skillId: null, targetLevel: null, careerLevel: null, targetSalary: null };

describe('goal completion from data', () => {
  it('completes a skill goal when the level reaches the target', () => {
    expect(goalReached({ ...goal, kind: 'skill-level', skillId: 'docker', targetLevel: 3 }, facts())).toBe(true);
    expect(goalReached({ ...goal, kind: 'skill-level', skillId: 'docker', targetLevel: 4 }, facts())).toBe(false);
    expect(goalReached({ ...goal, kind: 'skill-level', skillId: 'rust', targetLevel: 1 }, facts())).toBe(false);
  });

  it('completes career-level and salary goals from the profile', () => {
    expect(goalReached({ ...goal, kind: 'career-level', careerLevel: 'junior' }, facts())).toBe(true);
    expect(goalReached({ ...goal, kind: 'career-level', careerLevel: 'senior' }, facts())).toBe(false);
    expect(goalReached({ ...goal, kind: 'salary', targetSalary: 120000 }, facts())).toBe(true);
    expect(goalReached({ ...goal, kind: 'salary', targetSalary: 120001 }, facts())).toBe(false);
    expect(goalReached({ ...goal, kind: 'salary', targetSalary: 1 }, facts({ salary: null }))).toBe(false);
  });

  it('leaves custom goals (and certifications without a skill) to the user', () => {
    expect(goalReached({ ...goal, kind: 'custom' }, facts())).toBeNull();
    expect(goalReached({ ...goal, kind: 'certification' }, facts())).toBeNull();
    expect(goalReached({ ...goal, kind: 'certification', skillId: 'cka' }, facts())).toBe(true);
  });
});

describe('on-track math', () => {
  it('is behind exactly when remaining hours exceed hours per week times weeks left', () => {
    expect(skillGoalTrack({ remainingHours: 40, hoursPerWeek: 5, today: '2026-01-01', dueDate: '2026-02-26' })).toBe('on-track'); // 8 weeks → 40 h
    expect(skillGoalTrack({ remainingHours: 40.5, hoursPerWeek: 5, today: '2026-01-01', dueDate: '2026-02-26' })).toBe('behind');
    expect(skillGoalTrack({ remainingHours: 1, hoursPerWeek: 10, today: '2026-03-01', dueDate: '2026-02-01' })).toBe('behind');
    expect(skillGoalTrack({ remainingHours: 0, hoursPerWeek: 0, today: '2026-03-01', dueDate: '2026-02-01' })).toBe('on-track');
  });

  it('more weekly hours or a later due date never turn an on-track goal behind', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        fc.integer({ min: 0, max: 400 }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.integer({ min: 0, max: 100 }),
        (remaining, perWeek, days, moreHours, moreDays) => {
          const due = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
          const base = skillGoalTrack({ remainingHours: remaining, hoursPerWeek: perWeek, today: '2026-01-01', dueDate: due(days) });
          if (base === 'behind') return;
          expect(skillGoalTrack({ remainingHours: remaining, hoursPerWeek: perWeek + moreHours, today: '2026-01-01', dueDate: due(days + moreDays) })).toBe('on-track');
        },
      ),
    );
  });

  it('remaining hours scale with the levels to go and are never negative', () => {
    expect(remainingHours(30, 0, 3)).toBe(30);
    expect(remainingHours(30, 1, 4)).toBe(30);
    expect(remainingHours(30, 2, 3)).toBe(10);
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5000, noNaN: true }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), (h, a, b) => {
        expect(remainingHours(h, a, b)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
