import { notFound, YizhuError, type EncounterFacts } from '@yizhu/core';
import { sql } from 'kysely';
import { appendAudit } from '../audit/audit-log.ts';
import { newToken, tokenId } from '../auth/tokens.ts';
import type { Deps, RequestContext } from '../deps.ts';
import type { Executor } from '../db/executor.ts';
import { codeHash, displayCode, newCode } from './precheck-code.ts';

/** A link and its code are good for a day: the visit is today, and a parent may start at home the evening before. */
export const PRECHECK_TTL_MS = 24 * 3_600_000;
/** Failed code entries per client address, and in total, within the window; beyond either, entry is locked. */
export const CODE_MAX_FAILURES_PER_IP = 5;
export const CODE_MAX_FAILURES_TOTAL = 100;
export const CODE_WINDOW_MS = 15 * 60_000;
// Serialises code checks so a burst of parallel guesses cannot all pass the failure count at once.
const CODE_LOCK_KEY = 7_426_002;

export interface CreatedLink {
  url: string;
  code: string;
  expiresAt: string;
}

/**
 * Creates (or, for an unfinished session, re-issues) the visit's link and code. Re-issuing revokes
 * every earlier link and code and keeps the answers, so a lost phone or a mistyped number is fixed
 * by printing a new slip. The token and code are returned once and stored only as hashes.
 */
export async function createPrecheckLink(
  deps: Deps,
  trx: Executor,
  visit: EncounterFacts & { status: string },
  ctx: RequestContext & { actorId: string },
): Promise<CreatedLink> {
  if (visit.status === 'cancelled' || visit.status === 'finished')
    throw new YizhuError('conflict', 'the visit is closed');
  const now = deps.clock();
  const expiresAt = new Date(now.getTime() + PRECHECK_TTL_MS);
  const token = newToken();
  let code = newCode();
  // 31^8 codes: a clash is very unlikely, but a clash must never open someone else's session.
  for (let i = 0; i < 5; i++) {
    const taken = await trx
      .selectFrom('precheck_sessions')
      .select('id')
      .where('code_hash', '=', codeHash(code))
      .executeTakeFirst();
    if (!taken) break;
    code = newCode();
  }
  const existing = await trx
    .selectFrom('precheck_sessions')
    .select(['id', 'status'])
    .where('encounter_id', '=', visit.encounterId)
    .forUpdate()
    .executeTakeFirst();
  if (existing?.status === 'finished')
    throw new YizhuError('conflict', 'the pre-consultation of this visit is already finished');
  let sessionId: string;
  if (existing) {
    sessionId = existing.id;
    await trx.deleteFrom('precheck_tokens').where('session_id', '=', sessionId).execute();
    await trx
      .updateTable('precheck_sessions')
      .set({ code_hash: codeHash(code), expires_at: expiresAt, updated_at: now })
      .where('id', '=', sessionId)
      .execute();
  } else {
    const row = await trx
      .insertInto('precheck_sessions')
      .values({
        encounter_id: visit.encounterId,
        patient_id: visit.patientId,
        code_hash: codeHash(code),
        created_by: ctx.actorId,
        created_at: now,
        expires_at: expiresAt,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    sessionId = row.id;
  }
  await trx
    .insertInto('precheck_tokens')
    .values({ token_hash: tokenId(token), session_id: sessionId, via: 'link', created_at: now })
    .execute();
  await appendAudit(trx, now, {
    ...ctx,
    patientId: visit.patientId,
    action: existing ? 'precheck.link.reissue' : 'precheck.link.create',
    resourceType: 'QuestionnaireResponse',
    resourceId: sessionId,
    outcome: 'success',
    detail: { encounterId: visit.encounterId },
  });
  // Relative: the server does not trust the Host header to build absolute links; the web app adds its origin.
  return { url: `/p/${token}`, code: displayCode(code), expiresAt: expiresAt.toISOString() };
}

/**
 * Short code → a fresh link token for this device. Locked per client address after
 * CODE_MAX_FAILURES_PER_IP failures in the window, and for everyone after CODE_MAX_FAILURES_TOTAL
 * (a distributed guess); links keep working meanwhile. Every attempt is audited.
 */
export async function redeemCode(
  deps: Deps,
  code: string | null,
  ctx: RequestContext,
): Promise<{ token: string; expiresAt: string }> {
  const now = deps.clock();
  const since = new Date(now.getTime() - CODE_WINDOW_MS);
  const audit = (
    db: Executor,
    outcome: 'success' | 'failure' | 'denied',
    patientId: string | null,
    sessionId: string | null,
    reason: string | null,
  ) =>
    appendAudit(db, now, {
      ...ctx,
      patientId,
      action: 'precheck.code.redeem',
      resourceType: 'QuestionnaireResponse',
      resourceId: sessionId,
      outcome,
      detail: reason ? { reason } : null,
    });

  const outcome = await deps.db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${CODE_LOCK_KEY})`.execute(trx);
    await trx
      .deleteFrom('precheck_code_attempts')
      .where('at', '<', new Date(now.getTime() - 24 * 3_600_000))
      .execute();
    const failures = await trx
      .selectFrom('precheck_code_attempts')
      .select((eb) => [
        eb.fn.countAll<string>().as('total'),
        eb.fn
          .count<string>('id')
          .filterWhere('client_ip', ctx.clientIp === null ? 'is' : '=', ctx.clientIp)
          .as('mine'),
      ])
      .where('ok', '=', false)
      .where('at', '>', since)
      .executeTakeFirstOrThrow();
    if (
      Number(failures.mine) >= CODE_MAX_FAILURES_PER_IP ||
      Number(failures.total) >= CODE_MAX_FAILURES_TOTAL
    ) {
      await audit(trx, 'denied', null, null, 'locked');
      return { kind: 'locked' as const };
    }
    const found = code
      ? await trx
          .selectFrom('precheck_sessions')
          .select(['id', 'patient_id', 'expires_at'])
          .where('code_hash', '=', codeHash(code))
          .executeTakeFirst()
      : undefined;
    const ok = !!found && new Date(found.expires_at) > now;
    await trx.insertInto('precheck_code_attempts').values({ client_ip: ctx.clientIp, at: now, ok }).execute();
    if (!ok || !found) {
      await audit(trx, 'failure', null, null, found ? 'expired' : 'unknown');
      return { kind: 'wrong' as const };
    }
    const token = newToken();
    await trx
      .insertInto('precheck_tokens')
      .values({ token_hash: tokenId(token), session_id: found.id, via: 'code', created_at: now })
      .execute();
    await audit(trx, 'success', found.patient_id, found.id, null);
    return { kind: 'ok' as const, token, expiresAt: new Date(found.expires_at).toISOString() };
  });
  if (outcome.kind === 'locked')
    throw new YizhuError('rate_limited', 'too many wrong codes; please wait and try again');
  if (outcome.kind === 'wrong') throw notFound('code');
  return { token: outcome.token, expiresAt: outcome.expiresAt };
}
