import { checkPassword, YizhuError } from '@yizhu/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.ts';
import { login } from '../auth/login.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { loadSession, revokeSession, revokeUserSessions, type ActiveSession } from '../auth/sessions.ts';
import { checkTotp, newTotpSecret, totpUri } from '../auth/totp.ts';
import type { Deps } from '../deps.ts';
import { requestContext, requireSession, SESSION_COOKIE } from '../http/session-hook.ts';
import { fields, parse } from '../http/validate.ts';

const loginBody = z.strictObject({
  username: fields.loginName,
  password: fields.password,
  totp: fields.totp.optional(),
});
const reauthBody = z.strictObject({ password: fields.password.optional(), totp: fields.totp.optional() });
const passwordBody = z.strictObject({ currentPassword: fields.password, newPassword: fields.password });
const codeBody = z.strictObject({ code: fields.totp });

/** The session as the web app sees it: who I am and the CSRF token for my writes. */
export async function sessionView(deps: Deps, s: ActiveSession) {
  const dept = s.principal.departmentId
    ? await deps.db
        .selectFrom('departments')
        .select(['id', 'name_zh', 'name_en'])
        .where('id', '=', s.principal.departmentId)
        .executeTakeFirst()
    : undefined;
  return {
    user: {
      id: s.principal.userId,
      username: s.username,
      displayName: s.displayName,
      role: s.principal.role,
      department: dept ? { id: dept.id, nameZh: dept.name_zh, nameEn: dept.name_en } : null,
      patientId: s.principal.patientId,
      totpEnabled: s.totpEnabled,
    },
    csrfToken: s.csrfToken,
    idleTimeoutMs: deps.config.sessionIdleMs,
  };
}

export function authRoutes(app: FastifyInstance, deps: Deps): void {
  const setCookie = (reply: FastifyReply, token: string, secure: boolean) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure,
      maxAge: Math.floor(deps.config.sessionMaxMs / 1000),
    });

  app.post('/api/auth/login', async (req, reply) => {
    const body = parse(loginBody, req.body);
    const { token } = await login(deps, body, requestContext(req));
    // Old session of this browser, if any, ends: a login always starts a fresh token (SESS-03).
    if (req.session) await revokeSession(deps.db, req.session.id, deps.clock());
    const secure = deps.config.cookieSecure === 'auto' ? req.protocol === 'https' : deps.config.cookieSecure;
    setCookie(reply, token, secure);
    const found = await loadSession(deps, token);
    if (!found.ok) throw new YizhuError('internal', 'session could not be created');
    return sessionView(deps, found.session);
  });

  app.get('/api/auth/session', async (req) => sessionView(deps, requireSession(req)));

  app.post('/api/auth/logout', async (req, reply) => {
    const s = requireSession(req);
    const now = deps.clock();
    await revokeSession(deps.db, s.id, now);
    await appendAudit(deps.db, now, {
      ...requestContext(req),
      patientId: null,
      action: 'auth.logout',
      resourceType: 'User',
      resourceId: s.principal.userId,
      outcome: 'success',
      detail: null,
    });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  /** Fresh authentication for signing and export (SESS-06): password or TOTP, recorded on the session. */
  app.post('/api/auth/reauth', async (req, reply) => {
    const s = requireSession(req);
    const body = parse(reauthBody, req.body);
    const now = deps.clock();
    const u = await deps.db
      .selectFrom('users')
      .select(['password_hash', 'totp_secret', 'totp_enabled', 'totp_last_step'])
      .where('id', '=', s.principal.userId)
      .executeTakeFirstOrThrow();
    let ok = false;
    if (body.totp && u.totp_enabled && u.totp_secret) {
      const step = checkTotp(
        u.totp_secret,
        body.totp,
        now,
        u.totp_last_step === null ? null : Number(u.totp_last_step),
      );
      if (step !== null) {
        await deps.db
          .updateTable('users')
          .set({ totp_last_step: step })
          .where('id', '=', s.principal.userId)
          .execute();
        ok = true;
      }
    } else if (body.password) {
      ok = await verifyPassword(u.password_hash, body.password);
    }
    await appendAudit(deps.db, now, {
      ...requestContext(req),
      patientId: null,
      action: 'auth.reauth',
      resourceType: 'User',
      resourceId: s.principal.userId,
      outcome: ok ? 'success' : 'failure',
      detail: null,
    });
    if (!ok) throw new YizhuError('unauthenticated', 'credential is incorrect');
    await deps.db.updateTable('sessions').set({ reauth_at: now }).where('id', '=', s.id).execute();
    return reply.code(204).send();
  });

  app.post('/api/auth/password', async (req, reply) => {
    const s = requireSession(req);
    const body = parse(passwordBody, req.body);
    const u = await deps.db
      .selectFrom('users')
      .select(['password_hash'])
      .where('id', '=', s.principal.userId)
      .executeTakeFirstOrThrow();
    if (!(await verifyPassword(u.password_hash, body.currentPassword)))
      throw new YizhuError('unauthenticated', 'credential is incorrect');
    const problems = checkPassword(body.newPassword, deps.config.passwordPolicy, [
      s.username,
      s.displayName,
      'yizhu',
    ]);
    if (problems.length)
      throw new YizhuError(
        'validation',
        'new password does not meet the policy',
        problems.map((p) => ({ path: 'newPassword', message: p })),
      );
    const now = deps.clock();
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({ password_hash: await hashPassword(body.newPassword), password_changed_at: now })
        .where('id', '=', s.principal.userId)
        .execute();
      await revokeUserSessions(trx, s.principal.userId, now);
      await appendAudit(trx, now, {
        ...requestContext(req),
        patientId: null,
        action: 'auth.password_change',
        resourceType: 'User',
        resourceId: s.principal.userId,
        outcome: 'success',
        detail: null,
      });
    });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  /** TOTP enrolment: a secret is proposed, then enabled only once a code from it is shown to work. */
  app.post('/api/auth/totp/setup', async (req) => {
    const s = requireSession(req);
    const secret = newTotpSecret();
    await deps.db
      .updateTable('users')
      .set({ totp_secret: secret, totp_enabled: false })
      .where('id', '=', s.principal.userId)
      .where('totp_enabled', '=', false)
      .execute();
    const u = await deps.db
      .selectFrom('users')
      .select(['totp_enabled'])
      .where('id', '=', s.principal.userId)
      .executeTakeFirstOrThrow();
    if (u.totp_enabled) throw new YizhuError('conflict', 'two-factor authentication is already enabled');
    return { secret, otpauthUri: totpUri(secret, s.username) };
  });

  app.post('/api/auth/totp/enable', async (req, reply) => {
    const s = requireSession(req);
    const { code } = parse(codeBody, req.body);
    const now = deps.clock();
    const u = await deps.db
      .selectFrom('users')
      .select(['totp_secret', 'totp_enabled'])
      .where('id', '=', s.principal.userId)
      .executeTakeFirstOrThrow();
    const step = u.totp_secret && !u.totp_enabled ? checkTotp(u.totp_secret, code, now, null) : null;
    if (step === null)
      throw new YizhuError('validation', 'the code does not match', [
        { path: 'code', message: 'invalid code' },
      ]);
    await deps.db
      .updateTable('users')
      .set({ totp_enabled: true, totp_last_step: step })
      .where('id', '=', s.principal.userId)
      .execute();
    await appendAudit(deps.db, now, {
      ...requestContext(req),
      patientId: null,
      action: 'auth.totp_enable',
      resourceType: 'User',
      resourceId: s.principal.userId,
      outcome: 'success',
      detail: null,
    });
    return reply.code(204).send();
  });
}
