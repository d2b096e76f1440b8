import { describe, expect, it } from 'vitest';
import type { LabObservation } from '@yizhu/core';
import { generateLabReport } from './generate-lab-report.ts';
import { scoreLabReport } from './score-lab-report.ts';

const obs = (o: Partial<LabObservation>): LabObservation =>
  ({
    flag: {},
    needsReview: false,
    reviewReasons: [],
    evidence: [],
    fieldEvidence: {},
    ...o,
  }) as LabObservation;

describe('lab eval scoring', () => {
  it('counts a row correct only when name, value, unit and flag all are, and a silent error as confidently wrong', () => {
    const truth = [
      { testId: 'wbc', value: 6.5, unit: '10^9/L', flag: 'N' as const },
      { testId: 'hgb', value: 120, unit: 'g/L', flag: 'L' as const },
      { testId: 'plt', value: 200, unit: '10^9/L', flag: 'N' as const },
    ];
    const s = scoreLabReport(truth, [
      obs({ testId: 'wbc', value: 6.5, unit: '10^9/L', flag: { value: 'N' } }),
      obs({ testId: 'hgb', value: 12, unit: 'g/L', flag: { value: 'L' } }),
      obs({ testId: 'mcv', value: 90, unit: 'fL', flag: { value: 'N' }, needsReview: true }),
    ]);
    expect(s).toMatchObject({ fields: 3, correct: 1, wrong: 1, missed: 1, confidentlyWrong: 1 });
  });

  it('generates the same report from the same seed, with 22 blood-count items in two tables', () => {
    const a = generateLabReport(0, 4);
    expect(generateLabReport(0, 4)).toEqual(a);
    expect(a.panel).toBe('cbc');
    expect(a.tables).toHaveLength(2);
    expect(a.tables.flat()).toHaveLength(22);
  });
});
