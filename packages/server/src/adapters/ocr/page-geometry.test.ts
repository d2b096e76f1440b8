import { describe, expect, it } from 'vitest';
import {
  estimateSkew,
  quadBox,
  rotateQuad,
  textRunsVertically,
  toPagePoint,
  toSourceBox,
  type PageTransform,
  type Quad,
} from './page-geometry.ts';
import { solveHomography } from './perspective.ts';

/** A text line of `len` x `thick` at `deg`, as the detector reports it (tl, tr, br, bl). */
const line = (x: number, y: number, len: number, thick: number, deg = 0): Quad => {
  const r = (deg * Math.PI) / 180;
  const along: [number, number] = [Math.cos(r), Math.sin(r)];
  const down: [number, number] = [-Math.sin(r), Math.cos(r)];
  const p = (a: number, d: number): [number, number] => [
    x + along[0] * a + down[0] * d,
    y + along[1] * a + down[1] * d,
  ];
  return [p(0, 0), p(len, 0), p(len, thick), p(0, thick)];
};

describe('page geometry', () => {
  it('tells sideways text from upright text by the shape of the lines, ignoring square boxes', () => {
    const upright = [line(10, 10, 200, 20), line(10, 50, 150, 20), line(300, 300, 20, 20)];
    const sideways = [line(10, 10, 20, 200), line(50, 10, 20, 150), line(300, 300, 20, 20)];
    expect(textRunsVertically(upright)).toBe(false);
    expect(textRunsVertically(sideways)).toBe(true);
  });

  it('estimates skew as the median line angle, robust to a stray box', () => {
    const quads = [
      line(0, 0, 300, 20, 5),
      line(0, 50, 250, 20, 5.2),
      line(0, 100, 280, 20, 4.8),
      line(0, 150, 200, 20, -30),
    ];
    expect(estimateSkew(quads)).toBeCloseTo(5, 0);
    expect(estimateSkew([line(0, 0, 300, 20)])).toBe(0);
  });

  it('turns a quad with its image and orders its corners again (tl, tr, br, bl)', () => {
    // A line standing on a 100 x 50 image; a quarter turn clockwise (→ 50 x 100) lays it flat.
    const q = rotateQuad(
      [
        [10, 10],
        [20, 10],
        [20, 40],
        [10, 40],
      ],
      90,
      100,
      50,
    );
    expect(q.map((p) => p.map((v) => Math.round(v * 1e6) / 1e6))).toEqual([
      [10, 10],
      [40, 10],
      [40, 20],
      [10, 20],
    ]);
  });

  it('maps a box on the straightened page back onto the uploaded photo', () => {
    // A 1000 x 600 photo, scaled by 0.5, turned a quarter clockwise (→ 300 x 500).
    const t: PageTransform = {
      sourceWidth: 1000,
      sourceHeight: 600,
      quarterTurns: 1,
      skewDeg: 0,
      steps: [
        { kind: 'scale', factor: 0.5 },
        { kind: 'rotate', deg: 90, width: 500, height: 300 },
      ],
    };
    // The photo's top-left corner lands at the top-right of the turned page.
    const tl = toPagePoint([0, 0], t);
    expect(tl[0]).toBeCloseTo(300);
    expect(tl[1]).toBeCloseTo(0);
    const box = toSourceBox([250, 0, 50, 100], t);
    expect(box).toEqual([0, 0, 200, 100]);
  });

  it('round-trips through a small skew within a pixel or two', () => {
    const t: PageTransform = {
      sourceWidth: 800,
      sourceHeight: 600,
      quarterTurns: 0,
      skewDeg: 4,
      steps: [{ kind: 'rotate', deg: -4, width: 800, height: 600 }],
    };
    const [x, y] = toPagePoint([400, 300], t);
    const b = toSourceBox([x - 10, y - 10, 20, 20], t);
    expect(Math.abs(b[0] + b[2] / 2 - 400)).toBeLessThan(2);
    expect(Math.abs(b[1] + b[3] / 2 - 300)).toBeLessThan(2);
    expect(quadBox(line(10, 20, 100, 10))).toEqual([10, 20, 100, 10]);
  });

  it('maps a box on the flattened sheet back onto the photo through the perspective step', () => {
    // The sheet's corners in a 1000 x 1200 photo (keystone: the top edge is narrower).
    const corners: [number, number][] = [
      [150, 100],
      [850, 120],
      [950, 1100],
      [50, 1080],
    ];
    const rect: [number, number][] = [
      [0, 0],
      [799, 0],
      [799, 999],
      [0, 999],
    ];
    const t: PageTransform = {
      sourceWidth: 1000,
      sourceHeight: 1200,
      quarterTurns: 0,
      skewDeg: 0,
      steps: [
        { kind: 'scale', factor: 0.5 },
        {
          kind: 'homography',
          toPage: solveHomography(
            corners.map(([x, y]) => [x / 2, y / 2]),
            rect,
          ),
          toSource: solveHomography(
            rect,
            corners.map(([x, y]) => [x / 2, y / 2]),
          ),
        },
      ],
    };
    const [px, py] = toPagePoint([150, 100], t);
    expect(px).toBeCloseTo(0, 6);
    expect(py).toBeCloseTo(0, 6);
    // The sheet's bottom-right corner cell lands at the photo's bottom-right corner.
    const b = toSourceBox([789, 989, 10, 10], t);
    expect(Math.abs(b[0] + b[2] - 950)).toBeLessThan(3);
    expect(Math.abs(b[1] + b[3] - 1100)).toBeLessThan(3);
  });
});
