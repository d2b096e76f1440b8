import type { LabPanel, ReviewReason } from './lab-observation.ts';
import type { LabTestDef } from './lab-tests-data.ts';
import type { LabNameCandidate } from './match-lab-name.ts';

/**
 * Chooses among name candidates using what else the row says: the unit (10^9/L → blood WBC, /HPF →
 * urine sediment), whether the value is qualitative (阴性 → urine strip), and the panel the rest of
 * the table belongs to. A tie nothing breaks stays a tie: the best candidate is offered with a
 * confidence below the review threshold.
 */
export interface LabTestContext {
  unit?: string;
  valueKind?: 'number' | 'qualitative';
  panelHint?: LabPanel;
  /**
   * Tests other rows of the same table were read as with confidence. A report prints each test once,
   * so a tie between a taken test and a free one is the free one — by elimination, still reviewed.
   */
  taken?: ReadonlySet<string>;
}

export interface ResolvedLabTest {
  test?: LabTestDef;
  confidence: number;
  reason?: ReviewReason;
}

/** Candidates within this much of the best are indistinguishable by name alone. */
const TIE = 0.1;
const AMBIGUOUS_CONFIDENCE = 0.5;
/** A name settled by elimination or a loose match is an inference: shown, and below the review line. */
export const INFERRED_NAME_CONFIDENCE = 0.6;

export function unitFits(test: LabTestDef, unit: string | undefined): boolean {
  if (!unit) return true;
  return unit === test.unit || (test.altUnits ?? []).includes(unit);
}

export function kindFits(test: LabTestDef, kind: LabTestContext['valueKind']): boolean {
  if (!kind) return true;
  if (kind === 'qualitative') return test.valueKind !== 'quantity';
  return test.valueKind !== 'qualitative';
}

export function resolveLabTest(
  candidates: readonly LabNameCandidate[],
  ctx: LabTestContext,
): ResolvedLabTest {
  if (candidates.length === 0) return { confidence: 0, reason: 'name_unknown' };
  const fitting = candidates.filter((c) => kindFits(c.test, ctx.valueKind) && unitFits(c.test, ctx.unit));
  // When nothing fits, keep every candidate: the unit/value check will then flag the mismatch.
  const pool = fitting.length > 0 ? fitting : candidates;
  const top = pool[0] as LabNameCandidate;
  let ties = pool.filter((c) => c.confidence >= top.confidence - TIE);
  if (ties.length > 1 && ctx.panelHint) {
    const inPanel = ties.filter((c) => c.test.panel === ctx.panelHint);
    if (inPanel.length >= 1) ties = inPanel;
  }
  const free = ctx.taken ? ties.filter((c) => !ctx.taken?.has(c.test.id)) : ties;
  if (ties.length > 1 && free.length === 1) {
    const only = free[0] as LabNameCandidate;
    return {
      test: only.test,
      confidence: Math.min(only.confidence, INFERRED_NAME_CONFIDENCE),
      reason: 'name_uncertain',
    };
  }
  if (ties.length > 1) {
    return {
      test: top.test,
      confidence: Math.min(top.confidence, AMBIGUOUS_CONFIDENCE),
      reason: 'name_ambiguous',
    };
  }
  const chosen = ties[0] as LabNameCandidate;
  return { test: chosen.test, confidence: chosen.confidence };
}

/** The panel most unambiguous rows of a table belong to, used to break ties on the others. */
export function dominantPanel(resolved: readonly (LabTestDef | undefined)[]): LabPanel | undefined {
  const counts = new Map<LabPanel, number>();
  for (const t of resolved) if (t) counts.set(t.panel, (counts.get(t.panel) ?? 0) + 1);
  let best: LabPanel | undefined;
  let n = 0;
  for (const [p, c] of counts) if (c > n) [best, n] = [p, c];
  return best;
}
