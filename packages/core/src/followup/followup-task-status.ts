import { daysBetween, toDayNumber, type IsoDate } from './calendar-date.ts';
import type { FollowupProtocol } from './protocol.ts';

export interface FollowupTaskRef {
  dueDate: IsoDate;
  /** The visit date the task was scheduled from; lets us detect a clock running behind. */
  scheduledOn?: IsoDate;
  completedOn?: IsoDate;
}

export type FollowupTaskState = 'upcoming' | 'due' | 'overdue' | 'done';

export interface FollowupTaskStatus {
  state: FollowupTaskState;
  /** Positive = days until due; negative = days overdue. */
  daysUntilDue: number;
  /**
   * Set when `today` is before the date the task was scheduled from or completed: the caller's clock
   * (or the stored record) is wrong. Reported, not corrected — fixing the wrong side would lose data.
   */
  clockSkewDays?: number;
}

/**
 * Due/overdue for one task against the caller's calendar date. "due" starts `dueSoonDays` before the
 * due date (the panel's "due this week"); the day after the due date it is overdue.
 */
export function followupTaskStatus(
  protocol: FollowupProtocol,
  task: FollowupTaskRef,
  today: IsoDate,
): FollowupTaskStatus {
  toDayNumber(task.dueDate, 'dueDate');
  toDayNumber(today, 'today');
  const daysUntilDue = daysBetween(today, task.dueDate);
  const latestKnown = [task.scheduledOn, task.completedOn].filter((d): d is IsoDate => d !== undefined);
  latestKnown.forEach((d) => toDayNumber(d, 'task date'));
  const ahead = latestKnown.length ? Math.max(...latestKnown.map((d) => daysBetween(today, d))) : 0;
  const skew = ahead > 0 ? { clockSkewDays: ahead } : {};

  if (task.completedOn !== undefined) return { state: 'done', daysUntilDue, ...skew };
  const state: FollowupTaskState =
    daysUntilDue < 0 ? 'overdue' : daysUntilDue <= protocol.schedule.dueSoonDays.value ? 'due' : 'upcoming';
  return { state, daysUntilDue, ...skew };
}
