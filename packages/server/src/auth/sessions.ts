import type { Principal } from '@yizhu/core';
import type { Deps } from '../deps.ts';
import type { Executor } from '../db/executor.ts';
import { newToken, tokenId } from './tokens.ts';

const TOUCH_EVERY_MS = 60_000;

export interface ActiveSession {
  id: string;
  csrfToken: string;
  reauthAt: Date;
  principal: Principal;
  username: string;
  displayName: string;
  totpEnabled: boolean;
}

export type SessionLookup =
  { ok: true; session: ActiveSession } | { ok: false; reason: 'unknown' | 'idle' | 'expired' };

/** New random token at every login (SESS-03); oldest sessions beyond the per-user limit are revoked (SESS-05). */
export async function createSession(
  deps: Deps,
  db: Executor,
  userId: string,
  clientIp: string | null,
): Promise<{ token: string; csrfToken: string }> {
  const now = deps.clock();
  const token = newToken();
  const csrfToken = newToken();
  await db
    .insertInto('sessions')
    .values({
      id: tokenId(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      reauth_at: now,
      client_ip: clientIp,
    })
    .execute();
  const others = await db
    .selectFrom('sessions')
    .select('id')
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('id', '!=', tokenId(token))
    .orderBy('created_at', 'desc')
    .execute();
  // The new session always survives; the oldest others go beyond the limit.
  const surplus = others.slice(deps.config.maxSessionsPerUser - 1).map((s) => s.id);
  if (surplus.length)
    await db.updateTable('sessions').set({ revoked_at: now }).where('id', 'in', surplus).execute();
  return { token, csrfToken };
}

/** Finds a live session and slides its idle window. Disabled users and revoked sessions are unknown. */
export async function loadSession(deps: Deps, token: string): Promise<SessionLookup> {
  const now = deps.clock();
  const row = await deps.db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.csrf_token',
      's.created_at',
      's.last_seen_at',
      's.reauth_at',
      's.revoked_at',
      'u.id as user_id',
      'u.org_id',
      'u.role',
      'u.department_id',
      'u.patient_id',
      'u.username',
      'u.display_name',
      'u.totp_enabled',
      'u.disabled_at',
    ])
    .where('s.id', '=', tokenId(token))
    .executeTakeFirst();
  if (!row || row.revoked_at || row.disabled_at) return { ok: false, reason: 'unknown' };
  const t = now.getTime();
  const expired = t - new Date(row.created_at).getTime() > deps.config.sessionMaxMs;
  const idle = t - new Date(row.last_seen_at).getTime() > deps.config.sessionIdleMs;
  if (expired || idle) {
    await deps.db.updateTable('sessions').set({ revoked_at: now }).where('id', '=', row.id).execute();
    return { ok: false, reason: expired ? 'expired' : 'idle' };
  }
  // Sliding the idle window costs a write; once a minute is precise enough for a 30-minute timeout.
  if (t - new Date(row.last_seen_at).getTime() >= TOUCH_EVERY_MS) {
    await deps.db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', row.id).execute();
  }
  return {
    ok: true,
    session: {
      id: row.id,
      csrfToken: row.csrf_token,
      reauthAt: new Date(row.reauth_at),
      username: row.username,
      displayName: row.display_name,
      totpEnabled: row.totp_enabled,
      principal: {
        userId: row.user_id,
        orgId: row.org_id,
        role: row.role,
        departmentId: row.department_id,
        patientId: row.patient_id,
      },
    },
  };
}

export async function revokeSession(db: Executor, id: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: now }).where('id', '=', id).execute();
}

/** Disabling a user or changing their password kills every session at once (AUTH-10, SESS-04). */
export async function revokeUserSessions(db: Executor, userId: string, now: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}
