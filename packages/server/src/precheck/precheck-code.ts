import { randomInt } from 'node:crypto';
import { tokenId } from '../auth/tokens.ts';

/**
 * The short human code of a pre-consultation: 8 characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), about 40 bits. Guessing is held back by the per-IP and global lockout in
 * redeem-code.ts, and codes expire with their link, so 40 bits is ample; the code is stored hashed.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

export function newCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** "abcd-2345", " ABCD 2345 " → "ABCD2345"; null when it cannot be a code at all. */
export function normaliseCode(input: string): string | null {
  const c = input.toUpperCase().replace(/[\s-]/g, '');
  if (c.length !== CODE_LENGTH) return null;
  for (const ch of c) if (!CODE_ALPHABET.includes(ch)) return null;
  return c;
}

/** Shown to people in two groups of four, easier to read out and type. */
export const displayCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

export const codeHash = (code: string): string => tokenId(`precheck-code:${code}`);
