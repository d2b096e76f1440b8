import { describe, expect, it } from 'vitest';
import { dateRange, matchesDateParam, parseDateParam } from './fhir-search-date.ts';

const CN = 480; // UTC+8

describe('FHIR date search parameter', () => {
  it('reads a zone-less day in the clinic zone', () => {
    const p = parseDateParam('2026-11-22', CN);
    expect(new Date(p.start).toISOString()).toBe('2026-11-21T16:00:00.000Z');
    expect(new Date(p.end).toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect(p.prefix).toBe('eq');
  });

  it('matches by prefix on the start instant', () => {
    const at = '2026-11-22T02:00:00.000Z'; // 10:00 local on the 22nd
    expect(matchesDateParam(at, parseDateParam('2026-11-22', CN), CN)).toBe(true);
    expect(matchesDateParam(at, parseDateParam('eq2026-11-21', CN), CN)).toBe(false);
    expect(matchesDateParam(at, parseDateParam('ge2026-11-22', CN), CN)).toBe(true);
    expect(matchesDateParam(at, parseDateParam('gt2026-11-22', CN), CN)).toBe(false);
    expect(matchesDateParam(at, parseDateParam('lt2026-11-23', CN), CN)).toBe(true);
    expect(matchesDateParam(at, parseDateParam('le2026-11', CN), CN)).toBe(true);
    expect(matchesDateParam(at, parseDateParam('ne2026', CN), CN)).toBe(false);
    expect(matchesDateParam(undefined, parseDateParam('2026', CN), CN)).toBe(false);
  });

  it('honours an explicit zone', () => {
    const p = parseDateParam('ge2026-11-22T10:00:00+08:00', CN);
    expect(new Date(p.start).toISOString()).toBe('2026-11-22T02:00:00.000Z');
    expect(dateRange('2026-11-22T02:00:00Z', CN)?.[0]).toBe(p.start);
  });

  it('refuses malformed values with a validation error', () => {
    for (const bad of ['yesterday', 'xx2026', '2026-13', '2026-11-22T25', ''])
      expect(() => parseDateParam(bad, CN)).toThrow(/date search value/);
  });
});
