import type { Point } from './page-geometry.ts';

/**
 * Plane projective geometry for a page photographed at an angle: the homography between four
 * corners, and a bilinear warp. Pure arithmetic on pixel arrays, so it is unit-tested without images.
 */
export type Homography = number[]; // row-major 3x3

/** H with H(src[i]) = dst[i] for four point pairs (no three collinear): the 8x8 DLT system, h33 = 1. */
export function solveHomography(src: readonly Point[], dst: readonly Point[]): Homography {
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = src[i]!;
    const [u, v] = dst[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  // Gaussian elimination with partial pivoting on the augmented 8x9 matrix.
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    if (Math.abs(a[p]![c]!) < 1e-12) throw new Error('degenerate quadrilateral');
    [a[c], a[p]] = [a[p]!, a[c]!];
    const row = a[c]!;
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / row[c]!;
      if (f) for (let k = c; k < 9; k++) a[r]![k]! -= f * row[k]!;
    }
  }
  return [...a.map((r, i) => r[8]! / r[i]!), 1];
}

export function applyHomography(h: Homography, [x, y]: Point): Point {
  const w = h[6]! * x + h[7]! * y + h[8]!;
  return [(h[0]! * x + h[1]! * y + h[2]!) / w, (h[3]! * x + h[4]! * y + h[5]!) / w];
}

/**
 * Samples `out` (outWidth x outHeight, `channels` bytes per pixel) from `src` through `toSource`,
 * the map from output pixels to source pixels. Outside the source is `fill` (default white paper).
 */
export function warpImage(
  src: { data: Uint8Array; width: number; height: number },
  channels: number,
  toSource: Homography,
  outWidth: number,
  outHeight: number,
  fill: readonly number[] = [255, 255, 255, 255],
): Uint8Array {
  const out = new Uint8Array(outWidth * outHeight * channels);
  if (fill.slice(0, channels).every((v) => v === fill[0])) out.fill(fill[0]!);
  else for (let i = 0; i < out.length; i++) out[i] = fill[i % channels]!;
  const { data, width, height } = src;
  const [h0, h1, h2, h3, h4, h5, h6, h7, h8] = toSource as [number, ...number[]];
  for (let y = 0; y < outHeight; y++) {
    // Row terms hoisted; each sum keeps its order, so results stay bit-identical.
    const h1y = h1! * y;
    const h4y = h4! * y;
    const h7y = h7! * y;
    for (let x = 0; x < outWidth; x++) {
      const w = h6! * x + h7y + h8!;
      const sx = (h0 * x + h1y + h2!) / w;
      const sy = (h3! * x + h4y + h5!) / w;
      if (sx < 0 || sy < 0 || sx > width - 1 || sy > height - 1) continue;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const x1 = Math.min(x0 + 1, width - 1);
      const y1 = Math.min(y0 + 1, height - 1);
      const fx = sx - x0;
      const fy = sy - y0;
      const o = (y * outWidth + x) * channels;
      const r0 = y0 * width;
      const r1 = y1 * width;
      for (let c = 0; c < channels; c++) {
        const p00 = data[(r0 + x0) * channels + c]!;
        const p10 = data[(r0 + x1) * channels + c]!;
        const p01 = data[(r1 + x0) * channels + c]!;
        const p11 = data[(r1 + x1) * channels + c]!;
        out[o + c] = Math.round(
          p00 * (1 - fx) * (1 - fy) + p10 * fx * (1 - fy) + p01 * (1 - fx) * fy + p11 * fx * fy,
        );
      }
    }
  }
  return out;
}
