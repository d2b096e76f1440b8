import type { Point } from './page-geometry.ts';

/**
 * Finds the sheet of paper in a photo: the four corners (tl, tr, br, bl) of the page lying on a
 * desk, so a perspective warp can make it a rectangle again. Works on a small RGB copy (~480 px).
 *
 * Paper is bright and colourless; desks, hands and shadows are darker or coloured, so the darkest
 * channel of a pixel separates them better than its brightness (a shadowed white page keeps equal
 * channels, a wooden desk does not). The page is the largest bright region whose filled outline is a
 * convex quadrilateral with sharp edges. Shadows make a global threshold cut the page, so several
 * thresholds below Otsu's are tried; a cut along a soft shadow fails the edge-contrast test.
 *
 * Returns null when no page stands out (the photo is all page, a white page on a white desk, a page
 * running off the frame): the caller then reads the photo as it is, which is what it did before.
 */
export interface PageQuadOptions {
  /** Smallest page, as a fraction of the photo. */
  minArea?: number;
  /** Mean darkest-channel step across the page edge, 0..255. */
  minEdgeContrast?: number;
}

export function findPageQuad(
  rgb: Uint8Array,
  width: number,
  height: number,
  opts: PageQuadOptions = {},
): Point[] | null {
  const n = width * height;
  const lum = new Uint8Array(n);
  for (let i = 0; i < n; i++) lum[i] = Math.min(rgb[i * 3]!, rgb[i * 3 + 1]!, rgb[i * 3 + 2]!);
  const otsu = otsuThreshold(lum);
  let best: { quad: Point[]; area: number } | null = null;
  for (const f of [1, 0.85, 0.7, 0.55]) {
    const quad = pageAtThreshold(lum, width, height, Math.round(otsu * f), opts);
    if (!quad) continue;
    const area = polygonArea(quad);
    if (!best || area > best.area) best = { quad, area };
  }
  return best?.quad ?? null;
}

function pageAtThreshold(
  lum: Uint8Array,
  width: number,
  height: number,
  threshold: number,
  opts: PageQuadOptions,
): Point[] | null {
  const n = width * height;
  const region = largestRegion(lum, width, height, threshold);
  if (!region || region.size < (opts.minArea ?? 0.2) * n) return null;
  // A sheet cut by the frame has corners we cannot see, and a page filling the frame needs no warp.
  let onFrame = 0;
  for (let x = 0; x < width; x++) onFrame += region.mask[x]! + region.mask[n - width + x]!;
  for (let y = 0; y < height; y++) onFrame += region.mask[y * width]! + region.mask[y * width + width - 1]!;
  if (onFrame > 0.02 * 2 * (width + height)) return null;
  const filled = n - outsideCount(region.mask, width, height);
  // Extreme points along the diagonals: the corners of a page turned less than ~40° (quarter turns
  // and ±8° tilt are the photos we meet; a page at 45° is left to the skew step).
  let tl = -1;
  let tr = -1;
  let br = -1;
  let bl = -1;
  let sMin = Infinity;
  let sMax = -Infinity;
  let dMin = Infinity;
  let dMax = -Infinity;
  for (let i = 0; i < n; i++) {
    if (!region.mask[i]) continue;
    const x = i % width;
    const y = (i - x) / width;
    if (x + y < sMin) [sMin, tl] = [x + y, i];
    if (x + y > sMax) [sMax, br] = [x + y, i];
    if (x - y > dMax) [dMax, tr] = [x - y, i];
    if (x - y < dMin) [dMin, bl] = [x - y, i];
  }
  const quad: Point[] = [tl, tr, br, bl].map((i) => [i % width, Math.floor(i / width)]);
  const area = polygonArea(quad);
  if (area <= 0 || filled / area < 0.9 || filled / area > 1.06) return null;
  if (!convexWithSaneAngles(quad)) return null;
  if (edgeContrast(lum, width, height, quad) < (opts.minEdgeContrast ?? 25)) return null;
  return quad;
}

/** Otsu's threshold of an 8-bit image. */
export function otsuThreshold(values: Uint8Array): number {
  const hist = new Float64Array(256);
  for (const v of values) hist[v]!++;
  const total = values.length;
  let sumAll = 0;
  for (let t = 0; t < 256; t++) sumAll += t * hist[t]!;
  let wB = 0;
  let sumB = 0;
  let best = 0;
  let bestVar = -1;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t]!;
    const mB = sumB / wB;
    const mF = (sumAll - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > bestVar) {
      bestVar = between;
      best = t;
    }
  }
  return best;
}

