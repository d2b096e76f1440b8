/**
 * Verification of what a model read from a patient's pre-consultation answers (issue 9). Every
 * finding must quote the patient's own words exactly, name a concept the triage rules know, state
 * only numbers its quote contains, and agree with the engine's own reading of the quote's
 * polarity; anything else is dropped and counted. What survives can only ever be added to the
 * deterministic triage (see precheck/triage-with-model-findings.ts), never replace it.
 */
import { numbersInText } from '../record/numbers-in-text.ts';
import { normaliseChineseNumbers } from '../triage/chinese-numerals.ts';
import { detectInputProblems } from '../triage/detect-input-problems.ts';
import { findConcepts, normaliseText } from '../triage/find-concepts.ts';
import { conceptDef } from '../triage/symptom-lexicon.ts';
import type { Bilingual } from '../types/evidence.ts';
import type { CallFailure, CallResult } from './apply-reword.ts';
import { reidentify } from './deidentify.ts';
import type { OfferedAnswer, PrecheckReadPlan } from './plan-precheck-read.ts';
import { parsePrecheckFindings, type DurationUnit, type ModelFinding } from './precheck-findings-schema.ts';

/** Why one model finding was not used (counts are kept for the pilot metrics). */
export type PrecheckRejectionReason =
  | 'unknown_answer'
  | 'span_not_found'
  | 'instruction_like'
  | 'unknown_concept'
  | 'incomplete'
  | 'unmatched_number'
  | 'negation_changed';

export const PRECHECK_REJECTION_REASONS: readonly PrecheckRejectionReason[] = [
  'unknown_answer',
  'span_not_found',
  'instruction_like',
  'unknown_concept',
  'incomplete',
  'unmatched_number',
  'negation_changed',
];

/** A verified finding: the patient's own words (re-identified) and where they stand in the stored answer. */
export interface ModelPrecheckFinding {
  linkId: string;
  quote: string;
  start: number;
  end: number;
  type: ModelFinding['type'];
  concept?: string;
  label?: Bilingual;
  present?: boolean;
  value?: number;
  unit?: DurationUnit;
  durationHours?: number;
  severity?: number;
}

export interface PrecheckLlmStats {
  /** Answers offered to the model. */
  offered: number;
  /** Findings the model returned (after the schema check). */
  returned: number;
  accepted: number;
  rejected: number;
  /** Every reason listed, 0 when none (stable field names for the pilot metrics). */
  rejections: Record<PrecheckRejectionReason, number>;
  callFailures: Partial<Record<CallFailure, number>>;
}

export type PrecheckNoticeReason =
  CallFailure | 'all_rejected' | 'nothing_to_read' | 'disabled' | 'internal' | 'answers_changed';

export interface PrecheckLlmNotice {
  code: 'llm_not_used' | 'llm_partly_used';
  /** A code, never patient data. */
  reason?: PrecheckNoticeReason;
  zh: string;
  en: string;
}

export interface PrecheckLlmOutcome {
  /** True when the model answered within the schema and not every finding it gave was refused. */
  used: boolean;
  findings: ModelPrecheckFinding[];
  notice?: PrecheckLlmNotice;
  stats: PrecheckLlmStats;
}

const NOTICE_TEXT = {
  llm_not_used: {
    zh: '本次预问诊未使用大模型辅助理解，分诊与摘要完全由系统规则得出。',
    en: 'The language model was not used for this pre-consultation; triage and summary come from the rules alone.',
  },
  llm_partly_used: {
    zh: '大模型给出的部分发现未通过核验（原文中找不到、数字不符或概念未知），已丢弃。',
    en: 'Some findings from the language model failed verification (not in the patient’s words, numbers not stated, or unknown concept) and were dropped.',
  },
} as const;

export function precheckNotice(
  code: PrecheckLlmNotice['code'],
  reason?: PrecheckNoticeReason,
): PrecheckLlmNotice {
  return { code, ...(reason ? { reason } : {}), ...NOTICE_TEXT[code] };
}

export const emptyPrecheckStats = (offered = 0): PrecheckLlmStats => ({
  offered,
  returned: 0,
  accepted: 0,
  rejected: 0,
  rejections: Object.fromEntries(PRECHECK_REJECTION_REASONS.map((r) => [r, 0])) as Record<
    PrecheckRejectionReason,
    number
  >,
  callFailures: {},
});

const HOURS: Readonly<Record<DurationUnit, number>> = {
  minute: 1 / 60,
  hour: 1,
  day: 24,
  week: 24 * 7,
  month: 24 * 30,
  year: 24 * 365,
};
const MAX_DURATION_HOURS = 24 * 365 * 100;

// A denial has to be written: the model may not read "absent" into words that do not say so.
const NEGATION_CUE =
  /否认|没|无|未|不|\b(?:no|not|never|denies|denied|deny|without|none|neither|nor)\b|n't\b/i;
// Sentence ends in either script; an instruction-like sentence is data to ignore, not a source.
const SENTENCE_END = /[。！？!?；;\n]|\.(?=\s|$)/g;

const readable = (s: string) => normaliseChineseNumbers(normaliseText(s));

function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (m.index < start) from = m.index + 1;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return text.slice(from, to);
}

