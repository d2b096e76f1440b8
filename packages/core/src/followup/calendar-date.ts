import { invalid } from '../errors/index.ts';

/**
 * Follow-up works in calendar days (a visit "within 2 weeks"), not instants. Dates are ISO
 * `YYYY-MM-DD` strings in the clinic's local calendar; the caller turns its clock into "today" once,
 * so this module never reads a clock and never depends on the machine's time zone.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a valid ISO date; throws a validation error naming `path` otherwise. */
export function toDayNumber(date: IsoDate, path = 'date'): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw invalid('date must be YYYY-MM-DD', [{ path, message: 'expected YYYY-MM-DD' }]);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2025-02-30 over to March; a round trip catches dates that do not exist.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw invalid('date does not exist', [{ path, message: 'not a real calendar date' }]);
  }
  return Math.round(ms / DAY_MS);
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Completed years of age on `on` (birthday not yet reached this year → one less). */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  toDayNumber(birthDate, 'birthDate');
  toDayNumber(on, 'on');
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
