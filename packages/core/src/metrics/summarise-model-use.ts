import type { LabRewordRejection } from '../lab-explain/reword-lab-explanation.ts';
import { PRECHECK_REJECTION_REASONS } from '../llm/apply-precheck-findings.ts';
import { REJECTION_REASONS, type CallFailure } from '../llm/apply-reword.ts';

/**
 * "AI model use" in the pilot metrics (issue 9: rejection counts are kept and shown). Input is what
 * each stage stores, read straight from its JSON column; a null record means no model was configured
 * when the item was made. Stored JSON may predate a field, so every count is read defensively.
 */

type Counts = Partial<Record<string, number>>;
interface Notice {
  code?: string;
  /** A code (never patient data): a call failure, `all_rejected`, `nothing_to_reword`, … */
  reason?: string;
}

/** `drafts.content.llm` of an AI-generated version (server visits/reword-visit-draft.ts). */
export interface DraftModelRecord {
  used?: boolean;
  notice?: Notice;
  stats?: {
    offered?: number;
    accepted?: number;
    rejected?: number;
    unanswered?: number;
    unchanged?: number;
    rejections?: Counts;
    callFailures?: Counts;
  };
  /** Present when the reworded draft failed the whole-draft verify and was not used: violation kinds. */
  droppedAtFinalVerify?: Counts;
}

/** `precheck_sessions.llm` of a finished session (server precheck/precheck-model-read.ts). */
export interface PrecheckModelRecord {
  used?: boolean;
  notice?: Notice;
  stats?: {
    offered?: number;
    returned?: number;
    accepted?: number;
    rejected?: number;
    rejections?: Counts;
    callFailures?: Counts;
  };
  raised?: boolean;
}

/** `lab_explanations.content.llm` (server lab-explain/reword-lab-explanation.ts). */
export interface LabExplanationModelRecord {
  used?: boolean;
  reason?: string;
  offered?: number;
  accepted?: number;
  rejections?: Counts;
}

export interface ModelUseInput {
  /** One per AI-generated draft version in the period (doctor edits carry `llm` over: not counted). */
  drafts: readonly (DraftModelRecord | null | undefined)[];
  /** One per pre-consultation finished in the period. */
  prechecks: readonly (PrecheckModelRecord | null | undefined)[];
  /** One per lab explanation created in the period. */
  labExplanations: readonly (LabExplanationModelRecord | null | undefined)[];
}

export interface DraftModelUse {
  generated: number;
  modelConfigured: number;
  /** Some sentence was sent to the model (0 offered: endpoint refused, nothing to reword, internal error). */
  modelCalled: number;
  /** Some model sentence verified and the reworded draft was stored. */
  modelUsed: number;
  sentencesOffered: number;
  /** Sentences the model answered: accepted + unchanged + rejected. */
  sentencesProposed: number;
  sentencesAccepted: number;
  sentencesUnchanged: number;
  sentencesRejected: number;
  sentencesUnanswered: number;
  /** Rejected sentences by reason; every known reason listed, 0 when none. */
  rejections: Record<string, number>;
  /** Reworded drafts refused whole by the final verify (the deterministic draft was stored). */
  droppedAtFinalVerify: number;
  /** Accepted sentences lost with those drafts (included in sentencesAccepted). */
  acceptedInDropped: number;
  /** Violation kinds that dropped them (when stored). */
  finalVerifyViolations: Record<string, number>;
  /** Drafts whose notice gave a call failure (timeout, error, refused endpoint, malformed answer …). */
  failed: number;
  /** Those drafts by the failure their notice showed. */
  failures: Record<string, number>;
}

export interface PrecheckModelUse {
  finished: number;
  modelConfigured: number;
  /** The patient's free text was sent to the model (whatever came back). */
  modelCalled: number;
  modelUsed: number;
  findingsProposed: number;
  findingsAccepted: number;
  findingsRejected: number;
  rejections: Record<string, number>;
  /** Sessions whose verified findings made the triage more urgent. */
  raisedTriage: number;
  /** Findings not used because the answers changed while the model read them. */
  answersChanged: number;
  failed: number;
  failures: Record<string, number>;
}

export interface LabExplanationModelUse {
  created: number;
  modelConfigured: number;
  modelCalled: number;
  modelUsed: number;
  sentencesOffered: number;
  sentencesAccepted: number;
  sentencesRejected: number;
  rejections: Record<string, number>;
  failed: number;
  failures: Record<string, number>;
}

export interface ModelUseSummary {
  drafts: DraftModelUse;
  prechecks: PrecheckModelUse;
  labExplanations: LabExplanationModelUse;
}

// Exhaustive by type: a new CallFailure must be listed here to be counted as a failure.
const CALL_FAILURES: Record<CallFailure | 'internal', true> = {
  timeout: true,
  rate_limited: true,
  server_error: true,
  http_error: true,
  network: true,
  endpoint_refused: true,
  malformed_json: true,
  schema_mismatch: true,
  empty_response: true,
  model_unavailable: true,
  internal: true,
};
const LAB_REJECTION_REASONS: Record<LabRewordRejection, true> = {
  unknown_sentence: true,
  prompt_disclosure: true,
  unmatched_number: true,
  missing_number: true,
  direction_changed: true,
  forbidden_content: true,
  ungrounded_wording: true,
  added_sentence: true,
};

