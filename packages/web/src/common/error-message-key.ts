import { isApiError } from '../api/api-error.ts';

export type ErrorKey =
  | 'errors.network'
  | 'errors.validation'
  | 'errors.conflict'
  | 'errors.forbidden'
  | 'errors.not_found'
  | 'errors.rate_limited'
  | 'errors.generic';

const KNOWN: Record<string, ErrorKey> = {
  network: 'errors.network',
  validation: 'errors.validation',
  conflict: 'errors.conflict',
  forbidden: 'errors.forbidden',
  not_found: 'errors.not_found',
  rate_limited: 'errors.rate_limited',
};

/** Maps an error to a translated message key; server text is English-only, so it is not shown as is. */
export function errorMessageKey(e: unknown): ErrorKey {
  return (isApiError(e) && KNOWN[e.code]) || 'errors.generic';
}
