import type { Evidence } from '../types/evidence.ts';
import type { Fact } from '../types/fact.ts';
import type { DraftSentence, VisitDraft } from '../record/draft-types.ts';
import { verifyDraft } from '../record/verify-draft.ts';
import { evidenceKey } from '../fusion/merge-group.ts';
import { extractText } from '../extract/extract-text.ts';
import { reidentify } from './deidentify.ts';
import type { EvidenceText } from './evidence-text.ts';
import type { OfferedSentence, RewordCall, RewordPlan } from './plan-reword.ts';
import { parseRewordOutput } from './reword-schema.ts';
import { disclosesPrompt, isGroundedWording } from './wording-grounding.ts';

/** Why one model sentence was not used (counts are kept for the pilot metrics). */
export type RejectionReason =
  | 'unknown_sentence'
  | 'no_evidence_cited'
  | 'foreign_evidence'
  | 'unknown_placeholder'
  | 'prompt_disclosure'
  | 'unmatched_number'
  | 'failed_verifier'
  | 'unsupported_fact'
  | 'negation_changed'
  | 'added_sentence'
  | 'ungrounded_wording';

export const REJECTION_REASONS: readonly RejectionReason[] = [
  'unknown_sentence',
  'no_evidence_cited',
  'foreign_evidence',
  'unknown_placeholder',
  'prompt_disclosure',
  'unmatched_number',
  'failed_verifier',
  'unsupported_fact',
  'negation_changed',
  'added_sentence',
  'ungrounded_wording',
];

/** A whole call that produced nothing usable. */
export type CallFailure =
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  | 'http_error'
  | 'network'
  | 'endpoint_refused'
  | 'malformed_json'
  | 'schema_mismatch'
  | 'empty_response'
  /** The local GGUF model file is missing, unreadable, not GGUF or corrupt (never its path). */
  | 'model_unavailable';

export interface RewordStats {
  offered: number;
  accepted: number;
  /** Sentences the model answered but that failed verification. */
  rejected: number;
  /** Offered sentences the model did not answer, or whose call failed: kept deterministic. */
  unanswered: number;
  /** Answered with the same wording (verified, nothing to replace). */
  unchanged: number;
  rejections: Record<RejectionReason, number>;
  callFailures: Partial<Record<CallFailure, number>>;
}

export interface RewordNotice {
  code: 'llm_not_used' | 'llm_partly_used';
  /** The first call failure, if the model could not be used at all; never patient data. */
  reason?: CallFailure | 'all_rejected' | 'nothing_to_reword' | 'disabled' | 'internal';
  zh: string;
  en: string;
}

export interface RewordOutcome {
  /** Always a complete draft: model wording where it verified, the deterministic sentence elsewhere. */
  draft: VisitDraft;
  /** Some model sentence verified (changed or confirmed the wording). */
  used: boolean;
  notice?: RewordNotice;
  stats: RewordStats;
}

export type CallResult = { ok: true; content: string } | { ok: false; failure: CallFailure };

const emptyRejections = (): Record<RejectionReason, number> =>
  Object.fromEntries(REJECTION_REASONS.map((r) => [r, 0])) as Record<RejectionReason, number>;

const factKey = (f: Fact): string =>
  f.code ? `${f.code.system}|${f.code.code}` : `${f.kind}|${f.display.en.toLowerCase()}`;

function readFacts(text: string): Fact[] | null {
  try {
    return extractText(text, { sourceId: 'candidate' });
  } catch {
    return null;
  }
}

/**
 * The exact words a fact was read from. A questionnaire answer or an OCR line is evidence as a
 * whole, so text planted beside the fact in it would count as "grounded": for those only the facts
 * themselves (their names and values) are reference.
 */
function narrowSpan(e: Evidence, evidenceText: EvidenceText): string {
  if (e.locator.kind !== 'transcript' && e.locator.kind !== 'text') return '';
  return evidenceText.span(e) ?? '';
}

// Full stops, question and exclamation marks that end a sentence (not a decimal point, not "Dr.").
const SENTENCE_END = /[。！？!?]|(?<![\d]|\b(?:Dr|Mr|Mrs|Ms|St|vs|approx|e\.g|i\.e))\.(?!\d)/g;
const sentenceEnds = (t: string) => (t.match(SENTENCE_END) ?? []).length;
const endsSentence = (t: string) => /[。！？!?.]\s*[)）”"]?\s*$/.test(t);

