import { describe, expect, it } from 'vitest';
import { AhoCorasick } from './aho-corasick.ts';

describe('AhoCorasick', () => {
  it('finds overlapping terms including suffixes of other terms', () => {
    const ac = new AhoCorasick();
    ['he', 'she', 'his', 'hers', '发烧', '烧'].forEach((t, i) => ac.add(t, i));
    ac.build();
    const found = ac.findAll('ushers 发烧').map((m) => [m.start, m.end, m.payload]);
    expect(found).toEqual(
      expect.arrayContaining([
        [1, 4, 1],
        [2, 4, 0],
        [2, 6, 3],
        [7, 9, 4],
        [8, 9, 5],
      ]),
    );
    expect(found).toHaveLength(5);
  });
  it('returns nothing for empty text or when nothing matches', () => {
    const ac = new AhoCorasick();
    ac.add('abc', 0);
    expect(ac.findAll('')).toEqual([]);
    expect(ac.findAll('xyz ab')).toEqual([]);
  });
});
