import { describe, expect, it } from 'vitest';
import { addDays, ageOn, daysBetween, isIsoDate, toDayNumber } from './calendar-date.ts';
import { YizhuError } from '../errors/index.ts';

describe('calendar-date', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-01-31', 14)).toBe('2025-02-14');
    expect(addDays('2024-02-20', 14)).toBe('2024-03-05');
    expect(addDays('2025-12-25', 14)).toBe('2026-01-08');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('counts days between dates with sign', () => {
    expect(daysBetween('2025-01-01', '2025-04-01')).toBe(90);
    expect(daysBetween('2025-04-01', '2025-01-01')).toBe(-90);
  });

  it('computes completed years of age around the birthday', () => {
    expect(ageOn('1960-06-15', '2025-06-14')).toBe(64);
    expect(ageOn('1960-06-15', '2025-06-15')).toBe(65);
  });

  it('rejects malformed and non-existent dates with a validation error', () => {
    for (const bad of ['2025-2-1', '2025-02-30', '20250201', '', '2025-13-01']) {
      expect(() => toDayNumber(bad)).toThrow(YizhuError);
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
});
