import type { LabObservation, LabReferenceRange, QualitativeValue } from '../labs/lab-observation.ts';
import { LAB_TESTS } from '../labs/lab-tests-data.ts';
import { numbersInText } from '../record/numbers-in-text.ts';
import {
  DIRECTION_WORDS,
  DISCUSS_BY_PANEL,
  FIXED_TEXT,
  LAY_NAMES,
  QUALITATIVE_WORDS,
} from './lab-explain-wording-data.ts';

export type LabExplanationSentenceKind = 'intro' | 'item' | 'discuss' | 'check' | 'closing';

export interface LabExplanationSentence {
  kind: LabExplanationSentenceKind;
  /** Index of the observation in the report this sentence speaks about (item, discuss, check). */
  observation?: number;
  zh: string;
  en: string;
  /** Set when a language model's wording replaced the engine's in that language (and verified). */
  reworded?: { zh?: boolean; en?: boolean };
}

export interface LabExplanation {
  sentences: LabExplanationSentence[];
  counts: { explained: number; withinRange: number; toCheck: number };
}

export type LabDirection = 'high' | 'low' | 'abnormal';

const QUALITATIVE = new Set(Object.keys(QUALITATIVE_WORDS));
const panelOf = new Map(LAB_TESTS.map((t) => [t.id, t.panel]));

/** Direction of an out-of-range result, or null when it is within range or has no flag. */
export function labDirection(o: LabObservation): LabDirection | null {
  switch (o.flag.value) {
    case 'H':
      return 'high';
    case 'L':
      return 'low';
    case 'A':
      return 'abnormal';
    default:
      return null;
  }
}

/** Every number the observation itself states: value, range, and the digits of its unit and names. */
export function observationNumbers(o: LabObservation): Set<number> {
  const set = new Set<number>();
  if (typeof o.value === 'number') set.add(o.value);
  if (o.referenceRange?.low !== undefined) set.add(o.referenceRange.low);
  if (o.referenceRange?.high !== undefined) set.add(o.referenceRange.high);
  const lay = o.testId ? LAY_NAMES[o.testId] : undefined;
  for (const t of [o.valueText, o.referenceRange?.text, o.unit, o.display.zh, o.display.en, lay?.zh, lay?.en])
    for (const n of numbersInText(t ?? '')) set.add(n);
  return set;
}

/** The plain-language name of a test in a language (lay name when known, else as reported). */
export const labName = (o: LabObservation, lang: 'zh' | 'en') => {
  const lay = o.testId ? LAY_NAMES[o.testId] : undefined;
  return lay?.[lang] ?? (o.display[lang] || o.sourceName);
};

const unitSuffix = (o: LabObservation) => (o.unit ? ` ${o.unit}` : '');

function valueText(o: LabObservation, lang: 'zh' | 'en'): string | null {
  if (typeof o.value === 'number') return `${o.comparator ?? ''}${o.value}${unitSuffix(o)}`;
  if (QUALITATIVE.has(o.value)) return QUALITATIVE_WORDS[o.value as QualitativeValue][lang];
  return null; // raw text the parser could not read: not explained, the doctor checks it
}

/** The usual range as the patient reads it, with the unit; null when there is none to show. */
export function labRangeText(
  r: LabReferenceRange | undefined,
  o: LabObservation,
  lang: 'zh' | 'en',
): string | null {
  if (!r) return null;
  if (r.qualitative) return QUALITATIVE_WORDS[r.qualitative][lang];
  const u = unitSuffix(o);
  if (r.low !== undefined && r.high !== undefined) return `${r.low}–${r.high}${u}`;
  if (r.high !== undefined) return `${r.highExclusive ? '<' : '≤'}${r.high}${u}`;
  if (r.low !== undefined) return `${r.lowExclusive ? '>' : '≥'}${r.low}${u}`;
  return null;
}

function itemSentence(o: LabObservation, dir: LabDirection): { zh: string; en: string } | null {
  const vz = valueText(o, 'zh');
  const ve = valueText(o, 'en');
  const rz = labRangeText(o.referenceRange, o, 'zh');
  const re = labRangeText(o.referenceRange, o, 'en');
  if (!vz || !ve || !rz || !re) return null;
  const d = DIRECTION_WORDS[dir];
  return {
    zh: `${labName(o, 'zh')}：您的结果是 ${vz}，通常范围是 ${rz}，${d.zh}。`,
    en: `${capitalise(labName(o, 'en'))}: your result is ${ve}, ${d.en} of ${re}.`,
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A lay explanation of one lab report for the patient (deterministic; the default and the judge of
 * any model rewording). Only out-of-range results are explained, each with what to discuss with the
 * doctor; a result marked for review is never explained — the patient reads that the doctor will
 * check it, without the number. Results within range are counted, not listed. The patient only ever
 * sees this after a doctor approves it (DESIGN.md invariant 1).
 */
export function explainLabReport(observations: readonly LabObservation[]): LabExplanation {
  const body: LabExplanationSentence[] = [];
  const counts = { explained: 0, withinRange: 0, toCheck: 0 };
  observations.forEach((o, i) => {
    const dir = labDirection(o);
    const unsure = o.needsReview || o.flagConflict || o.flag.value === undefined;
    const item = unsure || !dir ? null : itemSentence(o, dir);
    // Never guessed for the patient: a doubtful read, or one without a flag to compare, goes to the doctor.
    if (unsure || (dir && !item)) {
      counts.toCheck++;
      body.push({
        kind: 'check',
        observation: i,
        zh: `${labName(o, 'zh')}：${FIXED_TEXT.check.zh}`,
        en: `${capitalise(labName(o, 'en'))}: ${FIXED_TEXT.check.en}`,
      });
      return;
    }
    if (!item) {
      counts.withinRange++;
      return;
    }
    counts.explained++;
    const discuss = DISCUSS_BY_PANEL[(o.testId && panelOf.get(o.testId)) || 'other'];
    body.push({ kind: 'item', observation: i, ...item });
    body.push({ kind: 'discuss', observation: i, zh: discuss.zh, en: discuss.en });
  });
  const intro = counts.explained > 0 ? FIXED_TEXT.intro : FIXED_TEXT.allNormal;
  return {
    sentences: [
      { kind: 'intro', zh: intro.zh, en: intro.en },
      ...body,
      { kind: 'closing', zh: FIXED_TEXT.closing.zh, en: FIXED_TEXT.closing.en },
    ],
    counts,
  };
}

/** The explanation as one text in a language, as the patient reads it. */
export function renderLabExplanation(e: LabExplanation, lang: 'zh' | 'en'): string {
  return e.sentences.map((s) => s[lang]).join('\n');
}
