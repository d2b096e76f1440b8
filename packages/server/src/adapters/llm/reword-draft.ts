import { randomInt } from 'node:crypto';
import type { VisitDraft } from '@yizhu/core';
import {
  applyReword,
  evidenceText,
  planReword,
  REWORD_JSON_SCHEMA,
  rewordNotice,
  type CallResult,
  type RewordOutcome,
  type RewordView,
  type SourceText,
} from '@yizhu/core/llm/index.ts';
import type { ChatClient } from './chat-client.ts';
import { checkEndpoint, systemResolver, type Locality, type Resolver } from './endpoint-guard.ts';

/** What one rewording records in the audit log: counts, model, outcome, latency — never text. */
export interface LlmAuditRecord {
  outcome: 'success' | 'failure' | 'denied';
  detail: Record<string, unknown>;
}

/** What every model call gets: the endpoint guard's view, the audit sink, randomness and a clock. */
export interface LlmCallDeps {
  baseUrl?: string | undefined;
  locality: Locality;
  audit: (record: LlmAuditRecord) => Promise<void>;
  resolve?: Resolver;
  /** Random capital letters (nonce, canary, placeholder tag); crypto by default. */
  letters?: (n: number) => string;
  monotonic?: () => number;
}

export interface RewordDeps extends LlmCallDeps {
  /** Absent when no model is configured: the deterministic draft is returned with a notice. */
  client: ChatClient | undefined;
}

export interface RewordInput {
  draft: VisitDraft;
  sources: readonly SourceText[];
  /** Names to de-identify (patient, relatives): never leave the machine. */
  names?: readonly string[];
  views?: readonly RewordView[];
}

export const cryptoLetters = (n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(65 + randomInt(26))).join('');

/**
 * Rewords a draft with the configured model, sentence by sentence, keeping only what the verifier
 * accepts. Whatever happens — no model, endpoint refused, timeout, garbage — the caller gets a whole
 * draft back (the deterministic one where the model failed) and a notice saying so.
 */
export async function rewordDraft(deps: RewordDeps, input: RewordInput): Promise<RewordOutcome> {
  const unchanged = (reason: NonNullable<RewordOutcome['notice']>['reason']): RewordOutcome => ({
    draft: input.draft,
    used: false,
    notice: rewordNotice('llm_not_used', reason),
    stats: {
      offered: 0,
      accepted: 0,
      rejected: 0,
      unanswered: 0,
      unchanged: 0,
      rejections: {} as RewordOutcome['stats']['rejections'],
      callFailures: {},
    },
  });
  const client = deps.client;
  if (!client) return unchanged('disabled');
  const mono = deps.monotonic ?? (() => performance.now());
  const letters = deps.letters ?? cryptoLetters;
  const base = { model: client.model, kind: client.kind, locality: deps.locality };
  const t0 = mono();
  try {
    // An in-process model sends nothing anywhere: the endpoint guard is for HTTP clients only.
    if (deps.baseUrl && client.kind === 'openai-compatible') {
      const check = await checkEndpoint(deps.baseUrl, deps.locality, deps.resolve ?? systemResolver);
      if (!check.ok) {
        await deps.audit({ outcome: 'denied', detail: { ...base, reason: check.reason, calls: 0 } });
        return unchanged('endpoint_refused');
      }
    }
    const ev = evidenceText(input.sources);
    const plan = planReword(input.draft, {
      evidenceText: ev,
      names: input.names ?? [],
      tag: letters(4),
      nonce: letters(16),
      canary: letters(16),
      ...(input.views ? { views: input.views } : {}),
    });
    const results: CallResult[] = [];
    let attempts = 0;
    for (const call of plan.calls) {
      const r = await client.complete({ messages: call.messages, jsonSchema: REWORD_JSON_SCHEMA });
      attempts += r.attempts;
      results.push(r.ok ? { ok: true, content: r.content } : { ok: false, failure: r.failure });
      // One failed call (endpoint down, over budget) means the next would fail the same way.
      if (!r.ok && r.failure !== 'malformed_json' && r.failure !== 'empty_response') break;
    }
    const outcome = applyReword(input.draft, plan, results, ev);
    await deps.audit({
      outcome: outcome.used ? 'success' : 'failure',
      detail: {
        ...base,
        result: outcome.notice?.code ?? 'llm_used',
        reason: outcome.notice?.reason ?? null,
        calls: plan.calls.length,
        attempts,
        latencyMs: Math.round(mono() - t0),
        outboundChars: plan.calls.reduce((n, c) => n + c.outboundChars, 0),
        deidentified: plan.deid.counts(),
        offered: outcome.stats.offered,
        accepted: outcome.stats.accepted,
        rejected: outcome.stats.rejected,
        unanswered: outcome.stats.unanswered,
        rejections: outcome.stats.rejections,
        callFailures: outcome.stats.callFailures,
      },
    });
    return outcome;
  } catch {
    // Includes a failed audit append: without its audit record, model output is not used.
    return unchanged('internal');
  }
}
