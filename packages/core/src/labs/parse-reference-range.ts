import type { LabReferenceRange, QualitativeValue } from './lab-observation.ts';
import { parseLabValue } from './parse-lab-value.ts';

/**
 * Reference range text → bounds. Accepts 3.5-5.5, 3.5~5.5, 3.5—5.5, 3.5至5.5, <5.2, ≤5.2, >1.0, ≥1.0,
 * and qualitative 阴性/Negative. Sex- or age-split ranges (男: 4.3-5.8 女: 3.8-5.1) keep the text but no
 * bounds: picking one would be a guess about the patient. Digit repairs lower confidence as in values.
 */
export interface ParsedReferenceRange {
  range: LabReferenceRange;
  confidence: number;
  /** The text carried bounds we could read (for flag computing). */
  bounded: boolean;
}

const NUM = String.raw`[+-]?\d+(?:\.\d+)?`;
const BETWEEN = new RegExp(String.raw`^(${NUM})(?:-|~|—|–|－|至|to|\.\.)(${NUM})$`);
const UPPER = new RegExp(String.raw`^(<=|<|≤|＜|小于|低于)(${NUM})$`);
const LOWER = new RegExp(String.raw`^(>=|>|≥|＞|大于|高于)(${NUM})$`);

export function parseReferenceRange(raw: string | undefined): ParsedReferenceRange | undefined {
  if (raw === undefined) return undefined;
  const text = raw.normalize('NFKC').trim();
  if (!text) return undefined;
  // Garbled unit glyphs before the range ("UAL 15-40" for U/L 15-40): a short Latin word and a space.
  // Not a sex or age label ("M 4.3-5.8", "F", "Male"): those keep the range unbounded below.
  const lead = /^([A-Za-zμ/]{2,5})\s+(?=[<>≤≥\d])/.exec(text);
  const strayLead = !!lead && !/^(?:male|female|adult|child|men|women)$/i.test(lead[1]!);
  let s = (strayLead ? text.slice(lead![0].length) : text).replace(/\s+/g, '');
  let confidence = strayLead ? 0.75 : 1;
  // A unit printed inside the range cell ("3.5-9.5 10^9/L") does not change the bounds.
  s = s.replace(/(\d)(?:[x×]?10\^?\d+\/L|[a-zA-Zμ%/][a-zA-Zμ/^\d.]*)$/, '$1');
  // O/D/l/I touching a digit or decimal point are misread 0 and 1.
  const repaired = s
    .replace(/(?<=[\d.])[OoD]|[OoD](?=[\d.])/g, '0')
    .replace(/(?<=[\d.])[lI|]|[lI|](?=[\d.])/g, '1');
  if (repaired !== s) {
    s = repaired;
    confidence = 0.7;
  }
  // A decimal point read as a comma or colon ("27.0-34,0", "3:10-8.00"): only beside a bound with a
  // point, where a comma cannot be a thousands separator nor a colon a titre or a time.
  if (s.includes('.') && /\d[,:]\d{1,3}(?!\d)/.test(s)) {
    s = s.replace(/(\d)[,:](\d{1,3})(?!\d)/g, '$1.$2');
    confidence = Math.min(confidence, 0.8);
  }
  const between = BETWEEN.exec(s);
  if (between) {
    const low = Number(between[1]);
    const high = Number(between[2]);
    const point = lostPointInOneBound(between[1]!, between[2]!);
    if (point) return { range: { ...point, text }, confidence: Math.min(confidence, 0.75), bounded: true };
    if (low <= high) return { range: { low, high, text }, confidence, bounded: true };
    const lost = lostLowDecimal(between[1]!, between[2]!);
    if (lost !== undefined)
      return { range: { low: lost, high, text }, confidence: Math.min(confidence, 0.75), bounded: true };
    return { range: { text }, confidence: 0.3, bounded: false };
  }
  const joined = splitLostSeparator(s);
  if (joined) return { range: { ...joined, text }, confidence: Math.min(confidence, 0.75), bounded: true };
  // A trailing stray mark ("1.04-1.55 <") is noise from the next cell.
  const trimmed = BETWEEN.exec(s.replace(/[<>≤≥*]+$/, ''));
  if (trimmed) {
    const low = Number(trimmed[1]);
    const high = Number(trimmed[2]);
    if (low <= high)
      return { range: { low, high, text }, confidence: Math.min(confidence, 0.8), bounded: true };
  }
  const upper = UPPER.exec(s);
  if (upper) {
    const strict = upper[1] !== '<=' && upper[1] !== '≤';
    return {
      range: { high: Number(upper[2]), highExclusive: strict || undefined, text },
      confidence,
      bounded: true,
    };
  }
  const lower = LOWER.exec(s);
  if (lower) {
    const strict = lower[1] !== '>=' && lower[1] !== '≥';
    return {
      range: { low: Number(lower[2]), lowExclusive: strict || undefined, text },
      confidence,
      bounded: true,
    };
  }
  const qual = parseLabValue(text);
  if (qual?.kind === 'qualitative' && !qual.printedFlag) {
    return {
      range: { qualitative: qual.value as QualitativeValue, text },
      confidence: qual.confidence,
      bounded: true,
    };
  }
  return { range: { text }, confidence: 0.4, bounded: false };
}

