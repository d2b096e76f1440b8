import { YizhuError } from '@yizhu/core';
import { newToken, tokenId } from '../auth/tokens.ts';
import type { Executor } from '../db/executor.ts';
import { ESCALATION_POLICY } from './escalation-policy.ts';

/**
 * A check-in link is a capability: 256 random bits, stored only as a hash, expiring, revocable.
 * The token travels in the URL fragment (/checkin#token), which browsers never send to the server,
 * so it stays out of access logs and Referer headers; the page posts it in the body.
 */
export async function createCheckinLink(
  db: Executor,
  now: Date,
  patientId: string,
  createdBy: string | null,
): Promise<{ token: string; path: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + ESCALATION_POLICY.checkinLinkDays * 86_400_000);
  await db
    .insertInto('followup_checkin_links')
    .values({
      token_hash: tokenId(token),
      patient_id: patientId,
      created_by: createdBy,
      created_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { token, path: `/checkin#${token}`, expiresAt };
}

/** The link's patient, or one 404 for unknown, expired and revoked alike (no oracle). */
export async function resolveCheckinLink(
  db: Executor,
  now: Date,
  token: string,
): Promise<{ linkId: string; patientId: string; orgId: string }> {
  const row = await db
    .selectFrom('followup_checkin_links as l')
    .innerJoin('patients as p', 'p.id', 'l.patient_id')
    .select(['l.id', 'l.patient_id', 'l.expires_at', 'l.revoked_at', 'p.org_id'])
    .where('l.token_hash', '=', tokenId(token))
    .executeTakeFirst();
  if (!row || row.revoked_at || row.expires_at.getTime() <= now.getTime()) {
    throw new YizhuError('not_found', 'check-in link not found or expired');
  }
  return { linkId: row.id, patientId: row.patient_id, orgId: row.org_id };
}
