import type { GlyphHints, TrailingArrow } from '@yizhu/core/labs/ocr-page-geometry.ts';

/**
 * The probabilities from which a glyph the recogniser did not choose counts as a hint, measured on
 * degraded eval photos (dev seeds 4 and 10):
 * - an arrow at a trailing "1": 38 inline arrows misread as "1" kept ≥ 6.8e-5 for the right arrow; 34
 *   of 36 real trailing 1s stayed below 2e-5 (the other two are left to the parser's range check);
 * - a point between digits: the 3 values whose point was lost (seed 4) had ≥ 0.014 in that gap; 195
 *   integers read right stayed below 6e-5 everywhere.
 */
const ARROW_MIN_P = 2e-5;
const POINT_MIN_P = 1e-3;
const ARROWS: TrailingArrow[] = ['↑', '↓'];

/**
 * Greedy CTC decode; the score is the mean probability of the emitted characters. Besides the text it
 * keeps two kinds of glyph hints PP-OCR leaves measurable probability for: ↑/↓ over the steps that
 * read a trailing "1" (an inline arrow after a value is often read as 1), and a point in the gaps of
 * a run of digits (a small faint point is often dropped).
 */
export function ctcDecode(
  data: Float32Array,
  steps: number,
  classes: number,
  dictionary: string[],
): { text: string; score: number; glyphHints?: GlyphHints } {
  let text = '';
  let sum = 0;
  let count = 0;
  let prev = -1;
  const arrowIds = ARROWS.map((a) => dictionary.indexOf(a));
  const pointId = dictionary.indexOf('.');
  const lastArrowP = [0, 0];
  // pointP[k]: best probability of "." from the step emitting character k until the next emission.
  const pointP: number[] = [];
  for (let t = 0; t < steps; t++) {
    const base = t * classes;
    const best = argmax(data, base, classes);
    const bestP = data[base + best]!;
    if (best !== 0 && best !== prev) {
      text += dictionary[best] ?? '';
      sum += bestP;
      count++;
      lastArrowP.fill(0);
      pointP.push(0);
    }
    if (best !== 0)
      arrowIds.forEach((id, i) => {
        if (id > 0) lastArrowP[i] = Math.max(lastArrowP[i]!, data[base + id]!);
      });
    if (pointId > 0 && pointP.length) {
      const k = pointP.length - 1;
      pointP[k] = Math.max(pointP[k]!, data[base + pointId]!);
    }
    prev = best;
  }
  const hints: GlyphHints = {};
  const arrows = /\d\s*1$/.test(text) ? ARROWS.filter((_, i) => lastArrowP[i]! >= ARROW_MIN_P) : [];
  if (arrows.length) hints.trailingOneArrows = arrows;
  if (/^\d{2,}$/.test(text)) {
    const gaps = pointP.slice(0, -1);
    const best = Math.max(...gaps);
    if (best >= POINT_MIN_P) hints.pointAt = gaps.indexOf(best) + 1;
  }
  return {
    text,
    score: count ? sum / count : 0,
    ...(hints.trailingOneArrows || hints.pointAt !== undefined ? { glyphHints: hints } : {}),
  };
}

/**
 * Index of the largest of `data[base .. base + n)`, the first one on a tie. A function of its own:
 * written inline in the decode loop, whose closures V8 optimises less well, this scan over the 6625
 * classes (the bulk of decoding) made decoding about 1.4 times slower.
 */
function argmax(data: Float32Array, base: number, n: number): number {
  let best = 0;
  let bestP = data[base]!;
  for (let c = 1; c < n; c++) {
    const p = data[base + c]!;
    if (p > bestP) {
      bestP = p;
      best = c;
    }
  }
  return best;
}
