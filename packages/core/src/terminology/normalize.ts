import { TRAD_TO_SIMP } from './trad-simp.ts';

/**
 * Normalises text for matching while keeping every offset: output[i] corresponds to input[i]
 * (one UTF-16 code unit in, one out). Evidence spans found in the normalised text therefore point
 * straight into the original. What it does: full-width ASCII → half-width, ideographic space and
 * every other whitespace → ' ', ASCII upper → lower, traditional → simplified (clinical subset),
 * lone surrogates (invalid UTF-16, e.g. from a broken decoder) → U+FFFD.
 */
export function normalizeText(input: string): string {
  const n = input.length;
  // Building through a code-unit array keeps this linear and fast for megabyte inputs.
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    let c = input.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      else if (c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c) c = 0x20;
    } else if (c >= 0xff01 && c <= 0xff5e) {
      c -= 0xfee0;
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
    } else if (c === 0x3000 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff || c === 0x2028) {
      c = 0x20;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < n ? input.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        out[i] = c;
        out[i + 1] = next;
        i++;
        continue;
      }
      c = 0xfffd;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      c = 0xfffd;
    } else if (c === 0x2018 || c === 0x2019) {
      c = 0x27; // curly apostrophes (i’m) → ASCII so English contractions match
    } else if (c === 0x201c || c === 0x201d) {
      c = 0x22;
    } else if (c === 0xff64) {
      c = 0x3001;
    } else {
      const s = TRAD_TO_SIMP.get(c);
      if (s !== undefined) c = s;
    }
    out[i] = c;
  }
  return decodeUnits(out);
}

function decodeUnits(units: Uint16Array): string {
  // String.fromCharCode with a spread overflows the stack on large inputs; go in chunks.
  let s = '';
  const CHUNK = 8192;
  for (let i = 0; i < units.length; i += CHUNK) {
    s += String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return s;
}

/** True for CJK unified ideographs (the part used by Chinese clinical text). */
export function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** True when the text contains at least one CJK ideograph (then Chinese clause rules apply). */
export function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isCjk(text.charCodeAt(i))) return true;
  return false;
}

/** Latin letters and digits: an English term must not start or end inside such a run. */
export function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
}
