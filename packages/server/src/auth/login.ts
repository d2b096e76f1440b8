import { YizhuError } from '@yizhu/core';
import { appendAudit } from '../audit/audit-log.ts';
import type { Deps, RequestContext } from '../deps.ts';
import { verifyDummy, verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';
import { checkTotp } from './totp.ts';

export interface LoginInput {
  username: string;
  password: string;
  totp?: string | undefined;
}

// One message for unknown user, wrong password, wrong code and disabled account (AUTH-04).
const BAD_LOGIN = 'username or password is incorrect';

export class TotpRequiredError extends YizhuError {
  constructor() {
    super('unauthenticated', 'a one-time code from the authenticator app is required');
  }
}

/**
 * Password (+ TOTP when enabled) login with lockout: `lockoutAttempts` consecutive failures lock the
 * account for `lockoutMs`. Every outcome, lock included, is audited.
 */
export async function login(
  deps: Deps,
  input: LoginInput,
  ctx: RequestContext,
): Promise<{ token: string; csrfToken: string; userId: string }> {
  const now = deps.clock();
  const audit = (
    action: string,
    outcome: 'success' | 'failure',
    actor: { id: string; role: string } | null,
    detail: Record<string, unknown> | null,
  ) =>
    appendAudit(deps.db, now, {
      ...ctx,
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      patientId: null,
      action,
      resourceType: 'User',
      resourceId: actor?.id ?? null,
      outcome,
      detail,
    });

  const user = await deps.db
    .selectFrom('users')
    .select([
      'id',
      'role',
      'password_hash',
      'disabled_at',
      'locked_until',
      'failed_attempts',
      'totp_enabled',
      'totp_secret',
      'totp_last_step',
    ])
    .where('username', '=', input.username)
    .executeTakeFirst();

  if (!user) {
    await verifyDummy(input.password);
    await audit('auth.login', 'failure', null, { reason: 'bad_credentials' });
    throw new YizhuError('unauthenticated', BAD_LOGIN);
  }
  const actor = { id: user.id, role: user.role };
  if (user.locked_until && new Date(user.locked_until) > now) {
    await audit('auth.login', 'failure', actor, { reason: 'locked' });
    throw new YizhuError('locked', 'too many failed attempts; the account is locked for a while');
  }

  const passwordOk = await verifyPassword(user.password_hash, input.password);
  let totpStep: number | null = null;
  if (passwordOk && !user.disabled_at && user.totp_enabled && user.totp_secret) {
    if (!input.totp) {
      await audit('auth.login', 'failure', actor, { reason: 'totp_required' });
      throw new TotpRequiredError();
    }
    totpStep = checkTotp(
      user.totp_secret,
      input.totp,
      now,
      user.totp_last_step === null ? null : Number(user.totp_last_step),
    );
  }
  const ok = passwordOk && !user.disabled_at && (!user.totp_enabled || totpStep !== null);

  if (!ok) {
    const failures = user.failed_attempts + 1;
    const lock = failures >= deps.config.lockoutAttempts;
    await deps.db
      .updateTable('users')
      .set(
        lock
          ? { failed_attempts: 0, locked_until: new Date(now.getTime() + deps.config.lockoutMs) }
          : { failed_attempts: failures },
      )
      .where('id', '=', user.id)
      .execute();
    await audit('auth.login', 'failure', actor, {
      reason: user.disabled_at ? 'disabled' : 'bad_credentials',
    });
    if (lock) await audit('auth.lock', 'success', actor, { minutes: deps.config.lockoutMs / 60_000 });
    throw new YizhuError('unauthenticated', BAD_LOGIN);
  }

  return deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({
        failed_attempts: 0,
        locked_until: null,
        last_login_at: now,
        ...(totpStep !== null ? { totp_last_step: totpStep } : {}),
      })
      .where('id', '=', user.id)
      .execute();
    const session = await createSession(deps, trx, user.id, ctx.clientIp);
    await appendAudit(trx, now, {
      ...ctx,
      actorId: user.id,
      actorRole: user.role,
      patientId: null,
      action: 'auth.login',
      resourceType: 'User',
      resourceId: user.id,
      outcome: 'success',
      detail: null,
    });
    return { ...session, userId: user.id };
  });
}
