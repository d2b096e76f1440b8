import { parsePrintedFlag } from './compute-lab-flag.ts';
import type { Comparator, LabFlag, QualitativeValue } from './lab-observation.ts';

/**
 * A result cell → number (with comparator) or canonical qualitative value, plus a flag printed in the
 * same cell ("6.5↑", "6.5 H"). Digit repairs (O→0, l→1, comma→point, the point lost after a leading
 * zero in "07") are applied but lower the confidence below the review threshold: a decimal point is
 * exactly what must not be guessed.
 */
export type ParsedLabValue =
  | {
      kind: 'number';
      value: number;
      comparator?: Comparator;
      printedFlag?: LabFlag;
      /** A glyph after the number where an arrow belongs but no arrow could be read ("10.5!"). */
      unreadMark?: boolean;
      confidence: number;
      repaired: boolean;
    }
  | { kind: 'qualitative'; value: QualitativeValue; printedFlag?: LabFlag; confidence: number }
  | { kind: 'unparsed'; text: string; printedFlag?: LabFlag; confidence: number };

const QUALITATIVE: [RegExp, QualitativeValue][] = [
  [/^(阴性|阴|-|−|–|—|neg|negative|nil|阴性-|-阴性)$/, 'negative'],
  // 士/土 are how a recogniser trained on Chinese text reads a printed ± (never a result otherwise).
  [/^(±|\+-|\+\/-|-\/\+|微量|trace|tr|可疑|士|土)$/, 'trace'],
  [/^(弱阳性|弱阳)$/, 'weakly-positive'],
  [/^(\+|1\+|\+1|阳性\+|\+阳性)$/, '1+'],
  [/^(\+\+|2\+|\+2|阳性\+\+)$/, '2+'],
  [/^(\+\+\+|3\+|\+3|阳性\+\+\+)$/, '3+'],
  [/^(\+\+\+\+|4\+|\+4|阳性\+\+\+\+)$/, '4+'],
  [/^(阳性|阳|pos|positive)$/, 'positive'],
  [/^(正常|normal|norm)$/, 'normal'],
];

/**
 * 阴性/阳性 as a blurred, noisy photo reads them: 阴 with its 阝 seen as 日 ("明性") or lost ("用性"),
 * 性 without its 忄 ("阴生"). Never a result otherwise; read with a confidence below the review line.
 * (旧性 is left alone: 旧 is as near 阳 as 阴.)
 */
const QUALITATIVE_MISREAD: [RegExp, QualitativeValue][] = [
  [/^(明性|用性|阴生)$/, 'negative'],
  [/^(阳生)$/, 'positive'],
];

const FLAG_AT_END = /\s*(↑↑?|↓↓?|⬆|⬇|▲|▼|\(?[HL]\)?|高|低)$/;
const FLAG_AT_START = /^(↑↑?|↓↓?|⬆|⬇|▲|▼)\s*/;
/**
 * What a faint or blurred inline arrow comes out as: "!" (never a digit or letter — "|" is left to
 * the digit repair, since it is as often a 1).
 */
const MARK_AT_END = /(?<=\d)\s*[!！¦]$/;

export function parseLabValue(raw: string | undefined): ParsedLabValue | undefined {
  if (raw === undefined) return undefined;
  let s = raw.normalize('NFKC').trim();
  if (!s) return undefined;
  let printedFlag: LabFlag | undefined;
  const takeFlag = (m: RegExpExecArray | null) => {
    if (!m) return;
    const f = parsePrintedFlag(m[1]);
    if (f) printedFlag = f;
    s = (s.slice(0, m.index) + s.slice(m.index + m[0].length)).trim();
  };
  takeFlag(FLAG_AT_START.exec(s));
  // A trailing H/L is a flag only after a number ("6.5H"); after text it may be part of a word.
  const end = FLAG_AT_END.exec(s);
  if (end && (!/^\(?[HL]\)?$/.test(end[1] ?? '') || /\d\s*\(?[HL]\)?$/.test(s))) takeFlag(end);

  let unreadMark = false;
  if (!printedFlag && MARK_AT_END.test(s)) {
    s = s.replace(MARK_AT_END, '');
    unreadMark = true;
  }

  const qual = parseQualitative(s);
  if (qual) return { kind: 'qualitative', value: qual.value, printedFlag, confidence: qual.confidence };

  const num = parseNumber(s);
  if (num) return { kind: 'number', ...num, printedFlag, ...(unreadMark ? { unreadMark } : {}) };
  if (unreadMark) s = raw.normalize('NFKC').trim();
  return { kind: 'unparsed', text: s, printedFlag, confidence: 0.2 };
}

