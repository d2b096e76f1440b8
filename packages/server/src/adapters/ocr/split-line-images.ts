import { createRequire } from 'node:module';
import type * as OpenCv from '@techstark/opencv-js';
import type { Mat } from '@techstark/opencv-js';
import clipper from 'js-clipper';
import type { RawRgba } from './paddle-ocr.ts';

/**
 * OpenCV's Emscripten module is thenable, and its `then` calls back with the module itself, so any
 * promise resolved with it never settles. An ESM import can be resolved with it (vitest's CJS interop
 * hangs so), hence require. The library gets the same instance from Node's module cache.
 */
const cv = createRequire(import.meta.url)('@techstark/opencv-js') as typeof OpenCv;

type Point = [number, number];
/**
 * A line's corners in source pixels: upper-left, upper-right, lower-right, lower-left, where left and
 * right are minAreaRect's two corners of least and most x, and upper and lower decided within a pair.
 */
export type LineBox = [Point, Point, Point, Point];

export interface LineImage {
  box: LineBox;
  /** The line warped flat; bytes of its own, outside OpenCV's heap. */
  image: RawRgba;
}

/**
 * Detector mask → text-line boxes and their crops from `source`: the geometry of `splitIntoLineImages`
 * in @gutenye/ocr-common 1.4.8, step for step, so the recogniser sees the same pixels
 * (split-line-images.test.ts compares the two). Ours differs in memory only. The library never freed
 * most of its Mats, and its crops were views into OpenCV's WASM heap: once the heap had to grow, the
 * old buffer was detached and crops still in use read as empty (sharp: "Input Bit Array is empty").
 * Here every Mat is deleted and every crop is copied out first. The source goes into the heap once
 * per call, not once per line.
 */
export async function splitLineImages(mask: RawRgba, source: RawRgba): Promise<LineImage[]> {
  const boxes = await lineBoxes(mask, source);
  const images = await cropLines(source, boxes);
  return boxes.map((box, i) => ({ box, image: images[i]! }));
}

/**
 * The boxes of `splitLineImages` without their crops, for callers that read only a few lines (the
 * orientation probe crops its 15 longest of a hundred or more). The mask may also come with one
 * byte a pixel (0 or 255), which spares the detector a 4-byte mask and OpenCV its conversion.
 */
export async function lineBoxes(mask: RawRgba, source: RawRgba): Promise<LineBox[]> {
  await opencvReady();
  return scoped((keep) => {
    const single = mask.data.length === mask.width * mask.height;
    const gray = keep(
      single ? cv.matFromArray(mask.height, mask.width, cv.CV_8UC1, mask.data) : rgbaMat(mask),
    );
    if (!single) cv.cvtColor(gray, gray, cv.COLOR_RGBA2GRAY, 0);
    const contours = keep(new cv.MatVector());
    cv.findContours(gray, contours, keep(new cv.Mat()), cv.RETR_LIST, cv.CHAIN_APPROX_SIMPLE);
    const scale: Point = [source.width / mask.width, source.height / mask.height];
    const boxes: LineBox[] = [];
    for (let i = 0; i < contours.size(); i++) {
      const box = scoped((k) => lineBox(k(contours.get(i)), scale, source));
      if (box) boxes.push(box);
    }
    return boxes;
  });
}

/** Crops of given boxes from `source` (the detector's warp; the source enters OpenCV's heap once). */
export async function cropLines(source: RawRgba, boxes: readonly LineBox[]): Promise<RawRgba[]> {
  if (boxes.length === 0) return [];
  await opencvReady();
  return scoped((keep) => {
    const image = keep(rgbaMat(source));
    return boxes.map((box) => cropLine(image, box));
  });
}

const MIN_SIDE = 3;