const isFailure = (reason: string | undefined): reason is string =>
  reason !== undefined && Object.hasOwn(CALL_FAILURES, reason);
const num = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) && x > 0 ? x : 0);
const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0]));
const addCounts = (into: Record<string, number>, from: Counts | undefined) => {
  if (!from || typeof from !== 'object') return;
  for (const [k, v] of Object.entries(from)) if (num(v)) into[k] = (into[k] ?? 0) + num(v);
};
const bump = (into: Record<string, number>, key: string) => (into[key] = (into[key] ?? 0) + 1);
const present = <T>(r: T | null | undefined): r is T =>
  r !== null && r !== undefined && typeof r === 'object';

function summariseDrafts(rows: ModelUseInput['drafts']): DraftModelUse {
  const out: DraftModelUse = {
    generated: rows.length,
    modelConfigured: 0,
    modelCalled: 0,
    modelUsed: 0,
    sentencesOffered: 0,
    sentencesProposed: 0,
    sentencesAccepted: 0,
    sentencesUnchanged: 0,
    sentencesRejected: 0,
    sentencesUnanswered: 0,
    rejections: zeros(REJECTION_REASONS),
    droppedAtFinalVerify: 0,
    acceptedInDropped: 0,
    finalVerifyViolations: {},
    failed: 0,
    failures: {},
  };
  for (const r of rows.filter(present)) {
    const s = r.stats ?? {};
    out.modelConfigured++;
    const answered = num(s.accepted) + num(s.unchanged) + num(s.rejected);
    if (num(s.offered) > 0) out.modelCalled++;
    if (r.used === true) out.modelUsed++;
    out.sentencesOffered += num(s.offered);
    out.sentencesProposed += answered;
    out.sentencesAccepted += num(s.accepted);
    out.sentencesUnchanged += num(s.unchanged);
    out.sentencesRejected += num(s.rejected);
    out.sentencesUnanswered += num(s.unanswered);
    addCounts(out.rejections, s.rejections);
    // Before the marker was stored, a draft with verified sentences but used=false could only have
    // been refused by the final verify (adapters/llm/README.md, "Stored draft").
    const dropped =
      present(r.droppedAtFinalVerify) || (r.used === false && num(s.accepted) + num(s.unchanged) > 0);
    if (dropped) {
      out.droppedAtFinalVerify++;
      out.acceptedInDropped += num(s.accepted);
      addCounts(out.finalVerifyViolations, r.droppedAtFinalVerify);
    }
    if (isFailure(r.notice?.reason)) {
      out.failed++;
      bump(out.failures, r.notice.reason);
    }
  }
  return out;
}

function summarisePrechecks(rows: ModelUseInput['prechecks']): PrecheckModelUse {
  const out: PrecheckModelUse = {
    finished: rows.length,
    modelConfigured: 0,
    modelCalled: 0,
    modelUsed: 0,
    findingsProposed: 0,
    findingsAccepted: 0,
    findingsRejected: 0,
    rejections: zeros(PRECHECK_REJECTION_REASONS),
    raisedTriage: 0,
    answersChanged: 0,
    failed: 0,
    failures: {},
  };
  for (const r of rows.filter(present)) {
    const s = r.stats ?? {};
    out.modelConfigured++;
    // Refused endpoint, nothing to read and internal errors store `offered` 0; a failed call keeps it.
    if (num(s.offered) > 0) out.modelCalled++;
    if (r.used === true) out.modelUsed++;
    out.findingsProposed += num(s.returned);
    out.findingsAccepted += num(s.accepted);
    out.findingsRejected += num(s.rejected);
    addCounts(out.rejections, s.rejections);
    if (r.raised === true) out.raisedTriage++;
    if (r.notice?.reason === 'answers_changed') out.answersChanged++;
    if (isFailure(r.notice?.reason)) {
      out.failed++;
      bump(out.failures, r.notice.reason);
    }
  }
  return out;
}

function summariseLabExplanations(rows: ModelUseInput['labExplanations']): LabExplanationModelUse {
  const out: LabExplanationModelUse = {
    created: rows.length,
    modelConfigured: 0,
    modelCalled: 0,
    modelUsed: 0,
    sentencesOffered: 0,
    sentencesAccepted: 0,
    sentencesRejected: 0,
    rejections: zeros(Object.keys(LAB_REJECTION_REASONS)),
    failed: 0,
    failures: {},
  };
  for (const r of rows.filter(present)) {
    out.modelConfigured++;
    if (num(r.offered) > 0) out.modelCalled++;
    if (r.used === true) out.modelUsed++;
    out.sentencesOffered += num(r.offered);
    out.sentencesAccepted += num(r.accepted);
    // Lab rewording stores rejections by reason only; their sum is the rejected count.
    const rejected: Record<string, number> = {};
    addCounts(rejected, r.rejections);
    addCounts(out.rejections, rejected);
    out.sentencesRejected += Object.values(rejected).reduce((a, b) => a + b, 0);
    if (isFailure(r.reason)) {
      out.failed++;
      bump(out.failures, r.reason);
    }
  }
  return out;
}

/** Sums of what the model proposed, what verification kept and refused (by reason), and failures. */
export function summariseModelUse(input: ModelUseInput): ModelUseSummary {
  return {
    drafts: summariseDrafts(input.drafts),
    prechecks: summarisePrechecks(input.prechecks),
    labExplanations: summariseLabExplanations(input.labExplanations),
  };
}
