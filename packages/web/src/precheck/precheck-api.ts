import { ApiError, problemToError } from '../api/api-error.ts';
import type { AnswerValue, PrecheckState } from './precheck-types.ts';

/**
 * The patient's side talks to the server with the link token in a header and no cookie at all:
 * a clinic computer where staff are signed in must not lend their session to a patient page.
 */
async function linkRequest<T>(
  method: 'GET' | 'POST',
  path: string,
  token: string | null,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers['x-precheck-token'] = token;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'omit',
      cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network');
  }
  const parsed: unknown = await res.json().catch(() => undefined);
  if (res.ok) return parsed as T;
  throw problemToError(res.status, parsed);
}

export const redeemCode = (code: string) =>
  linkRequest<{ token: string; expiresAt: string }>('POST', '/api/precheck/redeem', null, { code });

export const getPrecheck = (token: string) =>
  linkRequest<PrecheckState>('GET', '/api/precheck/session', token);

export const startPrecheck = (
  token: string,
  body: { chiefComplaint: string; family?: string; respondent?: 'self' | 'guardian' },
) => linkRequest<PrecheckState>('POST', '/api/precheck/start', token, body);

export const answerPrecheck = (token: string, linkId: string, value: AnswerValue) =>
  linkRequest<PrecheckState>('POST', '/api/precheck/answer', token, { linkId, value });

export const finishPrecheck = (token: string, lang: 'zh' | 'en') =>
  linkRequest<PrecheckState>('POST', '/api/precheck/finish', token, { lang });
