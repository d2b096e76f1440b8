import type { RawLabRow } from './build-lab-observation.ts';
import { computeLabFlag } from './compute-lab-flag.ts';
import { parseLabValue } from './parse-lab-value.ts';
import { parseReferenceRange } from './parse-reference-range.ts';

/**
 * Reads "38.51" as "38.5↑" when three independent signals agree: the OCR engine saw an arrow in the
 * trailing "1" (`trailingOneArrows`), the value without that "1" lies outside the reference range,
 * and on that arrow's side of it. PP-OCR reads an inline ↑/↓ printed right after a value as "1" on
 * blurred or faint photos; without this the parser can only flag the row (`value_arrow_suspected`).
 * A real trailing 1 rarely carries arrow probability, and when it does the range must still put the
 * shortened value across a bound in the same direction — otherwise the row is returned unchanged.
 * Only for tables without a flag column (`inlineArrowsMayMisread`), where arrows are printed inline.
 */
export function readTrailingArrow(row: RawLabRow): RawLabRow {
  const v = row.value;
  if (!v?.trailingOneArrows?.length) return row;
  const text = v.text.trim();
  if (!/\d\s*1$/.test(text)) return row;
  const range = parseReferenceRange(row.range?.text);
  if (!range?.bounded) return row;
  const shortened = text.slice(0, -1).trimEnd();
  const parsed = parseLabValue(shortened);
  if (parsed?.kind !== 'number' || parsed.comparator || parsed.printedFlag) return row;
  const flag = computeLabFlag(parsed.value, range.range);
  const arrow = flag === 'H' ? '↑' : flag === 'L' ? '↓' : undefined;
  if (!arrow || !v.trailingOneArrows.includes(arrow)) return row;
  return { ...row, value: { ...v, text: shortened + arrow } };
}
