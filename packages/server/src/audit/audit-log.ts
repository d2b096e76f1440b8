import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { chainHash, GENESIS_HASH, verifyChain, type AuditEventContent, type ChainBreak } from '@yizhu/core';
import { inTransaction, type Executor } from '../db/executor.ts';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export type AuditInput = Omit<AuditEventContent, 'seq' | 'at'>;

// An arbitrary constant: all writers of the chain serialise on this advisory lock, so each new event
// sees the true last hash and seq stays gap-free (a gap is then evidence of a removed row).
const AUDIT_LOCK_KEY = 7_426_001;

/**
 * Appends one event to the hash-chained audit log. Joins the caller's transaction when given one,
 * so a patient-data write and its audit event commit or fail together (fail closed, AUD-05).
 */
export async function appendAudit(db: Executor, now: Date, input: AuditInput): Promise<void> {
  await inTransaction(db, async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
    const last = await trx
      .selectFrom('audit_events')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const content: AuditEventContent = {
      ...input,
      seq: last ? Number(last.seq) + 1 : 1,
      at: now.toISOString(),
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    await trx
      .insertInto('audit_events')
      .values({
        seq: content.seq,
        at: content.at,
        actor_id: content.actorId,
        actor_role: content.actorRole,
        patient_id: content.patientId,
        action: content.action,
        resource_type: content.resourceType,
        resource_id: content.resourceId,
        outcome: content.outcome,
        client_ip: content.clientIp,
        request_id: content.requestId,
        detail: content.detail === null ? null : JSON.stringify(content.detail),
        prev_hash: prevHash,
        hash: chainHash(prevHash, content, sha256Hex),
      })
      .execute();
  });
}

const BATCH = 5000;

/** Reads the whole chain in seq order, batch by batch, and reports the first broken link. */
export async function verifyAuditLog(db: Executor): Promise<ChainBreak> {
  const events = [];
  for (let after = 0; ;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>', String(after) as never)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    for (const r of rows) {
      events.push({
        seq: Number(r.seq),
        at: new Date(r.at).toISOString(),
        actorId: r.actor_id,
        actorRole: r.actor_role,
        patientId: r.patient_id,
        action: r.action,
        resourceType: r.resource_type,
        resourceId: r.resource_id,
        outcome: r.outcome,
        clientIp: r.client_ip,
        requestId: r.request_id,
        detail: (r.detail as Record<string, unknown> | null) ?? null,
        prevHash: r.prev_hash,
        hash: r.hash,
      });
    }
    if (rows.length < BATCH) break;
    after = Number(rows[rows.length - 1]!.seq);
  }
  return verifyChain(events, sha256Hex);
}