function parseQualitative(s: string): { value: QualitativeValue; confidence: number } | undefined {
  const compact = s.toLowerCase().replace(/[\s()]/g, '');
  for (const [re, v] of QUALITATIVE) if (re.test(compact)) return { value: v, confidence: 1 };
  for (const [re, v] of QUALITATIVE_MISREAD) if (re.test(compact)) return { value: v, confidence: 0.6 };
  // Semi-quantitative strip results: "3+(28)", "+(0.3g/L)" — the grade is what was printed first.
  const semi = /^([+]{1,4}|[1-4]\+|±|阴性|阳性)\(.*\)$/.exec(s.replace(/\s/g, ''));
  if (semi?.[1]) {
    const inner = parseQualitative(semi[1]);
    if (inner) return { value: inner.value, confidence: 0.95 };
  }
  return undefined;
}

function parseNumber(
  s0: string,
): { value: number; comparator?: Comparator; confidence: number; repaired: boolean } | undefined {
  // Digit groups apart ("61.1 96": the value and its % misread; "320 o": a stray glyph) are cells
  // the detector merged, not one number: joined they made 61.196 and 3200. Left to the caller to split.
  if (/\d\s+[\dOoIl|]|[\dOoIl|]\s+\d/.test(s0)) return undefined;
  let s = s0.replace(/\s+/g, '');
  let comparator: Comparator | undefined;
  const cmp = /^(<=|>=|≤|≥|<|>)/.exec(s);
  if (cmp?.[1]) {
    comparator = ({ '<=': '<=', '≤': '<=', '>=': '>=', '≥': '>=', '<': '<', '>': '>' } as const)[cmp[1]];
    s = s.slice(cmp[1].length);
  }
  // A leading zero before another digit is never printed ("07", "012"): the point after the zero was
  // lost (0.7, 0.12). Read so, below the review threshold — as a whole number it can sit inside a
  // range that lost its own point ("07" beside "0.0-10") and pass as normal.
  if (/^0\d+$/.test(s))
    return { value: Number(`0.${s.slice(1)}`), comparator, confidence: 0.6, repaired: true };
  if (/^[+-]?\d+(\.\d+)?$/.test(s)) return { value: Number(s), comparator, confidence: 1, repaired: false };
  // OCR digit repairs: only when the token is otherwise a number.
  let repaired = s.replace(/[Oo]/g, '0').replace(/[lI|]/g, '1');
  // L/S/A are what a blurred 1/5/4 become ("L.15", "SL.0", "7A"), but only beside a real digit: a
  // lone letter in the result column is not a number.
  if (/\d/.test(repaired)) repaired = repaired.replace(/L/g, '1').replace(/S/g, '5').replace(/A/g, '4');
  if (/^0\d+$/.test(repaired)) repaired = `0.${repaired.slice(1)}`; // "O7": as "07" above
  let confidence = 0.7;
  if (/^\d+,\d{3}$/.test(repaired)) {
    // "1,234": thousands separator or a misread decimal point — both readings are plausible.
    repaired = repaired.replace(',', '');
    confidence = 0.5;
  } else if (/^\d+,\d{1,2}$/.test(repaired)) {
    repaired = repaired.replace(',', '.');
  }
  if (/^[+-]?\d+(\.\d+)?$/.test(repaired))
    return { value: Number(repaired), comparator, confidence, repaired: true };
  return undefined;
}
