import type { LabObservation } from '@yizhu/core';
import type { TruthRow } from './generate-lab-report.ts';

/**
 * Field accuracy as issue 4 defines it: a printed row counts as correct when name (test id), value,
 * unit and flag all are. A wrong or invented row that is *not* marked for review is confidently
 * wrong — the outcome that matters most, since nobody will look at it twice.
 */
export interface LabScore {
  fields: number;
  correct: number;
  missed: number;
  wrong: number;
  confidentlyWrong: number;
  /** Correct rows that were still marked for review (cost the doctor a look, harm nothing). */
  correctButReview: number;
}

export const emptyScore = (): LabScore => ({
  fields: 0,
  correct: 0,
  missed: 0,
  wrong: 0,
  confidentlyWrong: 0,
  correctButReview: 0,
});

export function addScore(a: LabScore, b: LabScore): LabScore {
  return {
    fields: a.fields + b.fields,
    correct: a.correct + b.correct,
    missed: a.missed + b.missed,
    wrong: a.wrong + b.wrong,
    confidentlyWrong: a.confidentlyWrong + b.confidentlyWrong,
    correctButReview: a.correctButReview + b.correctButReview,
  };
}

const sameValue = (a: number | string, b: number | string) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : a === b;

export function isRowCorrect(t: TruthRow, o: LabObservation): boolean {
  return (
    o.testId === t.testId &&
    sameValue(o.value, t.value) &&
    (o.unit ?? undefined) === t.unit &&
    o.flag.value === t.flag
  );
}

export function scoreLabReport(
  truth: readonly TruthRow[],
  observations: readonly LabObservation[],
): LabScore {
  const s = emptyScore();
  const used = new Set<LabObservation>();
  for (const t of truth) {
    s.fields++;
    const o = observations.find((x) => x.testId === t.testId && !used.has(x));
    if (!o) {
      s.missed++;
      continue;
    }
    used.add(o);
    if (isRowCorrect(t, o)) {
      s.correct++;
      if (o.needsReview) s.correctButReview++;
    } else {
      s.wrong++;
      if (!o.needsReview) s.confidentlyWrong++;
    }
  }
  // Rows the parser invented (or a second copy of one): harmful only when presented as certain.
  for (const o of observations) if (!used.has(o) && !o.needsReview) s.confidentlyWrong++;
  return s;
}

/** One row that was not read correctly, for `--diagnose`: what was printed against what came out. */
export interface LabRowIssue {
  kind: 'missed' | 'wrong' | 'invented';
  confidentlyWrong: boolean;
  expected?: TruthRow;
  got?: {
    testId?: string;
    sourceName: string;
    value: number | string;
    valueText: string;
    unit?: string;
    flag?: string;
    rangeText?: string;
    confidence: LabObservation['confidence'];
    reviewReasons: string[];
  };
}

const gotOf = (o: LabObservation): LabRowIssue['got'] => ({
  testId: o.testId,
  sourceName: o.sourceName,
  value: o.value,
  valueText: o.valueText,
  unit: o.unit,
  flag: o.flag.value,
  rangeText: o.referenceRange?.text,
  confidence: o.confidence,
  reviewReasons: o.reviewReasons,
});

/** The same matching as scoreLabReport, listing every row that did not count as correct. */
export function diagnoseLabReport(
  truth: readonly TruthRow[],
  observations: readonly LabObservation[],
): LabRowIssue[] {
  const out: LabRowIssue[] = [];
  const used = new Set<LabObservation>();
  for (const t of truth) {
    const o = observations.find((x) => x.testId === t.testId && !used.has(x));
    if (!o) {
      out.push({ kind: 'missed', confidentlyWrong: false, expected: t });
      continue;
    }
    used.add(o);
    if (!isRowCorrect(t, o))
      out.push({ kind: 'wrong', confidentlyWrong: !o.needsReview, expected: t, got: gotOf(o) });
  }
  for (const o of observations)
    if (!used.has(o)) out.push({ kind: 'invented', confidentlyWrong: !o.needsReview, got: gotOf(o) });
  return out;
}