/**
 * A low bound above the high one that lost its decimal point ("110-3.20" for 1.10-3.20, "1003-1.030"):
 * labs print both bounds with the same decimals, so the point goes back where the high bound has it,
 * when that puts the low bound below the high one. Returned below the review threshold by the caller.
 */
function lostLowDecimal(low: string, high: string): number | undefined {
  const decimals = /\.(\d+)$/.exec(high)?.[1]?.length;
  if (!decimals || !/^\d+$/.test(low) || low.length <= decimals) return undefined;
  const repaired = Number(`${low.slice(0, -decimals)}.${low.slice(-decimals)}`);
  return repaired <= Number(high) ? repaired : undefined;
}

/**
 * One bound printed with decimals, the other an integer that reads as a range too: "11.0-160" for
 * 11.0-16.0 (blur and noise drop a faint point as easily as a digit). Left alone, 16.9 fell inside
 * 11.0-160 and was flagged normal with full confidence on harsh phone photos. Labs print both bounds
 * with the same decimals, so the point goes back where the other bound has it when the range stays
 * in order; the caller keeps it below the review threshold. A genuine "3.5-10" stays as it is ("1.0"
 * would put the range out of order), and so does "0-0.5" (no digits to move a point into).
 */
function lostPointInOneBound(low: string, high: string): { low: number; high: number } | undefined {
  const decimals = (s: string) => /\.(\d+)$/.exec(s)?.[1]?.length ?? 0;
  const [dl, dh] = [decimals(low), decimals(high)];
  if ((dl === 0) === (dh === 0)) return undefined;
  // Only an integer with a digit to spare before the point, or a leading zero ("160" → 16.0, "04" →
  // 0.4): a genuine "3.5-40" or "0.5-10" is left as printed.
  const withPoint = (int: string, d: number) =>
    /^\d+$/.test(int) && (int.length >= d + 2 || (int.length > d && int.startsWith('0')))
      ? Number(`${int.slice(0, -d)}.${int.slice(-d)}`)
      : undefined;
  const l = dl ? Number(low) : withPoint(low, dh);
  const h = dh ? Number(high) : withPoint(high, dl);
  return l !== undefined && h !== undefined && l <= h ? { low: l, high: h } : undefined;
}

/**
 * A faint dash is often lost: "0.48.0" for 0.4-8.0, "7.412.5" for 7.4-12.5. Labs print both bounds
 * with the same decimals, so the cut is accepted only where both halves have equal decimals and
 * low ≤ high, and only when exactly one cut does. Returned below the review threshold by the caller.
 */
function splitLostSeparator(s: string): { low: number; high: number } | undefined {
  if (!/^\d+\.\d+\.\d+$/.test(s)) return undefined;
  const found: { low: number; high: number }[] = [];
  const dot = s.indexOf('.');
  for (let cut = dot + 2; cut < s.length - 2; cut++) {
    const a = s.slice(0, cut);
    const b = s.slice(cut);
    const m = /^\d+\.(\d+)$/.exec(a);
    const n = /^\d+\.(\d+)$/.exec(b);
    if (!m || !n || m[1]?.length !== n[1]?.length || (b.length > 1 && b.startsWith('0') && b[1] !== '.'))
      continue;
    if (Number(a) <= Number(b)) found.push({ low: Number(a), high: Number(b) });
  }
  return found.length === 1 ? found[0] : undefined;
}
