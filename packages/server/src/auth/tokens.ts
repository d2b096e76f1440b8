import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256-bit tokens from the CSPRNG (SESS-03 asks ≥128). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Sessions are stored by the token's hash, so a database dump holds no usable cookie. */
export const tokenId = (token: string): string => createHash('sha256').update(token).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
