import { ApiError, problemToError } from './api-error.ts';

/**
 * The one place the web app talks HTTP. It attaches the CSRF token to writes, turns problem+json into
 * ApiError, and reports a 401 on an authenticated call as "session ended" (idle timeout, absolute
 * lifetime, logout elsewhere, account disabled) so the shell can return to the login page.
 */

let csrfToken: string | null = null;
export type SessionEndReason = 'idle' | 'expired' | 'ended';
const sessionEndedListeners = new Set<(reason: SessionEndReason) => void>();

/** Set after login/session restore; cleared on logout. Non-null means "we believe we are signed in". */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function onSessionEnded(listener: (reason: SessionEndReason) => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // A Blob (a lab photo) goes as itself with its own type; anything else as JSON.
  const raw = body instanceof Blob;
  if (raw) headers['content-type'] = body.type;
  else if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      // Patient data must not linger in the HTTP cache of a shared clinic computer.
      cache: 'no-store',
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network');
  }

  if (res.status === 204) return undefined as T;
  const parsed: unknown = await res.json().catch(() => undefined);
  if (res.ok) return parsed as T;

  const error = problemToError(res.status, parsed);
  // A wrong password at re-authentication, or a signature that needs one, is not the end of the session.
  const credentialCheck = path === '/api/auth/reauth' || error.code === 'reauth_required';
  if (res.status === 401 && csrfToken !== null && !credentialCheck) {
    csrfToken = null;
    const reason = error.reason === 'idle' || error.reason === 'expired' ? error.reason : 'ended';
    for (const listener of sessionEndedListeners) listener(reason);
  }
  throw error;
}
