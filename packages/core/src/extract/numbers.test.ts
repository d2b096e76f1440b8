import { describe, expect, it } from 'vitest';
import { findDurations } from './duration.ts';
import { findNumbers, parseChineseNumber } from './numbers.ts';

describe('parseChineseNumber', () => {
  it.each([
    ['一百四十', 140],
    ['九十', 90],
    ['一百五', 150],
    ['十二', 12],
    ['三点五', 3.5],
    ['两', 2],
    ['一百零五', 105],
  ])('%s → %d', (s, n) => expect(parseChineseNumber(s)).toBe(n));
  it('rejects non-numbers', () => {
    expect(parseChineseNumber('')).toBeUndefined();
    expect(parseChineseNumber('发烧')).toBeUndefined();
  });
  it('finds digits, Chinese and English numbers with spans', () => {
    expect(findNumbers('140/90').map((n) => n.value)).toEqual([140, 90]);
    expect(findNumbers('twenty-two').map((n) => n.value)).toEqual([22]);
  });
});

describe('findDurations', () => {
  it.each([
    ['三天', 'P3D'],
    ['两周', 'P2W'],
    ['大半年', 'P8M'],
    ['半个月', 'P15D'],
    ['一个多月', 'P1M'],
    ['两三天', 'P3D'],
    ['for three weeks', 'P3W'],
    ['a couple of months', 'P2M'],
  ])('%s → %s', (s, iso) => expect(findDurations(s)[0]?.iso).toBe(iso));
  it('marks onsets and ignores rates', () => {
    expect(findDurations('三天前')[0]?.ago).toBe(true);
    expect(findDurations('two days ago')[0]?.ago).toBe(true);
    expect(findDurations('一天三次')).toEqual([]);
    expect(findDurations('twice a day')).toEqual([]);
  });
});