/** Largest 4-connected region of pixels brighter than the threshold. */
function largestRegion(
  lum: Uint8Array,
  width: number,
  height: number,
  threshold: number,
): { mask: Uint8Array; size: number } | null {
  const n = width * height;
  const label = new Int32Array(n);
  const queue = new Int32Array(n);
  let bestLabel = 0;
  let bestSize = 0;
  let next = 0;
  let head = 0;
  let tail = 0;
  // Flood fill with a queue; neighbours unrolled, as this loop sees every pixel.
  const visit = (j: number) => {
    if (j < 0 || label[j] || lum[j]! <= threshold) return;
    label[j] = next;
    queue[tail++] = j;
  };
  for (let s = 0; s < n; s++) {
    if (label[s] || lum[s]! <= threshold) continue;
    next++;
    head = 0;
    tail = 0;
    visit(s);
    while (head < tail) {
      const i = queue[head++]!;
      const x = i % width;
      visit(i >= width ? i - width : -1);
      visit(i < n - width ? i + width : -1);
      visit(x > 0 ? i - 1 : -1);
      visit(x < width - 1 ? i + 1 : -1);
    }
    if (tail > bestSize) {
      bestSize = tail;
      bestLabel = next;
    }
  }
  if (!bestLabel) return null;
  const mask = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (label[i] === bestLabel) mask[i] = 1;
  return { mask, size: bestSize };
}

/** Pixels outside the region reachable from the frame: the rest is the region with its holes (print) filled. */
function outsideCount(mask: Uint8Array, width: number, height: number): number {
  const n = width * height;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  const push = (i: number) => {
    if (!seen[i] && !mask[i]) {
      seen[i] = 1;
      queue[tail++] = i;
    }
  };
  for (let x = 0; x < width; x++) {
    push(x);
    push((height - 1) * width + x);
  }
  for (let y = 0; y < height; y++) {
    push(y * width);
    push(y * width + width - 1);
  }
  for (let head = 0; head < tail; head++) {
    const i = queue[head]!;
    const x = i % width;
    if (i >= width) push(i - width);
    if (i < n - width) push(i + width);
    if (x > 0) push(i - 1);
    if (x < width - 1) push(i + 1);
  }
  return tail;
}

export function polygonArea(q: readonly Point[]): number {
  let s = 0;
  for (let i = 0; i < q.length; i++) {
    const [x1, y1] = q[i]!;
    const [x2, y2] = q[(i + 1) % q.length]!;
    s += x1 * y2 - x2 * y1;
  }
  return Math.abs(s) / 2;
}

/** Every turn the same way and every corner between 60° and 120°: a photographed rectangle. */
function convexWithSaneAngles(q: readonly Point[]): boolean {
  let sign = 0;
  for (let i = 0; i < 4; i++) {
    const [ax, ay] = q[(i + 3) % 4]!;
    const [bx, by] = q[i]!;
    const [cx, cy] = q[(i + 1) % 4]!;
    const u: Point = [ax - bx, ay - by];
    const v: Point = [cx - bx, cy - by];
    const s = Math.sign(u[0] * v[1] - u[1] * v[0]);
    if (!s || (sign && s !== sign)) return false;
    sign = s;
    const cos = (u[0] * v[0] + u[1] * v[1]) / (Math.hypot(...u) * Math.hypot(...v));
    if (Math.abs(cos) > 0.5) return false;
  }
  return true;
}

/** Mean step in the darkest channel across the quad's edges, sampled just inside and outside. */
function edgeContrast(lum: Uint8Array, width: number, height: number, q: readonly Point[]): number {
  const cx = q.reduce((s, p) => s + p[0], 0) / 4;
  const cy = q.reduce((s, p) => s + p[1], 0) / 4;
  const d = Math.max(2, Math.round(Math.max(width, height) / 160));
  let sum = 0;
  let count = 0;
  for (let i = 0; i < 4; i++) {
    const [ax, ay] = q[i]!;
    const [bx, by] = q[(i + 1) % 4]!;
    const len = Math.hypot(bx - ax, by - ay);
    let nx = -(by - ay) / len;
    let ny = (bx - ax) / len;
    // Point the normal outwards, away from the centre.
    if (nx * ((ax + bx) / 2 - cx) + ny * ((ay + by) / 2 - cy) < 0) [nx, ny] = [-nx, -ny];
    for (let t = 0.1; t <= 0.9; t += 0.05) {
      const px = ax + (bx - ax) * t;
      const py = ay + (by - ay) * t;
      const at = (k: number) => {
        const x = Math.round(px + nx * k);
        const y = Math.round(py + ny * k);
        return x < 0 || y < 0 || x >= width || y >= height ? undefined : lum[y * width + x]!;
      };
      const inside = at(-d);
      const outside = at(2 * d);
      if (inside === undefined || outside === undefined) continue;
      sum += inside - outside;
      count++;
    }
  }
  return count >= 20 ? sum / count : 0;
}
