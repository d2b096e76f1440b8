import { invalid } from '../errors/yizhu-error.ts';

/**
 * FHIR `date` search parameter (prefixes eq ne gt ge lt le; precision year, month, day or instant).
 * A value without a zone is read in the clinic's zone (utcOffsetMinutes), as a clinician means it.
 * A resource date is compared by its start instant: `eq2026-11-22` matches any time that local day.
 */
export type DatePrefix = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export interface DateParam {
  prefix: DatePrefix;
  /** [start, end) in epoch ms. */
  start: number;
  end: number;
}

const DATE_RE =
  /^(eq|ne|gt|ge|lt|le)?(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** [start, end) of a FHIR date / dateTime / instant; undefined when it is not one. */
export function dateRange(value: string, utcOffsetMinutes: number): [number, number] | undefined {
  const m = DATE_RE.exec(value);
  if (!m || m[1]) return undefined;
  return rangeOf(m, utcOffsetMinutes);
}

function rangeOf(m: RegExpExecArray, utcOffsetMinutes: number): [number, number] | undefined {
  const [, , y, mo, d, h, mi, s, zone] = m;
  const year = Number(y);
  const month = mo ? Number(mo) - 1 : 0;
  const day = d ? Number(d) : 1;
  if (month > 11 || day < 1 || day > 31) return undefined;
  let offset = utcOffsetMinutes;
  if (zone === 'Z') offset = 0;
  else if (zone)
    offset = (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const local = (yy: number, mm: number, dd: number, hh = 0, mn = 0, ss = 0) =>
    Date.UTC(yy, mm, dd, hh, mn, ss) - offset * 60_000;
  if (h !== undefined) {
    const start = local(year, month, day, Number(h), Number(mi), s ? Number(s) : 0);
    return [start, start + (s ? 1000 : 60_000)];
  }
  if (d) return [local(year, month, day), local(year, month, day + 1)];
  if (mo) return [local(year, month, 1), local(year, month + 1, 1)];
  return [local(year, 0, 1), local(year + 1, 0, 1)];
}

export function parseDateParam(value: string, utcOffsetMinutes: number): DateParam {
  const m = DATE_RE.exec(value);
  const range = m ? rangeOf(m, utcOffsetMinutes) : undefined;
  if (!m || !range)
    throw invalid('date search value is not valid', [
      { path: 'date', message: 'prefix (eq ne gt ge lt le) and YYYY[-MM[-DD[Thh:mm[:ss][zone]]]]' },
    ]);
  return { prefix: (m[1] as DatePrefix | undefined) ?? 'eq', start: range[0], end: range[1] };
}

/** Whether a resource date (its start instant) satisfies the parameter; a resource without a date never does. */
export function matchesDateParam(
  resourceDate: string | undefined,
  p: DateParam,
  utcOffsetMinutes: number,
): boolean {
  if (!resourceDate) return false;
  const r = dateRange(resourceDate, utcOffsetMinutes);
  if (!r) return false;
  const t = r[0];
  switch (p.prefix) {
    case 'eq':
      return t >= p.start && t < p.end;
    case 'ne':
      return t < p.start || t >= p.end;
    case 'gt':
      return t >= p.end;
    case 'ge':
      return t >= p.start;
    case 'lt':
      return t < p.start;
    case 'le':
      return t < p.end;
  }
}
