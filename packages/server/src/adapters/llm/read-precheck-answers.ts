import {
  applyPrecheckFindings,
  emptyPrecheckStats,
  planPrecheckRead,
  PRECHECK_FINDINGS_JSON_SCHEMA,
  precheckNotice,
  type PrecheckFreeText,
  type PrecheckLlmOutcome,
  type PrecheckNoticeReason,
} from '@yizhu/core/llm/index.ts';
import type { ChatClient } from './chat-client.ts';
import { checkEndpoint, systemResolver } from './endpoint-guard.ts';
import { cryptoLetters, type LlmCallDeps } from './reword-draft.ts';

export interface PrecheckReadDeps extends LlmCallDeps {
  client: ChatClient;
}

export interface PrecheckReadInput {
  texts: readonly PrecheckFreeText[];
  lang: 'zh' | 'en';
  /** Names to de-identify (patient, relatives): never leave the machine. */
  names?: readonly string[];
  /** Budget for this call (the patient is waiting); the client's own timeout still caps it. */
  timeoutMs?: number;
}

/**
 * One model call that reads the patient's free-text answers into findings, each verified against
 * the patient's words (core `applyPrecheckFindings`). Never throws: no endpoint, a timeout, a 500,
 * junk or a failed audit append all give no findings and a notice, and the pre-consultation goes
 * on with the rules alone. One `llm.precheck` audit event, counts only.
 */
export async function readPrecheckAnswers(
  deps: PrecheckReadDeps,
  input: PrecheckReadInput,
): Promise<PrecheckLlmOutcome> {
  const notUsed = (reason: PrecheckNoticeReason, offered = 0): PrecheckLlmOutcome => ({
    used: false,
    findings: [],
    notice: precheckNotice('llm_not_used', reason),
    stats: emptyPrecheckStats(offered),
  });
  const { client } = deps;
  const mono = deps.monotonic ?? (() => performance.now());
  const letters = deps.letters ?? cryptoLetters;
  const base = { model: client.model, kind: client.kind, locality: deps.locality, use: 'precheck' };
  const t0 = mono();
  try {
    // An in-process model sends nothing anywhere: the endpoint guard is for HTTP clients only.
    if (deps.baseUrl && client.kind === 'openai-compatible') {
      const check = await checkEndpoint(deps.baseUrl, deps.locality, deps.resolve ?? systemResolver);
      if (!check.ok) {
        await deps.audit({ outcome: 'denied', detail: { ...base, reason: check.reason, calls: 0 } });
        return notUsed('endpoint_refused');
      }
    }
    const plan = planPrecheckRead(input.texts, {
      lang: input.lang,
      names: input.names ?? [],
      tag: letters(4),
      nonce: letters(16),
      canary: letters(16),
    });
    if (plan.offered.length === 0) return notUsed('nothing_to_read');
    const r = await client.complete({
      messages: plan.messages,
      jsonSchema: PRECHECK_FINDINGS_JSON_SCHEMA,
      ...(input.timeoutMs ? { timeoutMs: input.timeoutMs } : {}),
    });
    const outcome = applyPrecheckFindings(plan, r.ok ? r : { ok: false, failure: r.failure });
    await deps.audit({
      outcome: outcome.used ? 'success' : 'failure',
      detail: {
        ...base,
        result: outcome.notice?.code ?? 'llm_used',
        reason: outcome.notice?.reason ?? null,
        calls: 1,
        attempts: r.attempts,
        latencyMs: Math.round(mono() - t0),
        outboundChars: plan.outboundChars,
        deidentified: plan.deid.counts(),
        offered: outcome.stats.offered,
        returned: outcome.stats.returned,
        accepted: outcome.stats.accepted,
        rejected: outcome.stats.rejected,
        rejections: outcome.stats.rejections,
        callFailures: outcome.stats.callFailures,
      },
    });
    return outcome;
  } catch {
    // Includes a failed audit append: without its audit record, model output is not used.
    return notUsed('internal');
  }
}
