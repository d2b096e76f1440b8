import { isApiError } from '../api/api-error.ts';
import { errorMessageKey, type ErrorKey } from '../common/error-message-key.ts';

export type LoginErrorKey = 'login.failed' | 'login.totpFailed' | 'login.locked' | ErrorKey;

/**
 * One message for unknown user and wrong password, as the server does, so the page cannot be used
 * to find out which usernames exist.
 */
export function loginErrorKey(e: unknown, totpWasSent: boolean): LoginErrorKey {
  if (isApiError(e)) {
    if (e.status === 423) return 'login.locked';
    if (e.status === 401) return totpWasSent && e.totpRequired ? 'login.totpFailed' : 'login.failed';
  }
  return errorMessageKey(e);
}
