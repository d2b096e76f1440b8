import sharp from 'sharp';
import { YizhuError } from '@yizhu/core';
import { findPageQuad } from './find-page-quad.ts';
import type { RawRgba } from './paddle-ocr.ts';
import type { PageStep, Point } from './page-geometry.ts';
import { solveHomography, warpImage, type Homography } from './perspective.ts';

/**
 * Photo → clean grayscale page the detector can read. Phone photos arrive sideways (EXIF), 12+
 * megapixels, taken at an angle, and thermal print is faint gray: EXIF orientation is applied, the
 * long side bounded, the sheet found and warped back to a rectangle when its edges stand out from the
 * desk, and the contrast of the page stretched so the faintest print reaches near-black. Any decode
 * failure becomes a YizhuError with a message free of file content.
 */
export interface PreprocessOptions {
  /** Long side of the working image; larger only costs time (the detector runs on a smaller copy). */
  maxSide?: number;
  /** Stretch contrast (faint print, shadows). Switchable to measure what it buys. */
  normalise?: boolean;
  /** Divide out shadows and uneven light before the stretch. Switchable to measure what it buys. */
  flatten?: boolean;
  /** Find the sheet's corners and undo the perspective. Switchable to measure what it buys. */
  perspective?: boolean;
  maxBytes?: number;
  maxPixels?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'tiff']);

export interface DecodedPage {
  image: RawRgba;
  sourceWidth: number;
  sourceHeight: number;
  /** From the uploaded image to `image`. */
  steps: PageStep[];
}

/** Size of the copy the page outline is searched on: the edges of a sheet survive it, print does not matter. */
const OUTLINE_SIDE = 480;

export function checkImageSize(bytes: number, maxBytes = DEFAULT_MAX_BYTES): void {
  if (bytes === 0) throw new YizhuError('validation', 'the image file is empty');
  if (bytes > maxBytes)
    throw new YizhuError(
      'payload_too_large',
      `the image is larger than ${Math.round(maxBytes / 1048576)} MB`,
    );
}

export async function preprocessImage(input: Buffer, opts: PreprocessOptions = {}): Promise<DecodedPage> {
  checkImageSize(input.length, opts.maxBytes);
  const limitInputPixels = opts.maxPixels ?? 60_000_000;
  let meta: sharp.Metadata;
  try {
    meta = await sharp(input, { limitInputPixels }).metadata();
  } catch {
    throw new YizhuError(
      'unsupported_media_type',
      'the file is not a readable image (JPEG, PNG, WebP or TIFF)',
    );
  }
  if (!meta.format || !ACCEPTED.has(meta.format))
    throw new YizhuError(
      'unsupported_media_type',
      'the file is not a readable image (JPEG, PNG, WebP or TIFF)',
    );
  if (meta.width && meta.height && meta.width * meta.height > limitInputPixels)
    throw new YizhuError('payload_too_large', 'the image has too many pixels');
  const maxSide = opts.maxSide ?? 2000;
  const oriented = (meta.orientation ?? 1) >= 5;
  const sourceWidth = oriented ? meta.height! : meta.width!;
  const sourceHeight = oriented ? meta.width! : meta.height!;
  // The outline copy is decoded alongside the page, not after it: each decode is mostly one thread,
  // and the machine has two cores. Its failure surfaces only if the page's decode succeeded.
  const outline =
    opts.perspective !== false
      ? findOutline(input, limitInputPixels).catch((e: unknown) => e as Error)
      : undefined;
  let decoded: { data: Buffer; info: sharp.OutputInfo };
  try {
    decoded = await sharp(input, { limitInputPixels, failOn: 'truncated' })
      .rotate()
      .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
      .grayscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw new YizhuError('validation', 'the image is truncated or corrupt');
  }
  const { data, info } = decoded;
  let gray: Gray = {
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
  };
  const steps: PageStep[] = [];
  const scale = info.width / sourceWidth;
  if (scale !== 1) steps.push({ kind: 'scale', factor: scale });
  if (outline) {
    const found = await outline;
    if (found instanceof Error) throw found;
    const flat = flattenPage(found, gray);
    if (flat) {
      gray = flat.gray;
      steps.push(flat.step);
    }
  }
  // Shadows and uneven light are divided out before the stretch, so the page's own paper and ink
  // set the range; faint print then reaches near-black everywhere, not only where the light was good.
  const out = opts.normalise !== false ? await evenOut(gray, opts.flatten !== false) : gray.data;
  return { image: grayToRgba(out, gray.width, gray.height), sourceWidth, sourceHeight, steps };
}

type Gray = { data: Uint8Array; width: number; height: number };

/** Grey-level dilation with a (2r+1)² square, as two 1-D passes (libvips' morph is for binary masks). */
function maxFilter(src: Uint8Array, width: number, height: number, r: number): Uint8Array {
  const pass = (input: Uint8Array, dx: number, dy: number) => {
    const out = new Uint8Array(input.length);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        let m = 0;
        for (let k = -r; k <= r; k++) {
          const xx = x + k * dx;
          const yy = y + k * dy;
          if (xx >= 0 && yy >= 0 && xx < width && yy < height) m = Math.max(m, input[yy * width + xx]!);
        }
        out[y * width + x] = m;
      }
    return out;
  };
  return pass(pass(src, 1, 0), 0, 1);
}

