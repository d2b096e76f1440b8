import { Secret, TOTP } from 'otpauth';

// RFC 6238 defaults that authenticator apps expect: SHA-1, 6 digits, 30-second step (AUTH-06).
const PERIOD_S = 30;

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

function totpFor(secret: string, label = 'user'): TOTP {
  return new TOTP({ issuer: 'Yizhu', label, secret: Secret.fromBase32(secret), digits: 6, period: PERIOD_S });
}

export const totpUri = (secret: string, label: string): string => totpFor(secret, label).toString();

export const totpCode = (secret: string, at: Date): string =>
  totpFor(secret).generate({ timestamp: at.getTime() });

/**
 * Checks a code within ±1 step and returns the step it belongs to, or null. The caller stores the
 * step and refuses any step not newer than the stored one, which makes each code single-use.
 */
export function checkTotp(secret: string, code: string, at: Date, lastStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secret).validate({ token: code, timestamp: at.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(at.getTime() / 1000 / PERIOD_S) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}
