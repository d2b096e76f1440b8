import { describe, expect, it } from 'vitest';
import {
  invert,
  mapBox,
  multiply,
  pdfTextItems,
  uprightQuarterTurns,
  type Matrix,
  type PdfjsTextItem,
} from './pdf-text-items.ts';

// Viewports as pdf.js computes them for an A4 MediaBox [0 0 595 842] at scale 1.
const UPRIGHT: Matrix = [1, 0, 0, -1, 0, 842];
const TURNED_90: Matrix = [0, 1, 1, 0, 0, 0]; // /Rotate 90: shown 842 wide, 595 high
const HELVETICA = { ascent: 0.718, descent: -0.207 };

/** An item as pdf.js's getTextContent gives it: Helvetica 10 pt, baseline at (x, y) in PDF space. */
const item = (str: string, x: number, y: number, width: number, size = 10): PdfjsTextItem => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width,
  height: size,
  fontName: 'f1',
});

/** Boxes are rounded to 0.1 pt. */
const expectBox = (box: readonly number[] | undefined, want: number[]) => {
  expect(box).toHaveLength(4);
  want.forEach((v, i) => expect(Math.abs(box![i]! - v), `box[${i}]`).toBeLessThanOrEqual(0.1));
};

describe('pdfTextItems', () => {
  it('gives top-left boxes in page units from baseline, ascent and descent', () => {
    // Baseline 120 pt below the top edge; the box spans 7.18 pt above it and 2.07 pt below.
    const [a] = pdfTextItems([item('HbA1c', 50, 722, 30.01)], { f1: HELVETICA }, UPRIGHT, 3);
    expect(a!.text).toBe('HbA1c');
    expect(a!.page).toBe(3);
    expectBox(a!.box, [50, 112.8, 30, 9.3]);
  });

  it('skips whitespace runs and marked-content items, and trims the text', () => {
    const items = [
      item('  7.2 ', 250, 702, 13.9),
      item(' ', 263.9, 702, 66.1),
      { type: 'beginMarkedContent', tag: 'P' },
      item('', 50, 682, 0),
    ];
    expect(pdfTextItems(items, { f1: HELVETICA }, UPRIGHT, 1).map((i) => i.text)).toEqual(['7.2']);
  });

  it('falls back to ascent 0.8 / descent 0.2 for a font without metrics', () => {
    const [a] = pdfTextItems([item('肌酐', 50, 742, 20)], {}, UPRIGHT, 1);
    expectBox(a!.box, [50, 92, 20, 10]);
  });

  it('follows /Rotate: on a page turned 90° a line runs downwards, tops of the letters to the right', () => {
    const [a] = pdfTextItems([item('Test', 50, 722, 19.45)], { f1: HELVETICA }, TURNED_90, 1);
    // Baseline x = 722; ascent reaches x = 729.18, descent x = 719.93; the run goes y 50 → 69.45.
    expectBox(a!.box, [719.9, 50, 9.3, 19.5]);
  });

  it('scales with the viewport and handles text drawn at an angle', () => {
    const [doubled] = pdfTextItems([item('ALT', 100, 742, 20)], { f1: HELVETICA }, [2, 0, 0, -2, 0, 1684], 1);
    expectBox(doubled!.box, [200, 185.6, 40, 18.5]);
    // 90° counter-clockwise in PDF space (reading upwards) becomes a vertical run on the page.
    const up: PdfjsTextItem = { ...item('AST', 100, 700, 20), transform: [0, 10, -10, 0, 100, 700] };
    const [v] = pdfTextItems([up], { f1: HELVETICA }, UPRIGHT, 1);
    expectBox(v!.box, [92.8, 122, 9.3, 20]);
  });

  it('drops zero-size text (invisible clipping tricks) instead of making empty boxes', () => {
    expect(pdfTextItems([item('x', 1, 1, 0, 0)], {}, UPRIGHT, 1)).toEqual([]);
  });
});

describe('uprightQuarterTurns', () => {
  const lines = [item('Haemoglobin', 50, 700, 60), item('132', 250, 700, 15)];

  it('is 0 for upright text and counts characters, not items', () => {
    expect(uprightQuarterTurns(lines, {}, UPRIGHT)).toBe(0);
    const sideways: PdfjsTextItem = { ...item('x', 1, 1, 5), transform: [0, 10, -10, 0, 1, 1] };
    expect(uprightQuarterTurns([...lines, sideways, sideways], {}, UPRIGHT)).toBe(0);
  });

  it('turns back a page whose text runs down (/Rotate 90) or up it', () => {
    expect(uprightQuarterTurns(lines, {}, TURNED_90)).toBe(3);
    const up = lines.map((l) => ({ ...l, transform: [0, 10, -10, 0, 100, 700] }));
    expect(uprightQuarterTurns(up, {}, UPRIGHT)).toBe(1);
    expect(uprightQuarterTurns([], {}, UPRIGHT)).toBe(0);
  });
});

describe('mapBox', () => {
  it('carries a box from the upright view back onto the turned page', () => {
    // Upright view of a /Rotate 90 page = the unturned page; to the displayed page and back.
    const toDisplay = multiply(TURNED_90, invert(UPRIGHT));
    const shown = mapBox([250, 130, 14, 9], toDisplay);
    expectBox(shown, [703, 250, 9, 14]);
    expectBox(mapBox(shown, invert(toDisplay)), [250, 130, 14, 9]);
  });
});
