/**
 * Geometry of a photographed page, from detector quads alone: which way the text runs, how far the
 * lines are tilted, and how to map a box found on the straightened page back onto the photo the user
 * uploaded (so evidence highlights land on what the doctor sees).
 */
import { applyHomography, type Homography } from './perspective.ts';

export type Point = [number, number];
export type Quad = Point[];
export type Box = [x: number, y: number, w: number, h: number];

/** One step from the uploaded image towards the straightened page. */
export type PageStep =
  | { kind: 'scale'; factor: number }
  /** Clockwise rotation about the centre of a `width` x `height` image, canvas grown to fit. */
  | { kind: 'rotate'; deg: number; width: number; height: number }
  /** Perspective warp of the photographed sheet onto a rectangle; `toSource` is its inverse. */
  | { kind: 'homography'; toPage: Homography; toSource: Homography };

export interface PageTransform {
  /** Size of the uploaded image after EXIF orientation. */
  sourceWidth: number;
  sourceHeight: number;
  /** Quarter turns clockwise applied to stand the page upright (0..3). */
  quarterTurns: number;
  /** Tilt of the text lines that was removed, degrees (positive: lines fell to the right). */
  skewDeg: number;
  steps: PageStep[];
}

const dist = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Length along the reading edge (tl→tr), thickness (tl→bl), angle of tl→tr in degrees. */
export function quadShape(q: Quad): { length: number; thickness: number; angleDeg: number } {
  const [tl, tr, , bl] = q as [Point, Point, Point, Point];
  return {
    length: dist(tl, tr),
    thickness: dist(tl, bl),
    angleDeg: (Math.atan2(tr[1] - tl[1], tr[0] - tl[0]) * 180) / Math.PI,
  };
}

/**
 * Text lines are long and thin. If most elongated quads stand upright, the page is turned by a
 * quarter; single characters (square quads) say nothing and are ignored.
 */
export function textRunsVertically(quads: readonly Quad[]): boolean {
  let horizontal = 0;
  let vertical = 0;
  for (const q of quads) {
    const { length, thickness } = quadShape(q);
    const weight = Math.max(length, thickness);
    if (length > 2 * thickness) horizontal += weight;
    else if (thickness > 2 * length) vertical += weight;
  }
  return vertical > horizontal;
}

/**
 * Dominant tilt of the horizontal text lines, as the length-weighted median angle, so a few stray
 * boxes (stamps, handwriting) do not pull it. Degrees in (-45, 45); 0 when there is nothing to go by.
 */
export function estimateSkew(quads: readonly Quad[]): number {
  const samples: { angle: number; weight: number }[] = [];
  for (const q of quads) {
    const { length, thickness, angleDeg } = quadShape(q);
    if (length < 3 * thickness || Math.abs(angleDeg) >= 45) continue;
    samples.push({ angle: angleDeg, weight: length });
  }
  if (samples.length < 3) return 0;
  samples.sort((a, b) => a.angle - b.angle);
  const half = samples.reduce((s, x) => s + x.weight, 0) / 2;
  let acc = 0;
  for (const s of samples) {
    acc += s.weight;
    if (acc >= half) return s.angle;
  }
  return 0;
}

/** Canvas size after rotating a w x h image by `deg` with the canvas grown to fit (as libvips does). */
export function rotatedSize(width: number, height: number, deg: number): { width: number; height: number } {
  const r = (deg * Math.PI) / 180;
  const c = Math.abs(Math.cos(r));
  const s = Math.abs(Math.sin(r));
  return { width: Math.round(width * c + height * s), height: Math.round(width * s + height * c) };
}

/** Orders four points as top-left, top-right, bottom-right, bottom-left. */
export function orderQuad(pts: readonly Point[]): Quad {
  const bySum = [...pts].sort((a, b) => a[0] + a[1] - (b[0] + b[1]));
  const tl = bySum[0]!;
  const br = bySum[3]!;
  const rest = [bySum[1]!, bySum[2]!];
  // Of the other two, top-right has the larger x - y.
  rest.sort((a, b) => b[0] - b[1] - (a[0] - a[1]));
  return [tl, rest[0]!, br, rest[1]!];
}

/** A quad on a `width` x `height` image → the same quad once the image is turned `deg` clockwise. */
export function rotateQuad(q: Quad, deg: number, width: number, height: number): Quad {
  if (deg % 360 === 0) return q;
  const step: PageStep = { kind: 'rotate', deg, width, height };
  return orderQuad(q.map((p) => applyStep(p, step, false)));
}

function applyStep(p: Point, step: PageStep, inverse: boolean): Point {
  if (step.kind === 'homography') return applyHomography(inverse ? step.toSource : step.toPage, p);
  if (step.kind === 'scale')
    return inverse ? [p[0] / step.factor, p[1] / step.factor] : [p[0] * step.factor, p[1] * step.factor];
  const out = rotatedSize(step.width, step.height, step.deg);
  const [from, to] = inverse ? [out, step] : [step, out];
  const r = ((inverse ? -step.deg : step.deg) * Math.PI) / 180;
  const x = p[0] - from.width / 2;
  const y = p[1] - from.height / 2;
  // y points down, so this matrix turns clockwise on screen for a positive angle.
  return [
    x * Math.cos(r) - y * Math.sin(r) + to.width / 2,
    x * Math.sin(r) + y * Math.cos(r) + to.height / 2,
  ];
}

export function toPagePoint(p: Point, t: PageTransform): Point {
  return t.steps.reduce((q, s) => applyStep(q, s, false), p);
}

/** A box on the straightened page → the axis-aligned box around it on the uploaded image. */
export function toSourceBox(box: Box, t: PageTransform): Box {
  const [x, y, w, h] = box;
  const corners: Point[] = [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
  ].map((p) => [...t.steps].reverse().reduce((q, s) => applyStep(q, s, true), p as Point));
  const xs = corners.map((p) => Math.min(Math.max(p[0], 0), t.sourceWidth));
  const ys = corners.map((p) => Math.min(Math.max(p[1], 0), t.sourceHeight));
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  return [Math.round(x0), Math.round(y0), Math.round(Math.max(...xs) - x0), Math.round(Math.max(...ys) - y0)];
}

/** Axis-aligned bounding box of a quad, rounded to whole pixels. */
export function quadBox(q: Quad): Box {
  const xs = q.map((p) => p[0]);
  const ys = q.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  return [Math.round(x0), Math.round(y0), Math.round(Math.max(...xs) - x0), Math.round(Math.max(...ys) - y0)];
}
