import { randomInt } from 'node:crypto';
import {
  applyLabExplanationReword,
  planLabExplanationReword,
  type LabExplanation,
  type LabRewordRejection,
} from '@yizhu/core/lab-explain/index.ts';
import type { LabObservation } from '@yizhu/core';
import { REWORD_JSON_SCHEMA } from '@yizhu/core/llm/index.ts';
import { checkEndpoint, systemResolver, type Resolver } from '../adapters/llm/endpoint-guard.ts';
import type { LlmAuditRecord } from '../adapters/llm/reword-draft.ts';
import type { Deps } from '../deps.ts';

export interface LabExplanationLlm {
  used: boolean;
  model: string;
  /** Why the model was not (fully) used, as a code; never patient data. */
  reason?: string;
  offered: number;
  accepted: number;
  rejections: Partial<Record<LabRewordRejection, number>>;
}

const letters = (n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(65 + randomInt(26))).join('');

/**
 * Rewords the result sentences with the configured model, in each language, keeping only what the
 * core check accepts (same numbers, same direction, no diagnosis or advice, grounded wording). Never
 * throws: whatever fails, the deterministic explanation comes back. One audit record, counts only.
 */
export async function rewordLabExplanation(
  deps: Pick<Deps, 'llm' | 'config'> & { resolve?: Resolver },
  audit: (r: LlmAuditRecord) => Promise<void>,
  explanation: LabExplanation,
  observations: readonly LabObservation[],
): Promise<{ explanation: LabExplanation; llm: LabExplanationLlm } | null> {
  const client = deps.llm;
  if (!client) return null;
  const llm: LabExplanationLlm = {
    used: false,
    model: client.model,
    offered: 0,
    accepted: 0,
    rejections: {},
  };
  const base = {
    model: client.model,
    kind: client.kind,
    locality: deps.config.dataLocality,
    use: 'lab_explanation',
  };
  try {
    // An in-process model sends nothing anywhere: the endpoint guard is for HTTP clients only.
    if (deps.config.llm.baseUrl && client.kind === 'openai-compatible') {
      const check = await checkEndpoint(
        deps.config.llm.baseUrl,
        deps.config.dataLocality,
        deps.resolve ?? systemResolver,
      );
      if (!check.ok) {
        await audit({ outcome: 'denied', detail: { ...base, reason: check.reason, calls: 0 } });
        return { explanation, llm: { ...llm, reason: 'endpoint_refused' } };
      }
    }
    let current = explanation;
    let calls = 0;
    for (const lang of ['zh', 'en'] as const) {
      const plan = planLabExplanationReword(current, observations, lang, {
        nonce: letters(16),
        canary: letters(16),
      });
      if (plan.offered.size === 0) continue;
      calls++;
      const r = await client.complete({ messages: plan.messages, jsonSchema: REWORD_JSON_SCHEMA });
      const out = applyLabExplanationReword(current, observations, plan, r.ok ? r : { ok: false });
      current = out.explanation;
      llm.offered += out.offered;
      llm.accepted += out.accepted;
      for (const [k, n] of Object.entries(out.rejections))
        llm.rejections[k as LabRewordRejection] = (llm.rejections[k as LabRewordRejection] ?? 0) + n;
      if (out.failure) llm.reason ??= r.ok ? out.failure : r.failure;
    }
    llm.used = llm.accepted > 0;
    if (calls === 0) llm.reason = 'nothing_to_reword';
    await audit({
      outcome: llm.used ? 'success' : 'failure',
      detail: {
        ...base,
        calls,
        offered: llm.offered,
        accepted: llm.accepted,
        rejections: llm.rejections,
        reason: llm.reason ?? null,
      },
    });
    return { explanation: current, llm };
  } catch {
    // Includes a failed audit append: without its audit record, model output is not used.
    return { explanation, llm: { ...llm, used: false, accepted: 0, reason: 'internal' } };
  }
}
