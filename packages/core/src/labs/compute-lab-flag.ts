import type { Comparator, LabFlag, LabReferenceRange, QualitativeValue } from './lab-observation.ts';

/**
 * Flags: the one printed on the report and the one recomputed from value and range. They are kept
 * apart; a disagreement is surfaced (flagConflict) rather than resolved by picking one, because either
 * the value, the range or the arrow was misread — or the lab used a range it did not print.
 */

/** Printed flag text (arrow, letter, word) → flag; undefined for empty; null when not a flag at all. */
export function parsePrintedFlag(text: string | undefined): LabFlag | undefined | null {
  if (text === undefined) return undefined;
  const s = text
    .normalize('NFKC')
    .replace(/[\s()]/g, '')
    .toUpperCase();
  if (!s) return undefined;
  if (/^(↑+|⬆|▲|H+|高|偏高|HIGH|>)$/.test(s)) return 'H';
  if (/^(↓+|⬇|▼|L+|低|偏低|LOW|<)$/.test(s)) return 'L';
  if (/^(N|正常|NORMAL|NEG)$/.test(s)) return 'N';
  if (/^(A|AA|\*|※|异常|阳性|ABNORMAL|POS)$/.test(s)) return 'A';
  return null;
}

const QUAL_RANK: Record<QualitativeValue, number> = {
  negative: 0,
  normal: 0,
  trace: 1,
  'weakly-positive': 1,
  positive: 2,
  '1+': 2,
  '2+': 3,
  '3+': 4,
  '4+': 5,
};

export function computeLabFlag(
  value: number | QualitativeValue,
  range: LabReferenceRange | undefined,
  comparator?: Comparator,
): LabFlag | undefined {
  if (!range) return undefined;
  if (typeof value === 'string') {
    if (!range.qualitative) return undefined;
    // Anything above the printed normal grade (阴性 → ±, +...) is abnormal; direction is not meaningful.
    return QUAL_RANK[value] > QUAL_RANK[range.qualitative] ? 'A' : 'N';
  }
  const { low, high } = range;
  if (low === undefined && high === undefined) return undefined;
  if (comparator) return computeCensored(value, comparator, low, high);
  if (low !== undefined && (value < low || (range.lowExclusive && value === low))) return 'L';
  if (high !== undefined && (value > high || (range.highExclusive && value === high))) return 'H';
  return 'N';
}

/** "<0.1" or ">1000": decide only when every value the comparator allows gets the same flag. */
function computeCensored(v: number, c: Comparator, low?: number, high?: number): LabFlag | undefined {
  if (c === '<' || c === '<=') {
    if (low !== undefined && (v < low || (c === '<' && v === low))) return 'L';
    if (high !== undefined && v <= high && (low === undefined || low <= 0)) return 'N';
    return undefined;
  }
  if (high !== undefined && (v > high || (c === '>' && v === high))) return 'H';
  if (low !== undefined && v >= low && high === undefined) return 'N';
  return undefined;
}

/**
 * Do the printed and computed flags disagree? `A` (abnormal) agrees with H and L. A missing printed
 * flag disagrees with an abnormal computed one only when the report prints flags at all
 * (`expectPrinted`) — otherwise silence is that lab's style, not a misread.
 */
export function flagsConflict(
  printed: LabFlag | undefined,
  computed: LabFlag | undefined,
  expectPrinted: boolean,
): boolean {
  if (computed === undefined) return false;
  if (printed === undefined || printed === 'N') {
    if (printed === undefined && !expectPrinted) return false;
    return computed !== 'N';
  }
  if (printed === 'A') return computed === 'N';
  if (computed === 'A') return false;
  return printed !== computed;
}
