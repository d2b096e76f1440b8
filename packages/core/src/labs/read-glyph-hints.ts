import type { RawLabRow } from './build-lab-observation.ts';
import { computeLabFlag } from './compute-lab-flag.ts';
import { parseLabValue } from './parse-lab-value.ts';
import { parseReferenceRange, type ParsedReferenceRange } from './parse-reference-range.ts';

/** A value this many times beyond its range is more often a lost decimal point than real. */
export const FAR_OUT_FACTOR = 5;

export const farOutOfRange = (value: number, range: ParsedReferenceRange['range']) =>
  (range.high !== undefined && range.high > 0 && value > range.high * FAR_OUT_FACTOR) ||
  (range.low !== undefined && range.low >= 1 && value < range.low / FAR_OUT_FACTOR);

/**
 * A whole number beside a range whose bounds are all printed with decimals ("45" beside 3.0-10.0):
 * labs print a result with its range's decimals, so the value's point was probably lost (blur and
 * noise drop a faint point as easily as a digit). Not far enough out for `farOutOfRange` (4.5 → 45
 * is 4.5× the high bound), such a read was flagged H with full confidence on harsh phone photos.
 */
export function pointMayBeLost(valueText: string | undefined, rangeText: string | undefined): boolean {
  const v = /\d+(?:[.,]\d+)?/.exec(valueText ?? '')?.[0];
  const bounds = (rangeText ?? '').match(/\d+(?:\.\d+)?/g);
  return !!v && /^\d+$/.test(v) && !!bounds?.length && bounds.every((b) => b.includes('.'));
}

/**
 * A whole number in which the recogniser also saw a point (`glyphHints.pointAt`), beside a range
 * printed without decimals: both may have lost their points together ("39" beside "30-100" for 3.9
 * and 3.0-10.0 on a blurred photo), and then the range cannot disagree. The value is kept as read
 * but reviewed. With a well-read name this was confidently wrong (a 10× monocyte percentage, normal).
 */
export function pointSeenBesideWholeRange(row: RawLabRow): boolean {
  const text = row.value?.text.trim() ?? '';
  const at = row.value?.glyphHints?.pointAt;
  if (at === undefined || !/^\d{2,}$/.test(text) || at <= 0 || at >= text.length) return false;
  const bounds = (row.range?.text ?? '').match(/\d+(?:[.,:]\d+)?/g);
  return !!bounds?.length && bounds.every((b) => /^\d+$/.test(b));
}

/**
 * Reads a value cell again with what the OCR engine also saw (`glyphHints`), where the reference range
 * agrees — never on the hint alone:
 * - a lost decimal point ("164" for 1.64): taken when the digits as read are far outside the range
 *   and with the point they are not;
 * - an inline ↑/↓ read as a trailing "1" ("38.51" for 38.5↑, on blurred or faint photos): taken when
 *   the value without that "1" lies outside the range on that arrow's side. Only for tables without a
 *   flag column (`inlineArrows`), where arrows are printed inline.
 * A real trailing 1 or a real integer rarely carries the hint, and then the range must still agree,
 * so the row is otherwise returned unchanged. Without this the parser can only flag the row.
 * Returns whether a point was put back: that reading is the engine's second choice, reviewed.
 */
export function readGlyphHints(
  row: RawLabRow,
  inlineArrows: boolean,
): { row: RawLabRow; pointRepaired: boolean } {
  const v = row.value;
  const hints = v?.glyphHints;
  if (!v || !hints) return { row, pointRepaired: false };
  const range = parseReferenceRange(row.range?.text);
  if (!range?.bounded) return { row, pointRepaired: false };
  let text = v.text.trim();
  let pointRepaired = false;
  const at = hints.pointAt;
  if (at !== undefined && /^\d+$/.test(text) && at > 0 && at < text.length) {
    const pointed = `${text.slice(0, at)}.${text.slice(at)}`;
    if (farOutOfRange(Number(text), range.range) && !farOutOfRange(Number(pointed), range.range)) {
      text = pointed;
      pointRepaired = true;
    }
  }
  const arrows = hints.trailingOneArrows;
  if (inlineArrows && arrows?.length && /\d\s*1$/.test(text)) {
    const shortened = text.slice(0, -1).trimEnd();
    const parsed = parseLabValue(shortened);
    if (parsed?.kind === 'number' && !parsed.comparator && !parsed.printedFlag) {
      const flag = computeLabFlag(parsed.value, range.range);
      const arrow = flag === 'H' ? '↑' : flag === 'L' ? '↓' : undefined;
      if (arrow && arrows.includes(arrow)) text = shortened + arrow;
    }
  }
  return text === v.text.trim()
    ? { row, pointRepaired: false }
    : { row: { ...row, value: { ...v, text } }, pointRepaired };
}