/** A contour → its line's box in source pixels, or undefined for specks (the library's filters). */
function lineBox(contour: Mat, [rx, ry]: Point, source: RawRgba): LineBox | undefined {
  const first = miniBox(contour);
  if (first.side < MIN_SIDE) return undefined;
  const grown = unclip(first.box);
  const { box, side } = scoped((keep) =>
    miniBox(keep(cv.matFromArray(grown.length / 2, 1, cv.CV_32SC2, grown))),
  );
  if (side < MIN_SIDE + 2) return undefined;
  for (const p of box) {
    p[0] *= rx;
    p[1] *= ry;
  }
  // `ordered` holds the same point arrays as `box`: rounding through it rounds `box`, which keeps
  // its own corner order for the crop (and a point `ordered` happens to miss stays unrounded).
  const ordered = orderPointsClockwise(box);
  for (const p of ordered) {
    p[0] = clamp(Math.round(p[0]), 0, source.width);
    p[1] = clamp(Math.round(p[1]), 0, source.height);
  }
  const tooThin =
    Math.trunc(dist(ordered[0], ordered[1])) <= 3 || Math.trunc(dist(ordered[0], ordered[3])) <= 3;
  return tooThin ? undefined : box;
}

/** minAreaRect's corners sorted by x, then each side's pair by y: [left-upper, right-upper, right-lower, left-lower]. */
function miniBox(points: Mat): { box: LineBox; side: number } {
  const r = cv.minAreaRect(points);
  const p = rectCorners(r.center, r.size, r.angle).sort((a, b) => a[0] - b[0]);
  const [tl, bl] = p[1]![1] > p[0]![1] ? [p[0]!, p[1]!] : [p[1]!, p[0]!];
  const [tr, br] = p[3]![1] > p[2]![1] ? [p[2]!, p[3]!] : [p[3]!, p[2]!];
  return { box: [tl, tr, br, bl], side: Math.min(r.size.height, r.size.width) };
}

/** Corners of a rotated rectangle; the library's own formula (not cv.boxPoints), term order kept. */
function rectCorners(
  { x: cx, y: cy }: { x: number; y: number },
  { width, height }: { width: number; height: number },
  angle: number,
): Point[] {
  const theta = (angle * Math.PI) / 180.0;
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  const dx = width * 0.5;
  const dy = height * 0.5;
  return [
    [cx - dx * cos + dy * sin, cy - dx * sin - dy * cos],
    [cx + dx * cos + dy * sin, cy + dx * sin - dy * cos],
    [cx + dx * cos - dy * sin, cy + dx * sin + dy * cos],
    [cx - dx * cos - dy * sin, cy - dx * sin + dy * cos],
  ];
}

/**
 * DB's unclip: the box grown by area × 1.5 / perimeter (rounded joins), since the detector's
 * probability map marks only the core of each glyph run. Flat [x, y, …] of Clipper's first polygon.
 */
function unclip(box: LineBox): number[] {
  const distance = (Math.abs(polygonArea(box)) * 1.5) / polygonLength(box);
  const offset = new clipper.ClipperOffset();
  offset.AddPath(
    box.map(([X, Y]) => ({ X, Y })),
    clipper.JoinType.jtRound,
    clipper.EndType.etClosedPolygon,
  );
  const expanded: { X: number; Y: number }[][] = [];
  offset.Execute(expanded, distance);
  return (expanded[0] ?? []).flatMap((p) => [p.X, p.Y]);
}

/** Shoelace area, summed in the library's order (start from the last vertex). */
function polygonArea(polygon: Point[]): number {
  let area = 0;
  let b = polygon.at(-1)!;
  for (const a of polygon) {
    area += b[1] * a[0] - b[0] * a[1];
    b = a;
  }
  return area / 2;
}

function polygonLength(polygon: Point[]): number {
  let perimeter = 0;
  let b = polygon.at(-1)!;
  for (const a of polygon) {
    perimeter += Math.hypot(b[0] - a[0], b[1] - a[1]);
    b = a;
  }
  return perimeter;
}

