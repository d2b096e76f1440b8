import type { TrailingArrow } from '@yizhu/core/labs/ocr-page-geometry.ts';

/**
 * An arrow's probability at a trailing "1" from which it counts as a reading of that glyph. Measured on
 * degraded eval photos (seeds 4 and 10: 38 inline arrows misread as "1", 36 real trailing 1s): the
 * misread arrows kept ≥ 6.8e-5 for the right arrow, 34 of 36 real 1s stayed below 2e-5 (the other
 * two are left to the parser's range check, which must agree).
 */
const ARROW_MIN_P = 2e-5;

/**
 * Greedy CTC decode; the score is the mean probability of the emitted characters. For the last emitted
 * character it also keeps the best probability of ↑ and ↓ over the steps that read it: PP-OCR reads an
 * inline arrow after a value as "1", but leaves the arrow measurable probability there.
 */
export function ctcDecode(data: Float32Array, steps: number, classes: number, dictionary: string[]) {
  let text = '';
  let sum = 0;
  let count = 0;
  let prev = -1;
  const arrowIds = ARROWS.map((a) => dictionary.indexOf(a));
  const lastArrowP = [0, 0];
  for (let t = 0; t < steps; t++) {
    let best = 0;
    let bestP = -Infinity;
    for (let c = 0; c < classes; c++) {
      const p = data[t * classes + c]!;
      if (p > bestP) {
        bestP = p;
        best = c;
      }
    }
    if (best !== 0 && best !== prev) {
      text += dictionary[best] ?? '';
      sum += bestP;
      count++;
      lastArrowP.fill(0);
    }
    if (best !== 0)
      arrowIds.forEach((id, i) => {
        if (id > 0) lastArrowP[i] = Math.max(lastArrowP[i]!, data[t * classes + id]!);
      });
    prev = best;
  }
  const arrows = /\d\s*1$/.test(text) ? ARROWS.filter((_, i) => lastArrowP[i]! >= ARROW_MIN_P) : [];
  return {
    text,
    score: count ? sum / count : 0,
    ...(arrows.length ? { trailingOneArrows: arrows } : {}),
  };
}

const ARROWS: TrailingArrow[] = ['↑', '↓'];
