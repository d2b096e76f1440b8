import { invalid } from '../errors/index.ts';
import { addDays, daysBetween, toDayNumber, type IsoDate } from './calendar-date.ts';
import type { FollowupProtocol } from './protocol.ts';

export interface YearPlanInput {
  year: number;
  /** Enrolment date; the plan never starts before it. */
  enrolledOn: IsoDate;
  /** Dates of face-to-face follow-ups already done (any year; others are ignored). */
  faceToFaceDates: readonly IsoDate[];
  /** The caller's clock, as a local calendar date. */
  today: IsoDate;
}

export interface YearPlan {
  year: number;
  required: number;
  /** Distinct days with a face-to-face follow-up in the year (two on one day count once). */
  completed: number;
  remaining: number;
  /** Suggested due dates for the remaining visits, spread over what is left of the year. */
  plannedDates: IsoDate[];
  /** False when the remaining visits cannot be spaced at least a recheck interval apart this year. */
  achievable: boolean;
}

/**
 * The yearly plan of ≥N face-to-face follow-ups (4 in the 2017 standard). Remaining visits are spaced
 * evenly, at most the routine interval apart, from the later of the last visit, enrolment or today.
 * The even spacing is a project convention; the standard fixes only the count.
 */
export function planFollowupYear(protocol: FollowupProtocol, p: YearPlanInput): YearPlan {
  if (!Number.isInteger(p.year) || p.year < 1900 || p.year > 2200) {
    throw invalid('year is out of range', [{ path: 'year', message: 'expected a four-digit year' }]);
  }
  const yearStart = `${p.year}-01-01`;
  const yearEnd = `${p.year}-12-31`;
  toDayNumber(p.enrolledOn, 'enrolledOn');
  toDayNumber(p.today, 'today');
  p.faceToFaceDates.forEach((d, i) => toDayNumber(d, `faceToFaceDates.${i}`));

  const inYear = [...new Set(p.faceToFaceDates.filter((d) => d >= yearStart && d <= yearEnd))].sort();
  const required = protocol.schedule.minFaceToFacePerYear.value;
  const completed = inYear.length;
  const remaining = Math.max(0, required - completed);
  const last = inYear.at(-1);

  const interval = protocol.schedule.routineIntervalDays.value;
  const minGap = protocol.schedule.recheckWithinDays.value;
  // Spread `count` visits from `anchor` to year end, at most `interval` apart. With `afterAnchor` the
  // anchor is the last visit (first new one is a gap later); otherwise the first is due at the anchor.
  const spread = (anchor: IsoDate, count: number, afterAnchor: boolean) => {
    const slots = afterAnchor ? count : count - 1;
    const gap = slots === 0 ? 0 : Math.min(interval, Math.floor(daysBetween(anchor, yearEnd) / slots));
    const first = afterAnchor ? addDays(anchor, gap) : anchor;
    return { dates: Array.from({ length: count }, (_, i) => addDays(first, gap * i)), gap, slots };
  };
  const notBefore = [yearStart, p.enrolledOn, p.today].sort().at(-1) as IsoDate;
  let planned: IsoDate[] = [];
  let achievable = remaining === 0;
  if (remaining > 0 && notBefore <= yearEnd) {
    let s = last ? spread(last, remaining, true) : spread(notBefore, remaining, false);
    // A visit already overdue is due now: re-spread from today rather than plan into the past.
    if ((s.dates[0] ?? notBefore) < notBefore) s = spread(notBefore, remaining, false);
    planned = s.dates;
    achievable = s.slots === 0 || s.gap >= minGap;
  }
  return { year: p.year, required, completed, remaining, plannedDates: planned, achievable };
}