interface Checked {
  ok: boolean;
  reason?: RejectionReason;
  sentence?: DraftSentence;
}

/**
 * Checks one model sentence against everything the deterministic sentence was built from. Any
 * doubt rejects: the deterministic sentence is always a safe answer.
 */
function checkCandidate(
  draft: VisitDraft,
  call: RewordCall,
  offered: OfferedSentence,
  cand: { text: string; evidence: string[] },
  plan: RewordPlan,
  factsByEvidence: Map<string, Fact[]>,
  evidenceText: EvidenceText,
): Checked {
  if (cand.evidence.length === 0) return { ok: false, reason: 'no_evidence_cited' };
  const cited: Evidence[] = [];
  for (const id of new Set(cand.evidence)) {
    const e = offered.evidence.get(id);
    if (!e) return { ok: false, reason: 'foreign_evidence' };
    cited.push(e);
  }
  const system = call.messages[0]?.content ?? '';
  if (disclosesPrompt(cand.text, system, [plan.canary, plan.nonce]))
    return { ok: false, reason: 'prompt_disclosure' };
  const re = reidentify(cand.text, plan.deid.map);
  if (re.unknownPlaceholders > 0) return { ok: false, reason: 'unknown_placeholder' };
  const text = re.text.trim();

  // Numbers, evidence, chief-complaint and assessment rules: the record verifier, on this sentence alone.
  const sentence: DraftSentence = {
    text,
    evidence: cited,
    factIds: offered.original.factIds,
  };
  const section = draft[offered.ref.view][offered.ref.section]!;
  const mini: VisitDraft = {
    ...draft,
    zh: [],
    en: [],
    soap: { zh: [], en: [] },
    [offered.ref.view]: [{ ...section, sentences: [sentence] }],
  };
  const original = offered.original.text;
  // A rewording says the same thing: one sentence stays one sentence (nothing tacked on after its
  // full stop), and not much longer than the sentence it replaces.
  if (
    sentenceEnds(text) > Math.max(1, sentenceEnds(original)) ||
    (endsSentence(original) && !endsSentence(text))
  )
    return { ok: false, reason: 'added_sentence' };
  if (text.length > original.length * 1.5 + 10) return { ok: false, reason: 'ungrounded_wording' };
  // The deterministic sentence is the engine's own statement of this evidence: its numbers count too.
  const violations = verifyDraft(mini, {
    sourceText: (e) => `${narrowSpan(e, evidenceText)} ${original}`,
  }).filter((v) => v.sentence === 0);
  if (violations.some((v) => v.kind === 'unmatched_number')) return { ok: false, reason: 'unmatched_number' };
  if (violations.length > 0) return { ok: false, reason: 'failed_verifier' };

  // Clinical facts the candidate states must be facts its evidence states, with the same polarity.
  const behind = cited.flatMap((e) => factsByEvidence.get(evidenceKey(e)) ?? []);
  const allowed = new Map<string, Set<string>>();
  const allow = (f: Fact) => {
    const k = factKey(f);
    const set = allowed.get(k) ?? new Set<string>();
    set.add(f.status);
    allowed.set(k, set);
  };
  behind.forEach(allow);
  const fromOriginal = readFacts(original) ?? [];
  fromOriginal.forEach(allow);
  const stated = readFacts(text);
  if (stated === null) return { ok: false, reason: 'unsupported_fact' };
  for (const f of stated) {
    const statuses = allowed.get(factKey(f));
    if (!statuses) return { ok: false, reason: 'unsupported_fact' };
    const polar = f.status === 'present' || f.status === 'absent';
    const opposite = f.status === 'present' ? 'absent' : 'present';
    if (polar && !statuses.has(f.status) && statuses.has(opposite))
      return { ok: false, reason: 'negation_changed' };
  }

  // Wording: drawn from the original sentence, the cited spans and the facts' names.
  const reference = [
    original,
    ...cited.map((e) => narrowSpan(e, evidenceText)),
    ...behind.flatMap((f) => [f.display.zh, f.display.en]),
  ].join('\n');
  if (!isGroundedWording(text, reference, offered.ref.view))
    return { ok: false, reason: 'ungrounded_wording' };
  return { ok: true, sentence };
}

