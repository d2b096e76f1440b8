/**
 * An RFC 9457 problem answered by the server, or a network failure (status 0). The UI shows a
 * translated message chosen by `code`/`status`; `detail` is English server text, kept for field hints.
 */
export interface FieldIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;
  readonly totpRequired: boolean;
  /** On a 401 for an existing session: 'idle' or 'expired' (absolute lifetime); absent if revoked. */
  readonly reason: string | undefined;
  /** Validation problems by field; `message` is a machine code (e.g. a password problem) or English. */
  readonly issues: FieldIssue[];

  constructor(
    status: number,
    code: string,
    detail?: string,
    totpRequired = false,
    reason?: string,
    issues: FieldIssue[] = [],
  ) {
    super(`${status} ${code}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.totpRequired = totpRequired;
    this.reason = reason;
    this.issues = issues;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** Builds an ApiError from a response body that may or may not be problem+json. */
export function problemToError(status: number, body: unknown): ApiError {
  const p = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const code = typeof p.code === 'string' ? p.code : `http_${status}`;
  const detail = typeof p.detail === 'string' ? p.detail : undefined;
  const reason = typeof p.reason === 'string' ? p.reason : undefined;
  const issues = Array.isArray(p.issues)
    ? p.issues.filter(
        (i): i is FieldIssue =>
          typeof i === 'object' && i !== null && typeof i.path === 'string' && typeof i.message === 'string',
      )
    : [];
  return new ApiError(status, code, detail, p.totpRequired === true, reason, issues);
}