/**
 * Background division, then a contrast stretch. The paper's brightness is estimated at 1/8 scale by
 * a max filter wide enough to erase print (characters are < 3 px there) and a blur; each pixel is
 * divided by it, which removes shadows and vignetting as a flatbed scanner would not have them.
 * The stretch is linear and stops at dark gray: clipping the ink to black (a percentile stretch once
 * the desk is gone) fattens strokes until Chinese glyphs fill in, which the recogniser misreads.
 */
async function evenOut(g: Gray, flatten: boolean): Promise<Uint8Array> {
  const raw = { raw: { width: g.width, height: g.height, channels: 1 as const } };
  if (!flatten) return sharp(g.data, raw).grayscale().normalise({ lower: 1, upper: 99 }).raw().toBuffer();
  const sw = Math.max(8, Math.round(g.width / 8));
  const sh = Math.max(8, Math.round(g.height / 8));
  const small = await sharp(g.data, raw).resize(sw, sh, { fit: 'fill' }).grayscale().raw().toBuffer();
  const paper = await sharp(maxFilter(small, sw, sh, 3), { raw: { width: sw, height: sh, channels: 1 } })
    .blur(3)
    .resize(g.width, g.height, { fit: 'fill', kernel: 'linear' })
    .grayscale()
    .raw()
    .toBuffer();
  const flat = new Uint8Array(g.data.length);
  const hist = new Uint32Array(256);
  for (let i = 0; i < flat.length; i++) {
    const v = DIVIDE[(paper[i]! << 8) | g.data[i]!]!;
    flat[i] = v;
    hist[v]!++;
  }
  let darkest = 0;
  for (let seen = 0; darkest < 255 && (seen += hist[darkest]!) < 0.005 * flat.length; darkest++);
  const gain = Math.min(3, Math.max(1, (255 - INK) / Math.max(1, 255 - darkest)));
  const stretch = new Uint8Array(256);
  for (let v = 0; v < 256; v++) stretch[v] = Math.max(0, Math.round(255 - (255 - v) * gain));
  for (let i = 0; i < flat.length; i++) flat[i] = stretch[flat[i]!]!;
  return flat;
}

/** pixel * 255 / paper for every (paper, pixel) pair: a look-up a pixel instead of a division. */
const DIVIDE = new Uint8Array(256 * 256);
for (let paper = 0; paper < 256; paper++)
  for (let v = 0; v < 256; v++)
    DIVIDE[(paper << 8) | v] = Math.min(255, Math.round((v * 255) / Math.max(1, paper)));

/** Where the darkest print should land after the stretch: dark, not clipped. */
const INK = 40;

/** The sheet's corners on a small colour copy of the photo (`outlineWidth` wide), or null. */
async function findOutline(
  input: Buffer,
  limitInputPixels: number,
): Promise<{ quad: Point[]; outlineWidth: number } | null> {
  const { data, info } = await sharp(input, { limitInputPixels })
    .rotate()
    .resize({ width: OUTLINE_SIDE, height: OUTLINE_SIDE, fit: 'inside', withoutEnlargement: true })
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const quad = findPageQuad(new Uint8Array(data), info.width, info.height);
  return quad ? { quad, outlineWidth: info.width } : null;
}

/** The sheet warped onto a rectangle, or null when no sheet stands out from its surroundings. */
function flattenPage(
  outline: { quad: Point[]; outlineWidth: number } | null,
  gray: Gray,
): { gray: Gray; step: PageStep } | null {
  if (!outline) return null;
  const { quad, outlineWidth } = outline;
  const k = gray.width / outlineWidth;
  const corners = quad.map(([x, y]): Point => [x * k, y * k]);
  const side = (a: number, b: number) =>
    Math.hypot(corners[a]![0] - corners[b]![0], corners[a]![1] - corners[b]![1]);
  const width = Math.round(Math.max(side(0, 1), side(3, 2)));
  const height = Math.round(Math.max(side(0, 3), side(1, 2)));
  const rect: Point[] = [
    [0, 0],
    [width - 1, 0],
    [width - 1, height - 1],
    [0, height - 1],
  ];
  let toSource: Homography;
  let toPage: Homography;
  try {
    toSource = solveHomography(rect, corners);
    toPage = solveHomography(corners, rect);
  } catch {
    return null; // a degenerate outline: read the photo as it is
  }
  return {
    gray: { data: warpImage(gray, 1, toSource, width, height), width, height },
    step: { kind: 'homography', toPage, toSource },
  };
}

function grayToRgba(gray: Uint8Array, width: number, height: number): RawRgba {
  const data = new Uint8Array(width * height * 4);
  // A pixel per 32-bit write (little-endian: A,B,G,R from the high byte down).
  const pixels = new Uint32Array(data.buffer);
  for (let i = 0; i < width * height; i++) pixels[i] = (0xff000000 | (gray[i]! * 0x010101)) >>> 0;
  return { data, width, height };
}

/** Clockwise rotation with the canvas grown to fit and white fill (paper, not a black border). */
export async function rotateRaw(img: RawRgba, deg: number): Promise<RawRgba> {
  if (deg % 360 === 0) return img;
  const { data, info } = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 4 } })
    .rotate(deg, { background: { r: 255, g: 255, b: 255, alpha: 1 } })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
