import type { RequestContext } from '../../deps.ts';
import { appendAudit } from '../../audit/audit-log.ts';
import type { Executor } from '../../db/executor.ts';
import type { LlmAuditRecord } from './reword-draft.ts';

/** Binds `rewordDraft`'s audit hook to the hash-chained log: one event per rewording, counts only. */
export const auditLlmCall =
  (db: Executor, now: () => Date, ctx: RequestContext, patientId: string | null, draftId: string | null) =>
  (record: LlmAuditRecord): Promise<void> =>
    appendAudit(db, now(), {
      ...ctx,
      patientId,
      action: 'llm.reword',
      resourceType: 'draft',
      resourceId: draftId,
      outcome: record.outcome,
      detail: record.detail,
    });
