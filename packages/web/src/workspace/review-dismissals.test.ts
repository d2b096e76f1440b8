import { describe, expect, it } from 'vitest';
import { reviewDismissals } from './review-dismissals.ts';
import type { DraftVersion, ReviewEntry } from './workspace-types.ts';

const entry = (over: Partial<ReviewEntry>): ReviewEntry => ({
  id: 'r1',
  item: 'qc',
  label: { zh: '缺少体格检查', en: 'no examination' },
  resolution: 'dismissed',
  sideIndex: null,
  reason: '院外已查',
  draftVersion: 1,
  byName: '王明',
  at: '2026-11-22T02:00:00.000Z',
  target: null,
  ...over,
});
const draft = (review: ReviewEntry[]) =>
  ({
    version: 3,
    qc: { score: 90, findings: [{ ruleId: 'QC-A', section: 'exam' }, { ruleId: 'QC-B' }] },
    review,
  }) as unknown as DraftVersion;

describe('reviewDismissals', () => {
  it('keys stored dismissals as the review panel keys its items', () => {
    expect(
      reviewDismissals(
        draft([
          entry({ id: 'a', target: { kind: 'qc', index: 1 } }),
          entry({ id: 'b', item: 'conflict', target: { kind: 'conflict', id: 'c2' }, reason: '以今日为准' }),
          entry({ id: 'c', target: null, reason: '已改' }),
          entry({ id: 'd', resolution: 'side_taken', reason: null, target: { kind: 'conflict', id: 'c1' } }),
        ]),
      ),
    ).toEqual({ 'q:QC-B::1': '院外已查', 'c:c2': '以今日为准', 'r:c': '已改' });
  });

  it('is empty without a draft or without resolutions', () => {
    expect(reviewDismissals(null)).toEqual({});
    expect(reviewDismissals(draft([]))).toEqual({});
  });
});
