import { describe, expect, it } from 'vitest';
import { planFollowupYear } from './plan-followup-year.ts';
import { HYPERTENSION_NBPHS_2017 as HTN } from './protocols/hypertension-nbphs-2017.ts';
import { YizhuError } from '../errors/index.ts';

describe('planFollowupYear (≥4 face-to-face follow-ups a year)', () => {
  it('plans four quarterly visits for a patient enrolled before the year', () => {
    const plan = planFollowupYear(HTN, {
      year: 2025,
      enrolledOn: '2024-05-01',
      faceToFaceDates: [],
      today: '2025-01-01',
    });
    expect(plan).toMatchObject({ required: 4, completed: 0, remaining: 4, achievable: true });
    expect(plan.plannedDates).toEqual(['2025-01-01', '2025-04-01', '2025-06-30', '2025-09-28']);
  });

  it('counts two visits on one day once and ignores other years', () => {
    const plan = planFollowupYear(HTN, {
      year: 2025,
      enrolledOn: '2024-05-01',
      faceToFaceDates: ['2024-12-20', '2025-02-01', '2025-02-01', '2025-05-03'],
      today: '2025-05-10',
    });
    expect(plan).toMatchObject({ completed: 2, remaining: 2, achievable: true });
    expect(plan.plannedDates).toEqual(['2025-08-01', '2025-10-30']);
  });

  it('compresses spacing late in the year and says when it is no longer achievable', () => {
    const late = planFollowupYear(HTN, {
      year: 2025,
      enrolledOn: '2025-10-01',
      faceToFaceDates: [],
      today: '2025-10-01',
    });
    expect(late.plannedDates).toEqual(['2025-10-01', '2025-10-31', '2025-11-30', '2025-12-30']);
    expect(late.achievable).toBe(true);
    const tooLate = planFollowupYear(HTN, {
      year: 2025,
      enrolledOn: '2025-12-01',
      faceToFaceDates: [],
      today: '2025-12-01',
    });
    expect(tooLate.achievable).toBe(false);
  });

  it('needs nothing more once the count is met', () => {
    const dates = ['2025-01-05', '2025-04-05', '2025-07-05', '2025-10-05'];
    expect(
      planFollowupYear(HTN, {
        year: 2025,
        enrolledOn: '2020-01-01',
        faceToFaceDates: dates,
        today: '2025-11-01',
      }),
    ).toMatchObject({ remaining: 0, plannedDates: [] });
  });

  it('rejects malformed dates and years', () => {
    expect(() =>
      planFollowupYear(HTN, { year: 2025, enrolledOn: '2025-1-1', faceToFaceDates: [], today: '2025-01-01' }),
    ).toThrow(YizhuError);
    expect(() =>
      planFollowupYear(HTN, { year: 25, enrolledOn: '2025-01-01', faceToFaceDates: [], today: '2025-01-01' }),
    ).toThrow(YizhuError);
  });
});

describe('planFollowupYear — overdue and out-of-year cases', () => {
  it('re-spreads from today when the next visit is already overdue', () => {
    const plan = planFollowupYear(HTN, {
      year: 2025,
      enrolledOn: '2024-01-01',
      faceToFaceDates: ['2025-01-10'],
      today: '2025-06-01',
    });
    expect(plan.plannedDates[0]).toBe('2025-06-01');
    expect(plan.plannedDates).toHaveLength(3);
  });

  it('a year already over with visits missing is not achievable', () => {
    const plan = planFollowupYear(HTN, {
      year: 2024,
      enrolledOn: '2023-01-01',
      faceToFaceDates: [],
      today: '2025-02-01',
    });
    expect(plan).toMatchObject({ remaining: 4, plannedDates: [], achievable: false });
  });
});
