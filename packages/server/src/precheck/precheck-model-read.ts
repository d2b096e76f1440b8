import { precheckFreeTexts, triageWithModelFindings, type TriageResult } from '@yizhu/core';
import {
  precheckNotice,
  type ModelPrecheckFinding,
  type PrecheckLlmNotice,
  type PrecheckLlmOutcome,
  type PrecheckLlmStats,
} from '@yizhu/core/llm/index.ts';
import { readPrecheckAnswers } from '../adapters/llm/read-precheck-answers.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { Deps, RequestContext } from '../deps.ts';
import { patientNames } from '../visits/reword-visit-draft.ts';
import { CHIEF_COMPLAINT_LINK_ID, evaluate, type Evaluated, type PrecheckRow } from './precheck-evaluate.ts';

/** Stored in `precheck_sessions.llm` (stable field names; see adapters/llm/README.md). */
export interface PrecheckLlmFields {
  used: boolean;
  /** The configured model's name, shown to the doctor beside its findings. */
  model: string;
  notice?: PrecheckLlmNotice;
  stats: PrecheckLlmStats;
  /** Verified findings, each with the patient's quoted words. */
  findings: ModelPrecheckFinding[];
  /** The verified findings made the triage more urgent than the rules on the answers alone. */
  raised: boolean;
  /** The rules' result on the answers alone, kept when `raised`. */
  deterministic?: TriageResult;
}

/**
 * The patient is waiting on the finish screen: the model gets this long at most (the configured
 * client timeout still applies when it is shorter). Past it, the rules' triage stands.
 */
export const PRECHECK_LLM_BUDGET_MS = 20_000;

export interface ModelRead {
  outcome: PrecheckLlmOutcome;
  /** The answers the model read, to detect a change before its findings are used. */
  snapshot: string;
}

const snapshotOf = (row: PrecheckRow) => JSON.stringify([row.chiefComplaint, row.answers]);

/**
 * Runs the model over the session's free text, outside any transaction (a slow model must not hold
 * the row lock). Null when no model is configured or there is nothing to finish; the route then
 * finishes as before. The `llm.precheck` audit event is written here, counts only.
 */
export async function readWithModel(
  deps: Pick<Deps, 'db' | 'config' | 'clock' | 'llm'>,
  ctx: RequestContext,
  row: PrecheckRow,
  lang: 'zh' | 'en',
): Promise<ModelRead | null> {
  const client = deps.llm;
  if (!client || row.status === 'finished') return null;
  const ev = evaluate(row, deps.clock());
  if (!ev || !row.chiefComplaint) return null;
  const outcome = await readPrecheckAnswers(
    {
      client,
      baseUrl: deps.config.llm.baseUrl,
      locality: deps.config.dataLocality,
      audit: (record) =>
        appendAudit(deps.db, deps.clock(), {
          ...ctx,
          patientId: row.patientId,
          action: 'llm.precheck',
          resourceType: 'QuestionnaireResponse',
          resourceId: row.id,
          outcome: record.outcome,
          detail: record.detail,
        }),
    },
    {
      texts: precheckFreeTexts(ev.tree, row.answers, ev.ctx, row.chiefComplaint, CHIEF_COMPLAINT_LINK_ID),
      lang,
      names: await patientNames(deps, row.patientId),
      timeoutMs: PRECHECK_LLM_BUDGET_MS,
    },
  );
  return { outcome, snapshot: snapshotOf(row) };
}

/**
 * Inside the finish transaction: triage = max(rules, rules + verified findings). Findings read from
 * answers that changed meanwhile are not used (their spans may no longer exist).
 */
export function combineModelRead(
  read: ModelRead,
  row: PrecheckRow,
  ev: Evaluated,
  model: string,
): { triage: TriageResult; llm: PrecheckLlmFields } {
  const { outcome } = read;
  if (read.snapshot !== snapshotOf(row))
    return {
      triage: ev.triage,
      llm: {
        used: false,
        model,
        notice: precheckNotice('llm_not_used', 'answers_changed'),
        stats: outcome.stats,
        findings: [],
        raised: false,
      },
    };
  const mt = triageWithModelFindings(ev.input, ev.triage, outcome.findings);
  return {
    triage: mt.triage,
    llm: {
      used: outcome.used,
      model,
      ...(outcome.notice ? { notice: outcome.notice } : {}),
      stats: outcome.stats,
      findings: outcome.findings,
      raised: mt.raised,
      ...(mt.raised ? { deterministic: mt.deterministic } : {}),
    },
  };
}
