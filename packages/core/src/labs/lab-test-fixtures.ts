import type { OcrTextBox } from './reconstruct-lab-table.ts';

/**
 * Test factory: lays out a printed table as an OCR engine would report it (one box per non-empty cell,
 * width from glyph count), so layout tests read like the report they describe.
 */
export interface FixtureTable {
  x: number;
  y: number;
  /** Column x offsets relative to `x`, one per header. */
  colX: number[];
  header: string[];
  rows: string[][];
  rowH?: number;
  score?: number;
  /** Vertical drift per pixel of x (residual skew). */
  slope?: number;
}

const CHAR_W = 14;
const width = (t: string) =>
  Array.from(t).reduce((s, c) => s + (/[\u2e80-\u9fff]/.test(c) ? CHAR_W : CHAR_W * 0.55), 0);

export function tableBoxes(t: FixtureTable): OcrTextBox[] {
  const rowH = t.rowH ?? 24;
  const out: OcrTextBox[] = [];
  const put = (text: string, col: number, row: number) => {
    if (!text) return;
    const x = t.x + (t.colX[col] ?? 0);
    const y = t.y + row * rowH + (t.slope ?? 0) * x;
    out.push({
      text,
      box: [x, Math.round(y * 10) / 10, Math.round(width(text)), 16],
      score: t.score ?? 0.98,
    });
  };
  t.header.forEach((h, c) => put(h, c, 0));
  t.rows.forEach((r, i) => r.forEach((cell, c) => put(cell, c, i + 1)));
  return out;
}

export const textBox = (text: string, x: number, y: number, score = 0.98): OcrTextBox => ({
  text,
  box: [x, y, Math.round(width(text)), 16],
  score,
});
