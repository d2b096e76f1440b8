/**
 * Page geometry shared by the table reconstructor and the line fallback: box types as the OCR
 * adapter delivers them, token boxes inside a merged detector box, and grouping boxes into lines.
 */
export type PageBox = [x: number, y: number, w: number, h: number];

export interface OcrTextBox {
  text: string;
  box: PageBox;
  /** Recognition score 0..1. */
  score: number;
  glyphHints?: GlyphHints;
}

export type TrailingArrow = '↑' | '↓';

/**
 * What the recogniser also saw where OCR often misreads (see read-glyph-hints.ts). Only the OCR
 * adapter sets them; the parser uses one only where the reference range agrees.
 */
export interface GlyphHints {
  /** Text ending in a digit and "1": arrows it also saw in that "1" (an inline ↑/↓ read as 1). */
  trailingOneArrows?: TrailingArrow[];
  /** Text of digits only: a decimal point it also saw after this many digits. */
  pointAt?: number;
}

/**
 * The hints a part of a text keeps: the trailing-arrow hint belongs to the last glyph, the point to
 * the whole run of digits.
 */
export function partHints(
  h: GlyphHints | undefined,
  keepsEnd: boolean,
  isWhole: boolean,
): { glyphHints?: GlyphHints } {
  const out: GlyphHints = {
    ...(keepsEnd && h?.trailingOneArrows ? { trailingOneArrows: h.trailingOneArrows } : {}),
    ...(isWhole && h?.pointAt !== undefined ? { pointAt: h.pointAt } : {}),
  };
  return out.trailingOneArrows || out.pointAt !== undefined ? { glyphHints: out } : {};
}

export interface OcrPage {
  /** 1-based page number, as shown to the doctor. */
  page: number;
  boxes: OcrTextBox[];
}

export const cx = (b: PageBox) => b[0] + b[2] / 2;
export const cy = (b: PageBox) => b[1] + b[3] / 2;
export const right = (b: PageBox) => b[0] + b[2];
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor(s.length / 2)] as number) : 0;
};

/** Relative glyph width, to place a token inside a box that OCR merged across columns. */
const glyphWidth = (ch: string) => (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : ch === ' ' ? 0.4 : 0.55);

/** Splits a box at whitespace into token boxes with x estimated from glyph widths. */
export function splitBoxTokens(b: OcrTextBox): OcrTextBox[] {
  const text = b.text.trim();
  if (!/\s/.test(text)) return [b];
  const chars = Array.from(text);
  const total = chars.reduce((s, c) => s + glyphWidth(c), 0);
  const out: OcrTextBox[] = [];
  let pos = 0;
  let start = 0;
  let token = '';
  const flush = () => {
    if (!token) return;
    const x0 = b.box[0] + (b.box[2] * start) / total;
    const x1 = b.box[0] + (b.box[2] * pos) / total;
    out.push({
      text: token,
      box: [round1(x0), b.box[1], round1(x1 - x0), b.box[3]],
      score: b.score,
      ...partHints(b.glyphHints, pos === total, false),
    });
    token = '';
  };
  for (const c of chars) {
    if (/\s/.test(c)) {
      flush();
      pos += glyphWidth(c);
      start = pos;
      continue;
    }
    if (!token) start = pos;
    token += c;
    pos += glyphWidth(c);
  }
  flush();
  return out;
}
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The part of a box holding characters [start, end) of its text (code points), x estimated from glyph
 * widths: for boxes the detector merged without a space ("提示单位", "血红蛋白浓度176").
 */
export function sliceBox(b: OcrTextBox, start: number, end: number): OcrTextBox {
  const chars = Array.from(b.text);
  const width = (cs: string[]) => cs.reduce((s, c) => s + glyphWidth(c), 0);
  const total = width(chars) || 1;
  const x0 = b.box[0] + (b.box[2] * width(chars.slice(0, start))) / total;
  const x1 = b.box[0] + (b.box[2] * width(chars.slice(0, end))) / total;
  return {
    text: chars.slice(start, end).join('').trim(),
    box: [round1(x0), b.box[1], round1(x1 - x0), b.box[3]],
    score: b.score,
    ...partHints(b.glyphHints, end >= chars.length, start === 0 && end >= chars.length),
  };
}

export interface Line {
  boxes: OcrTextBox[];
  cy: number;
  top: number;
  bottom: number;
}

/** Groups boxes into lines by vertical centre; `adjust` maps a box to its deskewed centre y. */
export function groupLines(boxes: OcrTextBox[], adjust: (b: PageBox) => number): Line[] {
  const h = median(boxes.map((b) => b.box[3])) || 1;
  const sorted = [...boxes].sort((a, b) => adjust(a.box) - adjust(b.box));
  const lines: Line[] = [];
  for (const b of sorted) {
    const y = adjust(b.box);
    const last = lines[lines.length - 1];
    if (last && Math.abs(y - last.cy) <= h * 0.5) {
      last.boxes.push(b);
      last.cy = last.boxes.reduce((s, x) => s + adjust(x.box), 0) / last.boxes.length;
      last.top = Math.min(last.top, y - b.box[3] / 2);
      last.bottom = Math.max(last.bottom, y + b.box[3] / 2);
    } else {
      lines.push({ boxes: [b], cy: y, top: y - b.box[3] / 2, bottom: y + b.box[3] / 2 });
    }
  }
  for (const l of lines) l.boxes.sort((a, b) => a.box[0] - b.box[0]);
  return lines;
}
