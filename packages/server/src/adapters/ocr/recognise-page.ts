import type { PaddleOcr, TextQuad } from './paddle-ocr.ts';
import {
  estimateSkew,
  quadBox,
  quadShape,
  textRunsVertically,
  type PageStep,
  type PageTransform,
} from './page-geometry.ts';
import { preprocessImage, rotateRaw, type PreprocessOptions } from './preprocess-image.ts';
import type { OcrPageResult } from './ocr-types.ts';

/**
 * One photo → text boxes on the straightened page. Orientation is decided on a small copy: the quads'
 * aspect says whether the text runs sideways, the direction classifier votes on upside-down lines,
 * and the median line angle gives the skew. The page is then turned once (one interpolation) and read
 * at full detector resolution.
 */
export interface RecogniseOptions extends PreprocessOptions {
  /** Detect and undo quarter turns and skew. Switchable to measure what it buys. */
  straighten?: boolean;
  /** Detector input long side for the final read. */
  detMaxSide?: number;
}

const PROBE_SIDE = 960;
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
    let probe = await ocr.detect(page, PROBE_SIDE);
    let probeImage = page;
    if (textRunsVertically(probe.map((q) => q.quad))) {
      quarterTurns = 1;
      probeImage = await rotateRaw(page, 90);
      probe = await ocr.detect(probeImage, PROBE_SIDE);
    }
    if (await mostlyUpsideDown(ocr, probe)) quarterTurns += 2;
    skewDeg = estimateSkew(probe.map((q) => q.quad));
    const turn = quarterTurns * 90;
    if (turn) steps.push({ kind: 'rotate', deg: turn, width: page.width, height: page.height });
    const afterTurn = turn % 180 ? { width: page.height, height: page.width } : page;
    const straight = Math.abs(skewDeg) >= MIN_SKEW_DEG ? -skewDeg : 0;
    if (straight)
      steps.push({ kind: 'rotate', deg: straight, width: afterTurn.width, height: afterTurn.height });
    // Quarter turns are lossless; only the skew is interpolated.
    page = turn ? (turn === 90 ? probeImage : await rotateRaw(page, turn)) : page;
    page = straight ? await rotateRaw(page, straight) : page;
  }
  const quads = await ocr.detect(page, opts.detMaxSide ?? 1600);
  const lines = await ocr.recognise(quads);
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

/** Majority of the longest horizontal lines, as judged by the direction classifier. */
async function mostlyUpsideDown(ocr: PaddleOcr, quads: readonly TextQuad[]): Promise<boolean> {
  const lines = quads
    .map((q) => ({ q, s: quadShape(q.quad) }))
    .filter(({ s }) => s.length > 2.5 * s.thickness)
    .sort((a, b) => b.s.length - a.s.length)
    .slice(0, 15);
  if (lines.length === 0) return false;
  const p = await ocr.upsideDown(lines.map((l) => l.q.crop));
  const votes = p.filter((x) => x > 0.5).length;
  return votes * 2 > p.length;
}
