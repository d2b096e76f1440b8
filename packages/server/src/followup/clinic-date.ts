import type { IsoDate } from '@yizhu/core';

/** The clinic's local calendar date for an instant (follow-up dates are calendar days, not instants). */
export function clinicDate(now: Date, utcOffsetMinutes: number): IsoDate {
  return new Date(now.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}
