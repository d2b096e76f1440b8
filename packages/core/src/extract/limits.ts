import { YizhuError } from '../errors/yizhu-error.ts';

/**
 * Input limits. Past them the engine answers with a clear YizhuError instead of working for an
 * unbounded time: 'payload_too_large' for size, 'validation' for input that is not text.
 */
export interface ExtractLimits {
  /** Characters (UTF-16 code units) of one input. */
  maxChars: number;
  maxTurns: number;
  maxTurnChars: number;
  maxQuestionnaireItems: number;
}

export const DEFAULT_LIMITS: ExtractLimits = {
  maxChars: 2_000_000,
  maxTurns: 20_000,
  maxTurnChars: 20_000,
  maxQuestionnaireItems: 5_000,
};

export function resolveLimits(partial?: Partial<ExtractLimits>): ExtractLimits {
  const l = { ...DEFAULT_LIMITS, ...partial };
  for (const [k, v] of Object.entries(l)) {
    if (!Number.isInteger(v) || v <= 0)
      throw new YizhuError('validation', `limit ${k} must be a positive integer`);
  }
  return l;
}

export function checkSize(chars: number, limits: ExtractLimits, what = 'input'): void {
  if (chars > limits.maxChars) {
    throw new YizhuError('payload_too_large', `${what} is larger than ${limits.maxChars} characters`);
  }
}

/**
 * Rejects text that is evidently not text: NUL bytes or a high share of control characters or
 * U+FFFD (what a decoder leaves of binary data). A few stray replacement characters from a broken
 * UTF-8 byte are tolerated and simply never match anything.
 */
export function checkTextual(text: string, what = 'input'): void {
  let bad = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new YizhuError('validation', `${what} contains binary data (NUL bytes)`);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd || c === 0x7f) bad++;
  }
  if (n >= 16 && bad / n > 0.1)
    throw new YizhuError('validation', `${what} does not look like text (binary data)`);
}

/** Decodes UTF-8 bytes leniently: invalid sequences become U+FFFD, so offsets stay defined. */
export function decodeUtf8(bytes: Uint8Array, limits: ExtractLimits): string {
  // UTF-8 needs at least one byte per code unit, so the byte count bounds the work up front.
  if (bytes.length > limits.maxChars * 3) {
    throw new YizhuError('payload_too_large', `input is larger than ${limits.maxChars} characters`);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
