import {
  runQc,
  transcriptSourceText,
  verifyDraft,
  type DraftViolationKind,
  type DraftVisitResult,
  type QcPatient,
  type RawSource,
  type VisitDraft,
} from '@yizhu/core';
import { rewordNotice, type RewordOutcome } from '@yizhu/core/llm/index.ts';
import { auditLlmCall } from '../adapters/llm/audit-llm-call.ts';
import { rewordDraft } from '../adapters/llm/reword-draft.ts';
import type { Deps, RequestContext } from '../deps.ts';
import { visitSourceTexts } from './visit-source-texts.ts';

/** What a model pass adds to a stored draft version (see adapters/llm/README.md, "Stored draft"). */
export interface LlmDraftFields {
  /** The deterministic draft exactly as draftVisit composed it, before any model wording. */
  deterministic: VisitDraft;
  /**
   * `model`: the configured model's name, so the doctor can be told whose wording it is.
   * `droppedAtFinalVerify`: present when the reworded draft broke an invariant as a whole and was not
   * used; the violation kinds, counted (the pilot metrics show them).
   */
  llm: Pick<RewordOutcome, 'used' | 'notice' | 'stats'> & {
    model: string;
    droppedAtFinalVerify?: Partial<Record<DraftViolationKind, number>>;
  };
}

/**
 * Runs the configured model over a freshly composed draft: every sentence it rewords is verified
 * against its evidence, the deterministic sentence stays wherever it is not. Returns null when no
 * model is configured (the draft is stored as draftVisit made it). Never throws for model trouble:
 * rewordDraft falls back to the deterministic draft with a notice.
 */
export async function rewordVisitDraft(
  deps: Pick<Deps, 'db' | 'config' | 'clock' | 'llm'>,
  ctx: RequestContext,
  input: { patientId: string; result: DraftVisitResult; sources: readonly RawSource[]; patient: QcPatient },
): Promise<(Pick<DraftVisitResult, 'draft' | 'qc' | 'violations'> & LlmDraftFields) | null> {
  if (!deps.llm) return null;
  const outcome = await rewordDraft(
    {
      client: deps.llm,
      baseUrl: deps.config.llm.baseUrl,
      locality: deps.config.dataLocality,
      // The draft does not exist yet; the event shares the request id with `draft.generate`.
      audit: auditLlmCall(deps.db, deps.clock, ctx, input.patientId, null),
    },
    {
      draft: input.result.draft,
      sources: visitSourceTexts(input.sources, input.result.turns),
      names: await patientNames(deps, input.patientId),
    },
  );
  const llm = {
    used: outcome.used,
    model: deps.llm.model,
    ...(outcome.notice ? { notice: outcome.notice } : {}),
    stats: outcome.stats,
  };
  if (outcome.draft === input.result.draft)
    return { ...pick(input.result), deterministic: input.result.draft, llm };
  const violations = verifyDraft(outcome.draft, { sourceText: transcriptSourceText(input.result.turns) });
  // Last line of defence: a reworded draft that breaks any invariant is not used at all.
  if (violations.length > 0) {
    const notice = rewordNotice('llm_not_used', 'all_rejected');
    const droppedAtFinalVerify: Partial<Record<DraftViolationKind, number>> = {};
    for (const v of violations) droppedAtFinalVerify[v.kind] = (droppedAtFinalVerify[v.kind] ?? 0) + 1;
    return {
      ...pick(input.result),
      deterministic: input.result.draft,
      llm: { ...llm, used: false, notice, droppedAtFinalVerify },
    };
  }
  return {
    draft: outcome.draft,
    qc: runQc(outcome.draft, { patient: input.patient }),
    violations,
    deterministic: input.result.draft,
    llm,
  };
}

const pick = ({ draft, qc, violations }: DraftVisitResult) => ({ draft, qc, violations });

/**
 * Names to replace before text leaves: the full name and, for a Chinese name, the given name
 * (patients are often addressed by it). Surnames alone are too common words to replace safely.
 */
export async function patientNames(deps: Pick<Deps, 'db'>, patientId: string): Promise<string[]> {
  const p = await deps.db
    .selectFrom('patients')
    .select('name')
    .where('id', '=', patientId)
    .executeTakeFirstOrThrow();
  const name = p.name.trim();
  const names = [name];
  if (/^\p{Script=Han}{3,4}$/u.test(name)) names.push(name.slice(1));
  return names;
}