/**
 * PaddleOCR's order_points_clockwise as the library ports it: smallest x+y first, largest third, and
 * the other two placed by which of dx, dy between them is smaller. Returns the same point arrays.
 */
function orderPointsClockwise(pts: LineBox): LineBox {
  const s = pts.map((p) => p[0] + p[1]);
  const first = pts[s.indexOf(Math.min(...s))]!;
  const third = pts[s.indexOf(Math.max(...s))]!;
  const rest = pts.filter((p) => p !== first && p !== third);
  const diff = rest[1]!.map((v, i) => v - rest[0]![i]!);
  return [first, rest[diff.indexOf(Math.min(...diff))]!, third, rest[diff.indexOf(Math.max(...diff))]!];
}

/**
 * The box warped flat (its first edge along x), and a crop at least 1.5 times taller than wide
 * turned a quarter counter-clockwise about (cols/2, cols/2), which lands it exactly on a rows × cols
 * canvas with the box's last edge along x (`cropAxis` in paddle-ocr.ts relies on this).
 */
function cropLine(image: Mat, box: LineBox): RawRgba {
  const width = Math.trunc(Math.max(dist(box[0], box[1]), dist(box[2], box[3])));
  const height = Math.trunc(Math.max(dist(box[0], box[3]), dist(box[1], box[2])));
  return scoped((keep) => {
    const from = keep(cv.matFromArray(4, 1, cv.CV_32FC2, flatten(box)));
    const to = keep(cv.matFromArray(4, 1, cv.CV_32FC2, [0, 0, width, 0, width, height, 0, height]));
    const m = keep(cv.getPerspectiveTransform(from, to));
    const flat = keep(new cv.Mat());
    const size = new cv.Size(width, height);
    cv.warpPerspective(image, flat, m, size, cv.INTER_CUBIC, cv.BORDER_REPLICATE, new cv.Scalar());
    if (flat.rows / flat.cols < 1.5) return copyOut(flat);
    const turned = keep(new cv.Mat());
    const r = keep(cv.getRotationMatrix2D(new cv.Point(flat.cols / 2, flat.cols / 2), 90, 1));
    const turnedSize = new cv.Size(flat.rows, flat.cols);
    cv.warpAffine(flat, turned, r, turnedSize, cv.INTER_CUBIC, cv.BORDER_REPLICATE, new cv.Scalar());
    return copyOut(turned);
  });
}

/** The library passes corners through strings (its `flatten`), which turns a -0 into 0. */
const flatten = (box: LineBox) => box.flat().map((v) => +String(v));

const dist = (a: Point, b: Point) => Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2));

const clamp = (n: number, min: number, max: number) => Math.max(min, Math.min(n, max));

function rgbaMat(img: RawRgba): Mat {
  return cv.matFromArray(img.height, img.width, cv.CV_8UC4, img.data);
}

/** `mat.data` is a view into the WASM heap; `slice` gives the crop a buffer of its own. */
function copyOut(mat: Mat): RawRgba {
  return { data: mat.data.slice(), width: mat.cols, height: mat.rows };
}

/** Runs `fn`, then deletes every Mat it passed to `keep`, whether `fn` returned or threw. */
function scoped<T>(fn: (keep: <M extends { delete(): void }>(m: M) => M) => T): T {
  const mats: { delete(): void }[] = [];
  try {
    return fn((m) => {
      mats.push(m);
      return m;
    });
  } finally {
    for (const m of mats) m.delete();
  }
}

let ready: Promise<void> | undefined;

/**
 * The WASM module instantiates asynchronously after loading; `then` (see above) says when. The engine
 * awaits it while loading its models, so the first photo does not pay for it.
 */
export function opencvReady(): Promise<void> {
  return (ready ??= new Promise((resolve) => {
    (cv as unknown as { then(f: () => void): void }).then(() => resolve());
  }));
}
