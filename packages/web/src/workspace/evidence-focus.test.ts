import { describe, expect, it } from 'vitest';
import { emrTimeline, focusedBoxes, formatOffset, highlightSegments, turnRanges } from './evidence-focus.ts';
import type { FusedFact } from './workspace-types.ts';

describe('highlightSegments', () => {
  it('marks the ranges and keeps all the text', () => {
    const segs = highlightSegments('头晕三天了，血压在家量一百六十/一百。', [
      [0, 2],
      [6, 8],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe('头晕三天了，血压在家量一百六十/一百。');
    expect(segs.filter((s) => s.marked).map((s) => s.text)).toEqual(['头晕', '血压']);
  });

  it('merges overlapping ranges and clamps offsets past the end', () => {
    const segs = highlightSegments('abcdef', [
      [1, 3],
      [2, 4],
      [5, 99],
      [9, 12],
    ]);
    expect(segs).toEqual([
      { text: 'a', marked: false },
      { text: 'bcd', marked: true },
      { text: 'e', marked: false },
      { text: 'f', marked: true },
    ]);
  });

  it('returns the text unmarked without ranges', () => {
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', marked: false }]);
  });
});

describe('focus lookups', () => {
  const focus = {
    key: 's',
    evidence: [
      { sourceId: 't1', locator: { kind: 'transcript' as const, turn: 1, charStart: 0, charEnd: 2 } },
      {
        sourceId: 'lab',
        locator: { kind: 'image' as const, page: 1, box: [1, 2, 3, 4] as [number, number, number, number] },
      },
    ],
  };
  it('finds the turn ranges and photo boxes of one source only', () => {
    expect(turnRanges(focus, 't1', 1)).toEqual([[0, 2]]);
    expect(turnRanges(focus, 't1', 2)).toEqual([]);
    expect(turnRanges(focus, 'other', 1)).toEqual([]);
    expect(focusedBoxes(focus, 'lab')).toEqual([[1, 2, 3, 4]]);
    expect(focusedBoxes(focus, 'lab', 2)).toEqual([]);
    expect(focusedBoxes(null, 'lab')).toEqual([]);
  });
});

describe('emrTimeline', () => {
  it('keeps facts with FHIR evidence, newest first, undated last', () => {
    const f = (id: string, effective: string | undefined, kind: 'fhir' | 'transcript'): FusedFact => ({
      id,
      kind: 'lab',
      display: { zh: id, en: id },
      status: 'present',
      sourceKinds: [],
      sourceIds: [],
      ...(effective ? { effective } : {}),
      evidence: [
        {
          sourceId: 's',
          locator:
            kind === 'fhir'
              ? { kind, reference: `Observation/${id}`, path: 'Observation.code' }
              : { kind, turn: 0, charStart: 0, charEnd: 1 },
        },
      ],
    });
    expect(
      emrTimeline([
        f('a', '2025-01-01', 'fhir'),
        f('b', undefined, 'fhir'),
        f('c', '2026-01-01', 'fhir'),
        f('d', '2026-02-01', 'transcript'),
      ]).map((x) => x.id),
    ).toEqual(['c', 'a', 'b']);
  });
});

it('formats turn offsets as mm:ss', () => {
  expect(formatOffset(83_500)).toBe('01:23');
  expect(formatOffset(-5)).toBe('00:00');
});
