import { isYizhuError, YizhuError, type ErrorCode } from '@yizhu/core';

/**
 * The one place where errors become HTTP answers: problem+json (RFC 9457) on the app API and
 * OperationOutcome under /fhir. Anything that is not a YizhuError becomes a generic 500 — its message
 * (which may hold SQL or patient data) never leaves the server.
 */
export function toYizhuError(err: unknown): YizhuError {
  if (isYizhuError(err)) return err;
  const e = err as { code?: string; statusCode?: number };
  // Fastify's own request errors: map by code to our vocabulary with our own wording.
  const byCode: Record<string, [ErrorCode, string]> = {
    FST_ERR_CTP_BODY_TOO_LARGE: ['payload_too_large', 'request body is larger than the limit'],
    FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', 'content type is not supported here'],
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['validation', 'content length does not match the body'],
    FST_ERR_CTP_EMPTY_JSON_BODY: ['validation', 'request body is empty'],
    FST_ERR_CTP_INVALID_JSON_BODY: ['validation', 'request body is not valid JSON'],
    FST_ERR_BAD_URL: ['validation', 'malformed URL'],
    FST_ERR_MAX_PARAM_LENGTH: ['validation', 'a path segment is too long'],
    FST_ERR_NOT_FOUND: ['not_found', 'not found'],
  };
  const known = e?.code ? byCode[e.code] : undefined;
  if (known) return new YizhuError(known[0], known[1]);
  if (err instanceof SyntaxError || e?.statusCode === 400)
    return new YizhuError('validation', 'malformed request');
  if (e?.statusCode === 413)
    return new YizhuError('payload_too_large', 'request body is larger than the limit');
  if (e?.statusCode === 415)
    return new YizhuError('unsupported_media_type', 'content type is not supported here');
  return new YizhuError('internal', 'internal error');
}

export function problemJson(err: YizhuError, requestId: string, extra: Record<string, unknown> = {}) {
  return {
    type: `https://yizhu.dev/problems/${err.code}`,
    title: err.code.replace(/_/g, ' '),
    status: err.status,
    detail: err.message,
    code: err.code,
    requestId,
    ...(err.issues.length ? { issues: err.issues } : {}),
    ...extra,
  };
}

const FHIR_ISSUE_CODE: Record<ErrorCode, string> = {
  validation: 'invalid',
  unauthenticated: 'login',
  reauth_required: 'login',
  forbidden: 'forbidden',
  not_found: 'not-found',
  conflict: 'conflict',
  payload_too_large: 'too-long',
  unsupported_media_type: 'not-supported',
  locked: 'security',
  rate_limited: 'throttled',
  internal: 'exception',
  unavailable: 'transient',
};

export function operationOutcome(err: YizhuError) {
  const issues = err.issues.length ? err.issues : [{ path: '', message: err.message }];
  return {
    resourceType: 'OperationOutcome',
    issue: issues.map((i) => ({
      severity: err.status >= 500 ? 'fatal' : 'error',
      code: FHIR_ISSUE_CODE[err.code],
      diagnostics: i.message,
      ...(i.path ? { expression: [i.path] } : {}),
    })),
  };
}
