/**
 * The one error vocabulary of Yizhu. Core and server throw these; the server translates them to
 * problem+json (app API) or OperationOutcome (/fhir) in exactly one place. Messages must never carry
 * patient data: they are shown to clients and written to logs.
 */
export const ERROR_CODES = {
  validation: 400,
  unauthenticated: 401,
  reauth_required: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  locked: 423,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldIssue {
  path: string;
  message: string;
}

export class YizhuError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  constructor(code: ErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'YizhuError';
    this.code = code;
    this.issues = issues;
  }
  get status(): number {
    return ERROR_CODES[this.code];
  }
}

export const isYizhuError = (e: unknown): e is YizhuError => e instanceof YizhuError;

/** A record outside the caller's reach answers not-found, so its existence is not revealed. */
export const notFound = (what = 'resource') => new YizhuError('not_found', `${what} not found`);
export const forbidden = (why = 'not allowed') => new YizhuError('forbidden', why);
export const invalid = (message: string, issues: FieldIssue[] = []) =>
  new YizhuError('validation', message, issues);
