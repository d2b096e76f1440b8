import { describe, expect, it } from 'vitest';
import { followupTaskStatus } from './followup-task-status.ts';
import { T2DM_NBPHS_2017 as DM } from './protocols/t2dm-nbphs-2017.ts';
import { YizhuError } from '../errors/index.ts';

describe('followupTaskStatus', () => {
  it.each([
    ['2025-03-10', 'upcoming', 14],
    ['2025-03-16', 'upcoming', 8],
    ['2025-03-17', 'due', 7],
    ['2025-03-24', 'due', 0],
    ['2025-03-25', 'overdue', -1],
    ['2025-06-01', 'overdue', -69],
  ] as const)('today %s → %s (%i days)', (today, state, days) => {
    expect(followupTaskStatus(DM, { dueDate: '2025-03-24', scheduledOn: '2025-03-10' }, today)).toEqual({
      state,
      daysUntilDue: days,
    });
  });

  it('a completed task is done whatever the date', () => {
    expect(
      followupTaskStatus(DM, { dueDate: '2025-03-24', completedOn: '2025-03-20' }, '2025-04-30').state,
    ).toBe('done');
  });

  it('flags clock skew when today is before the scheduling visit, without changing data', () => {
    const s = followupTaskStatus(DM, { dueDate: '2025-03-24', scheduledOn: '2025-03-10' }, '2025-03-07');
    expect(s).toEqual({ state: 'upcoming', daysUntilDue: 17, clockSkewDays: 3 });
  });

  it('rejects malformed dates', () => {
    expect(() => followupTaskStatus(DM, { dueDate: '24/03/2025' }, '2025-03-07')).toThrow(YizhuError);
    expect(() => followupTaskStatus(DM, { dueDate: '2025-03-24' }, 'today')).toThrow(YizhuError);
  });
});
