import sharp from 'sharp';
import { YizhuError } from '@yizhu/core';
import type { RawRgba } from './paddle-ocr.ts';

/**
 * Photo → clean grayscale page the detector can read. Phone photos arrive sideways (EXIF), 12+
 * megapixels, and thermal print is faint gray: EXIF orientation is applied, the long side bounded,
 * and the contrast stretched so the faintest print reaches near-black. Any decode failure becomes a
 * YizhuError with a message free of file content.
 */
export interface PreprocessOptions {
  /** Long side of the working image; larger only costs time (the detector runs on a smaller copy). */
  maxSide?: number;
  /** Stretch contrast (faint print, shadows). Switchable to measure what it buys. */
  normalise?: boolean;
  maxBytes?: number;
  maxPixels?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'tiff']);

export interface DecodedPage {
  image: RawRgba;
  sourceWidth: number;
  sourceHeight: number;
  scale: number;
}

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
  try {
    let pipeline = sharp(input, { limitInputPixels, failOn: 'truncated' })
      .rotate()
      .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
      .grayscale();
    if (opts.normalise !== false) pipeline = pipeline.normalise({ lower: 1, upper: 99 });
    const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
    const oriented = (meta.orientation ?? 1) >= 5;
    const sourceWidth = oriented ? meta.height! : meta.width!;
    const sourceHeight = oriented ? meta.width! : meta.height!;
    return {
      image: grayToRgba(data, info.width, info.height),
      sourceWidth,
      sourceHeight,
      scale: info.width / sourceWidth,
    };
  } catch {
    throw new YizhuError('validation', 'the image is truncated or corrupt');
  }
}

function grayToRgba(gray: Buffer, width: number, height: number): RawRgba {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const v = gray[i]!;
    data[i * 4] = v;
    data[i * 4 + 1] = v;
    data[i * 4 + 2] = v;
    data[i * 4 + 3] = 255;
  }
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
