import type { PaddleOcr, RawRgba, RecognisedLine, TextQuad } from './paddle-ocr.ts';
import { cropLines, type LineBox } from './split-line-images.ts';

/**
 * A second reading of weak lines (harsh phone photos: blur, grain, a line end the detector cut). A
 * line scoring below `REREAD_BELOW` is read again from two variants of its crop: a 3×3 median of the
 * recogniser's 48 px input (grain), and a re-cut `RECUT_PX` wider at both ends (a glyph cut off,
 * "Uni" for Unit). A variant replaces the first reading only when it scores higher *and* keeps every
 * character, digit and mark of it in order (`keepsEveryGlyph`): by score alone the recogniser prefers
 * readings that drop a point or a dash ("1:23" → "123", "0.11-0.28" → "0.11-028"), which a lab parser
 * cannot tell from a real value. Measured in the README (harsh +0.3 to +1.5 points, degraded equal).
 */
export const REREAD_BELOW = 0.9;
const RECUT_PX = 3;

/**
 * Whether `variant` keeps every glyph of `first` in order (spaces aside): it may add what the first
 * reading lost ("Uni" → "Unit", "0.11-028" → "0.11-0.28") but change nothing it read. Allowing one glyph
 * for another at a higher score cost names on degraded photos ("尿酸碱度" → "尿醒城度").
 */
export function keepsEveryGlyph(first: string, variant: string): boolean {
  const a = Array.from(first.replace(/\s+/g, ''));
  const b = Array.from(variant.replace(/\s+/g, ''));
  let i = 0;
  for (const g of b) if (i < a.length && g === a[i]) i++;
  return i === a.length;
}

/** The box grown `px` along its first edge at both ends (the crop's x axis). */
function widen(box: LineBox, px: number): LineBox {
  const [b0, b1, b2, b3] = box;
  const len = Math.hypot(b1[0] - b0[0], b1[1] - b0[1]) || 1;
  const u: [number, number] = [((b1[0] - b0[0]) / len) * px, ((b1[1] - b0[1]) / len) * px];
  const back = (p: [number, number]): [number, number] => [p[0] - u[0], p[1] - u[1]];
  const fwd = (p: [number, number]): [number, number] => [p[0] + u[0], p[1] + u[1]];
  return [back(b0), fwd(b1), fwd(b2), back(b3)];
}

export async function rereadWeakLines(
  ocr: PaddleOcr,
  page: RawRgba,
  quads: readonly TextQuad[],
  lines: RecognisedLine[],
): Promise<RecognisedLine[]> {
  const byQuad = new Map(quads.map((q) => [q.quad, q]));
  const weak = lines.flatMap((l) => {
    const q = byQuad.get(l.quad);
    return q && l.score < REREAD_BELOW ? [q] : [];
  });
  if (weak.length === 0) return lines;
  // Only lines warped flat as they lie (not turned a quarter): their first edge runs along the text.
  const flat = weak.filter((q) => q.box && q.crop.height < 1.5 * q.crop.width);
  const recut = await cropLines(
    page,
    flat.map((q) => widen(q.box as LineBox, RECUT_PX)),
  );
  const variants = [
    ...(await ocr.recognise(weak, { median: true })),
    ...(await ocr.recognise(flat.map((q, i) => ({ ...q, crop: recut[i] as RawRgba })))),
  ];
  const first = new Map(lines.map((l) => [l.quad, l]));
  const best = new Map(first);
  for (const v of variants) {
    const cur = best.get(v.quad);
    const read = first.get(v.quad);
    if (cur && read && v.score > cur.score && keepsEveryGlyph(read.text, v.text)) best.set(v.quad, v);
  }
  return lines.map((l) => best.get(l.quad) ?? l);
}