const isInstructionLike = (s: string) =>
  detectInputProblems(s).flags.some((f) => f.code === 'instruction_like');

type Check = { ok: true; finding: ModelPrecheckFinding } | { ok: false; reason: PrecheckRejectionReason };

/** One model finding against the answer it cites. */
export function verifyPrecheckFinding(
  f: ModelFinding,
  answers: ReadonlyMap<string, OfferedAnswer>,
  placeholders: ReadonlyMap<string, string>,
): Check {
  const a = answers.get(f.answer);
  if (!a) return { ok: false, reason: 'unknown_answer' };
  const quote = f.quote.trim();
  if (!quote) return { ok: false, reason: 'span_not_found' };
  // Every place the quote occurs; it counts if any occurrence lies outside instruction-like text.
  const at: number[] = [];
  for (let i = a.sent.indexOf(quote); i >= 0; i = a.sent.indexOf(quote, i + 1)) at.push(i);
  if (at.length === 0) return { ok: false, reason: 'span_not_found' };
  if (at.every((i) => isInstructionLike(sentenceAround(a.sent, i, i + quote.length))))
    return { ok: false, reason: 'instruction_like' };

  const numbers = numbersInText(readable(quote));
  const stated = (v: number) => numbers.some((n) => Math.abs(n - v) < 1e-9);
  if (f.value !== null && !stated(f.value)) return { ok: false, reason: 'unmatched_number' };

  const base = { linkId: a.linkId, type: f.type } as const;
  let finding: Omit<ModelPrecheckFinding, 'quote' | 'start' | 'end'>;
  if (f.type === 'symptom') {
    if (f.concept === null || f.present === null) return { ok: false, reason: 'incomplete' };
    const def = conceptDef(f.concept);
    if (!def) return { ok: false, reason: 'unknown_concept' };
    // The engine's own reading of the quote has the last word on polarity.
    const read = findConcepts(readable(quote));
    if (f.present && read.absent.has(f.concept) && !read.present.has(f.concept))
      return { ok: false, reason: 'negation_changed' };
    if (!f.present && (read.present.has(f.concept) || !NEGATION_CUE.test(quote)))
      return { ok: false, reason: 'negation_changed' };
    finding = { ...base, concept: f.concept, label: def.label, present: f.present };
  } else if (f.type === 'duration') {
    if (f.value === null || f.unit === null || f.value <= 0) return { ok: false, reason: 'incomplete' };
    const hours = f.value * HOURS[f.unit];
    if (hours > MAX_DURATION_HOURS) return { ok: false, reason: 'incomplete' };
    finding = { ...base, value: f.value, unit: f.unit, durationHours: hours };
  } else {
    if (f.value === null || f.value < 0 || f.value > 10) return { ok: false, reason: 'incomplete' };
    finding = { ...base, value: f.value, severity: f.value };
  }

  // Back to the patient's own words: the quote was taken from de-identified text.
  const back = reidentify(quote, placeholders);
  if (back.unknownPlaceholders > 0) return { ok: false, reason: 'span_not_found' };
  const start = a.original.indexOf(back.text);
  if (start < 0) return { ok: false, reason: 'span_not_found' };
  return { ok: true, finding: { ...finding, quote: back.text, start, end: start + back.text.length } };
}

const keyOf = (f: ModelPrecheckFinding) =>
  [f.type, f.concept ?? '', f.present ?? '', f.value ?? '', f.unit ?? ''].join('|');

/**
 * The model's answer → verified findings, counts and a notice. Never throws; a failed call or an
 * answer outside the schema gives no findings and "model not used".
 */
export function applyPrecheckFindings(plan: PrecheckReadPlan, result: CallResult): PrecheckLlmOutcome {
  const stats = emptyPrecheckStats(plan.offered.length);
  if (plan.offered.length === 0)
    return { used: false, findings: [], notice: precheckNotice('llm_not_used', 'nothing_to_read'), stats };
  const failed = (failure: CallFailure): PrecheckLlmOutcome => {
    stats.callFailures[failure] = (stats.callFailures[failure] ?? 0) + 1;
    return { used: false, findings: [], notice: precheckNotice('llm_not_used', failure), stats };
  };
  if (!result.ok) return failed(result.failure);
  const parsed = parsePrecheckFindings(result.content);
  if (!parsed.ok) return failed(parsed.reason);

  const answers = new Map(plan.offered.map((a) => [a.id, a]));
  const findings: ModelPrecheckFinding[] = [];
  const seen = new Set<string>();
  stats.returned = parsed.findings.length;
  for (const f of parsed.findings) {
    const c = verifyPrecheckFinding(f, answers, plan.deid.map);
    if (!c.ok) {
      stats.rejected++;
      stats.rejections[c.reason]++;
      continue;
    }
    stats.accepted++;
    // The same statement twice (from two answers, or repeated) is one finding for the doctor.
    if (seen.has(keyOf(c.finding))) continue;
    seen.add(keyOf(c.finding));
    findings.push(c.finding);
  }
  const used = stats.returned === 0 || stats.accepted > 0;
  const notice = !used
    ? precheckNotice('llm_not_used', 'all_rejected')
    : stats.rejected > 0
      ? precheckNotice('llm_partly_used')
      : undefined;
  return { used, findings, ...(notice ? { notice } : {}), stats };
}
