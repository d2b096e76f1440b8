import type { PaddleOcr } from './paddle-ocr.ts';
import { probeOrientation } from './probe-orientation.ts';
import { rereadWeakLines } from './reread-weak-lines.ts';
import { quadBox, type PageStep, type PageTransform } from './page-geometry.ts';
import { preprocessImage, rotateRaw, type PreprocessOptions } from './preprocess-image.ts';
import type { OcrPageResult } from './ocr-types.ts';

/**
 * One photo → text boxes on the straightened page. Orientation and skew are decided on a small copy
 * (`probeOrientation`); the page is then turned (quarter turns are lossless, the skew is one
 * interpolation) and read at full detector resolution.
 */
export interface RecogniseOptions extends PreprocessOptions {
  /** Detect and undo quarter turns and skew. Switchable to measure what it buys. */
  straighten?: boolean;
  /** Detector input long side for the final read. */
  detMaxSide?: number;
  /** Read lines scoring below 0.9 again from variants of their crop (reread-weak-lines.ts). */
  reread?: boolean;
}

/** Below this the detector and recogniser cope on their own, and re-interpolating costs sharpness. */
const MIN_SKEW_DEG = 0.4;

export async function recognisePage(
  ocr: PaddleOcr,
  input: Buffer,
  opts: RecogniseOptions = {},
): Promise<OcrPageResult> {
  const decoded = await preprocessImage(input, opts);
  const steps: PageStep[] = [...decoded.steps];
  let quarterTurns = 0;
  let skewDeg = 0;
  let page = decoded.image;
  if (opts.straighten !== false) {
    const warpedFlat = decoded.steps.some((s) => s.kind === 'homography');
    const o = await probeOrientation(ocr, page, { warpedFlat });
    ({ quarterTurns, skewDeg } = o);
    const turn = quarterTurns * 90;
    if (turn) steps.push({ kind: 'rotate', deg: turn, width: page.width, height: page.height });
    const straight = Math.abs(skewDeg) >= MIN_SKEW_DEG ? -skewDeg : 0;
    if (straight)
      steps.push({ kind: 'rotate', deg: straight, width: o.turned.width, height: o.turned.height });
    // Quarter turns are lossless; only the skew is interpolated.
    page = straight ? await rotateRaw(o.turned, straight) : o.turned;
  }
  const quads = await ocr.detect(page, opts.detMaxSide ?? 1600);
  const first = await ocr.recognise(quads);
  const lines = opts.reread === false ? first : await rereadWeakLines(ocr, page, quads, first);
  const transform: PageTransform = {
    sourceWidth: decoded.sourceWidth,
    sourceHeight: decoded.sourceHeight,
    quarterTurns,
    skewDeg,
    steps,
  };
  return {
    width: page.width,
    height: page.height,
    boxes: lines.map((l) => ({
      text: l.text,
      box: quadBox(l.quad),
      score: round3(l.score),
      ...(l.glyphHints ? { glyphHints: l.glyphHints } : {}),
    })),
    transform,
  };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