const NOTICE_TEXT = {
  llm_not_used: {
    zh: '本草稿未使用大模型润色，内容为系统确定性生成。',
    en: 'The language model was not used for this draft; the wording is the deterministic engine’s.',
  },
  llm_partly_used: {
    zh: '部分句子的大模型润色未通过核验，已保留系统原句。',
    en: 'Some model rewordings failed verification; those sentences keep the engine’s wording.',
  },
} as const;

export function rewordNotice(code: RewordNotice['code'], reason?: RewordNotice['reason']): RewordNotice {
  return { code, ...(reason ? { reason } : {}), ...NOTICE_TEXT[code] };
}

/**
 * Applies the model's answers to a copy of the draft. Each accepted sentence replaces its
 * deterministic original (and the identical sentence in the SOAP view); everything else stays.
 * The input draft is never modified, so it survives any failure.
 */
export function applyReword(
  draft: VisitDraft,
  plan: RewordPlan,
  results: readonly CallResult[],
  evidenceText: EvidenceText,
): RewordOutcome {
  const out = structuredClone(draft);
  const stats: RewordStats = {
    offered: 0,
    accepted: 0,
    rejected: 0,
    unanswered: 0,
    unchanged: 0,
    rejections: emptyRejections(),
    callFailures: {},
  };
  const factsByEvidence = new Map<string, Fact[]>();
  for (const f of draft.facts)
    for (const m of [f, ...f.members])
      for (const e of m.evidence) {
        const k = evidenceKey(e);
        factsByEvidence.set(k, [...(factsByEvidence.get(k) ?? []), m]);
      }
  const replacements = new Map<string, DraftSentence>(); // original sentence key → accepted
  const sentenceKey = (s: DraftSentence) => `${s.text}\u0001${s.evidence.map(evidenceKey).join('\u0002')}`;
  let firstFailure: CallFailure | undefined;

  plan.calls.forEach((call, i) => {
    stats.offered += call.offered.length;
    const r = results[i] ?? { ok: false, failure: 'empty_response' as const };
    let failure: CallFailure | undefined = r.ok ? undefined : r.failure;
    let answers: { id: string; text: string; evidence: string[] }[] = [];
    if (r.ok) {
      const parsed = parseRewordOutput(r.content);
      if (parsed.ok) answers = parsed.output.sentences;
      else failure = parsed.reason;
    }
    if (failure) {
      stats.callFailures[failure] = (stats.callFailures[failure] ?? 0) + 1;
      firstFailure ??= failure;
      stats.unanswered += call.offered.length;
      return;
    }
    const byId = new Map(call.offered.map((o) => [o.id, o]));
    const answered = new Set<string>();
    for (const a of answers) {
      const o = byId.get(a.id);
      if (!o || answered.has(a.id)) {
        stats.rejections.unknown_sentence++;
        stats.rejected++;
        continue;
      }
      answered.add(a.id);
      const c = checkCandidate(draft, call, o, a, plan, factsByEvidence, evidenceText);
      if (!c.ok) {
        stats.rejections[c.reason!]++;
        stats.rejected++;
        continue;
      }
      // Unchanged wording is neither a gain nor a rejection.
      if (c.sentence!.text === o.original.text) {
        stats.unchanged++;
        continue;
      }
      const accepted = { ...o.original, text: c.sentence!.text, evidence: c.sentence!.evidence };
      out[o.ref.view][o.ref.section]!.sentences[o.ref.sentence] = accepted;
      replacements.set(sentenceKey(o.original), accepted);
      stats.accepted++;
    }
    stats.unanswered += call.offered.filter((o) => !answered.has(o.id)).length;
  });

  for (const view of ['zh', 'en'] as const)
    for (const sec of out.soap[view])
      sec.sentences = sec.sentences.map((s) => replacements.get(sentenceKey(s)) ?? s);

  let notice: RewordNotice | undefined;
  if (plan.calls.length === 0) notice = rewordNotice('llm_not_used', 'nothing_to_reword');
  else if (stats.accepted + stats.unchanged === 0)
    notice = rewordNotice('llm_not_used', firstFailure ?? (stats.rejected > 0 ? 'all_rejected' : undefined));
  else if (stats.rejected > 0 || stats.unanswered > 0 || firstFailure)
    notice = rewordNotice('llm_partly_used', firstFailure);
  return { draft: out, used: stats.accepted + stats.unchanged > 0, ...(notice ? { notice } : {}), stats };
}
