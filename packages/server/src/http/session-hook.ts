import { YizhuError, type Principal } from '@yizhu/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Deps, RequestContext } from '../deps.ts';
import { loadSession, type ActiveSession } from '../auth/sessions.ts';
import { safeEqual } from '../auth/tokens.ts';

export const SESSION_COOKIE = 'yizhu_session';

declare module 'fastify' {
  interface FastifyRequest {
    session: ActiveSession | null;
    sessionProblem: 'idle' | 'expired' | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the session cookie on every request, and enforces CSRF on cookie-authenticated writes:
 * the header x-csrf-token must equal the session's token (a cross-site form cannot set headers).
 */
export function registerSessionHook(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('session', null);
  app.decorateRequest('sessionProblem', null);
  app.addHook('preHandler', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const found = await loadSession(deps, token);
    if (!found.ok) {
      req.sessionProblem = found.reason === 'unknown' ? null : found.reason;
      return;
    }
    req.session = found.session;
    if (UNSAFE.has(req.method)) {
      const header = req.headers['x-csrf-token'];
      if (typeof header !== 'string' || !safeEqual(header, found.session.csrfToken)) {
        throw new YizhuError('forbidden', 'missing or invalid CSRF token');
      }
    }
  });
}

export function requireSession(req: FastifyRequest): ActiveSession {
  if (req.session) return req.session;
  throw new YizhuError(
    'unauthenticated',
    req.sessionProblem ? 'session expired; please sign in again' : 'please sign in',
  );
}

export const requirePrincipal = (req: FastifyRequest): Principal => requireSession(req).principal;

export function requestContext(req: FastifyRequest): RequestContext {
  return {
    actorId: req.session?.principal.userId ?? null,
    actorRole: req.session?.principal.role ?? null,
    clientIp: req.ip ?? null,
    requestId: req.id,
  };
}
