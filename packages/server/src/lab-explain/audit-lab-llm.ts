import { appendAudit } from '../audit/audit-log.ts';
import type { Executor } from '../db/executor.ts';
import type { RequestContext } from '../deps.ts';
import type { LlmAuditRecord } from '../adapters/llm/reword-draft.ts';

/** One `llm.reword` event per explanation rewording (counts only); written before the row exists. */
export const auditLlmEvent =
  (db: Executor, now: () => Date, ctx: RequestContext, patientId: string) =>
  (record: LlmAuditRecord): Promise<void> =>
    appendAudit(db, now(), {
      ...ctx,
      patientId,
      action: 'llm.reword',
      resourceType: 'LabExplanation',
      resourceId: null,
      outcome: record.outcome,
      detail: record.detail,
    });
