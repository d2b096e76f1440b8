import type { PageBox, TextLayerItem } from '@yizhu/core';

/**
 * pdf.js text-content items → core's `TextLayerItem`s: boxes with a top-left origin in page units
 * (PDF points at scale 1) of the page as displayed, i.e. after /Rotate and the crop box, which is what
 * `viewport` (page.getViewport({ scale: 1 }).transform) maps to. The box spans the font's ascent to
 * descent, like an OCR detector's box around a printed word.
 */
export type Matrix = readonly [number, number, number, number, number, number];

/** The fields of pdf.js's TextItem this needs; marked-content items (no `str`) are skipped. */
export interface PdfjsTextItem {
  str: string;
  /** Text space → user space, with the font size folded in (pdf.js convention). */
  transform: readonly number[];
  /** Advance of the run in user space (horizontal writing). */
  width: number;
  height: number;
  fontName: string;
}

export interface PdfjsFontStyle {
  ascent?: number;
  descent?: number;
  vertical?: boolean;
}

export function pdfTextItems(
  items: readonly (PdfjsTextItem | object)[],
  styles: Readonly<Record<string, PdfjsFontStyle | undefined>>,
  viewport: Matrix,
  page: number,
): TextLayerItem[] {
  const scale = Math.hypot(viewport[0], viewport[1]);
  const out: TextLayerItem[] = [];
  for (const item of items) {
    if (!('str' in item)) continue;
    const text = item.str.trim();
    if (!text) continue;
    const tx = multiply(viewport, item.transform as unknown as Matrix);
    const size = Math.hypot(tx[2], tx[3]);
    if (!(size > 0)) continue;
    const style = styles[item.fontName];
    // pdf.js reports font-unit fractions; fonts without metrics get the usual 0.8 / 0.2.
    const ascent = style?.ascent && style.ascent > 0 ? style.ascent : 0.8;
    const descent = style?.descent && style.descent < 0 ? -style.descent : 0.2;
    let angle = Math.atan2(tx[1], tx[0]);
    if (style?.vertical) angle += Math.PI / 2;
    const length = (style?.vertical ? item.height : item.width) * scale;
    const along: [number, number] = [Math.cos(angle), Math.sin(angle)];
    const up: [number, number] = [Math.sin(angle), -Math.cos(angle)]; // y grows downwards
    const corner = (a: number, u: number): [number, number] => [
      tx[4] + along[0] * a + up[0] * u,
      tx[5] + along[1] * a + up[1] * u,
    ];
    const top = ascent * size;
    const bottom = -descent * size;
    const pts = [corner(0, top), corner(length, top), corner(0, bottom), corner(length, bottom)];
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    const box: PageBox = [round(x), round(y), round(Math.max(...xs) - x), round(Math.max(...ys) - y)];
    out.push({ text, page, box });
  }
  return out;
}

/**
 * Clockwise quarter turns (0..3) that stand the text of a page upright: most characters' direction on
 * the displayed page. A page whose text runs down or up it is read turned, as a sideways photo is.
 */
export function uprightQuarterTurns(
  items: readonly (PdfjsTextItem | object)[],
  styles: Readonly<Record<string, PdfjsFontStyle | undefined>>,
  viewport: Matrix,
): number {
  const votes = [0, 0, 0, 0];
  for (const item of items) {
    if (!('str' in item)) continue;
    const tx = multiply(viewport, item.transform as unknown as Matrix);
    const angle = Math.atan2(tx[1], tx[0]) + (styles[item.fontName]?.vertical ? Math.PI / 2 : 0);
    const turns = (((Math.round(angle / (Math.PI / 2)) % 4) + 4) % 4) as 0 | 1 | 2 | 3;
    votes[turns]! += item.str.replace(/\s/g, '').length;
  }
  const textTurns = votes.indexOf(Math.max(...votes));
  return (4 - textTurns) % 4;
}

/** The bounding box of `box` carried through the affine map `m` (upright page → displayed page). */
export function mapBox(box: PageBox, m: Matrix): PageBox {
  const [x, y, w, h] = box;
  const pts = [
    [x, y],
    [x + w, y],
    [x, y + h],
    [x + w, y + h],
  ].map(([px, py]) => [m[0] * px! + m[2] * py! + m[4], m[1] * px! + m[3] * py! + m[5]] as const);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  return [round(x0), round(y0), round(Math.max(...xs) - x0), round(Math.max(...ys) - y0)];
}

export function invert(m: Matrix): Matrix {
  const det = m[0] * m[3] - m[1] * m[2];
  return [
    m[3] / det,
    -m[1] / det,
    -m[2] / det,
    m[0] / det,
    (m[2] * m[5] - m[3] * m[4]) / det,
    (m[1] * m[4] - m[0] * m[5]) / det,
  ];
}

/** pdf.js's Util.transform: m1 applied after m2. */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

const round = (v: number) => Math.round(v * 10) / 10;
