import { describe, expect, it } from 'vitest';
import { findPageQuad } from './find-page-quad.ts';
import type { Point } from './page-geometry.ts';
import { applyHomography, solveHomography, warpImage } from './perspective.ts';

const W = 400;
const H = 500;
const DESK = [150, 110, 70];

/** A white sheet with rows of "print" on a wooden desk, photographed so its corners land on `corners`. */
function photo(corners: Point[], shade = (x: number) => 255 + 0 * x): Uint8Array {
  const pw = 300;
  const ph = 420;
  const sheet = new Uint8Array(pw * ph * 3);
  for (let y = 0; y < ph; y++)
    for (let x = 0; x < pw; x++) {
      const ink = y > 30 && y % 24 < 8 && x > 20 && x < 280 && x % 40 < 28;
      const v = ink ? 30 : Math.round(shade(x));
      sheet.fill(v, (y * pw + x) * 3, (y * pw + x) * 3 + 3);
    }
  const rect: Point[] = [
    [0, 0],
    [pw - 1, 0],
    [pw - 1, ph - 1],
    [0, ph - 1],
  ];
  return warpImage({ data: sheet, width: pw, height: ph }, 3, solveHomography(corners, rect), W, H, DESK);
}

const near = (got: Point[] | null, want: Point[], tol = 3) => {
  expect(got).not.toBeNull();
  got!.forEach((p, i) => {
    expect(Math.hypot(p[0] - want[i]![0], p[1] - want[i]![1]), `corner ${i}`).toBeLessThan(tol);
  });
};

describe('findPageQuad', () => {
  it('finds the corners of a sheet photographed at an angle', () => {
    const corners: Point[] = [
      [70, 40],
      [330, 60],
      [360, 460],
      [30, 440],
    ];
    near(findPageQuad(photo(corners), W, H), corners);
  });

  it('still finds a sheet half in shadow', () => {
    const corners: Point[] = [
      [50, 30],
      [350, 30],
      [340, 470],
      [60, 470],
    ];
    near(
      findPageQuad(
        photo(corners, (x) => 120 + (135 * x) / 300),
        W,
        H,
      ),
      corners,
    );
  });

  it('gives up when nothing stands out: all paper, or a soft gradient with no edge', () => {
    expect(findPageQuad(new Uint8Array(W * H * 3).fill(250), W, H)).toBeNull();
    const gradient = new Uint8Array(W * H * 3);
    for (let i = 0; i < W * H; i++) gradient.fill(Math.round((255 * (i % W)) / W), i * 3, i * 3 + 3);
    expect(findPageQuad(gradient, W, H)).toBeNull();
  });

  it('does not take a page running off the frame for a quadrilateral', () => {
    // Only three corners on the photo: the visible part is a pentagon.
    const img = photo([
      [-120, 40],
      [330, 60],
      [360, 460],
      [30, 440],
    ]);
    expect(findPageQuad(img, W, H)).toBeNull();
  });
});

describe('solveHomography', () => {
  it('maps the four corners exactly and is inverted by the reverse solve', () => {
    const a: Point[] = [
      [0, 0],
      [100, 0],
      [100, 50],
      [0, 50],
    ];
    const b: Point[] = [
      [10, 5],
      [95, 12],
      [110, 70],
      [-3, 55],
    ];
    const h = solveHomography(a, b);
    const back = solveHomography(b, a);
    a.forEach((p, i) => {
      const q = applyHomography(h, p);
      expect(q[0]).toBeCloseTo(b[i]![0], 6);
      expect(q[1]).toBeCloseTo(b[i]![1], 6);
    });
    const mid = applyHomography(back, applyHomography(h, [37, 21]));
    expect(mid[0]).toBeCloseTo(37, 6);
    expect(mid[1]).toBeCloseTo(21, 6);
  });

  it('refuses three corners on a line', () => {
    const line: Point[] = [
      [0, 0],
      [1, 1],
      [2, 2],
      [0, 5],
    ];
    expect(() =>
      solveHomography(
        line,
        line.map(([x, y]) => [x + 1, y]),
      ),
    ).toThrow();
  });
});
