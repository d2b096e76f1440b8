import type { LocatedLine, PaddleOcr, RawRgba } from './paddle-ocr.ts';
import { estimateSkew, quadShape, rotateQuad, textRunsVertically } from './page-geometry.ts';
import { rotateRaw } from './preprocess-image.ts';

/**
 * How to stand a page upright, decided on a small copy: the quads' aspect says whether the text runs
 * sideways, the direction classifier votes on which way up the longest lines read, and the median
 * line angle gives the skew.
 *
 * One detection usually does: the classifier reads each crop along a known axis of the image
 * (`cropAxis`), so it tells a page lying at 90° from one at 270° without turning it first, and the
 * quads turned with the page give the skew. Only a sideways page that was not warped flat is detected
 * again once turned: sideways quads underestimate a small tilt (0° for 0.7°), and there the tilt of
 * the photo is still in the page. A warped sheet has its lines along its edges already.
 */
export interface Orientation {
  /** Quarter turns clockwise that stand the page upright (0..3). */
  quarterTurns: number;
  /** Tilt of the text lines once turned, degrees (positive: lines fall to the right). */
  skewDeg: number;
  /** The page turned by `quarterTurns` (lossless). */
  turned: RawRgba;
}

const PROBE_SIDE = 960;

export async function probeOrientation(
  ocr: PaddleOcr,
  page: RawRgba,
  opts: { warpedFlat: boolean },
): Promise<Orientation> {
  // Located without crops: only the voting lines are cut out, a tenth of a page's lines.
  const probe = await ocr.locate(page, PROBE_SIDE);
  const sideways = textRunsVertically(probe.map((q) => q.quad));
  const quarterTurns = await voteQuarterTurns(ocr, page, probe, sideways);
  const turned = await rotateRaw(page, quarterTurns * 90);
  const quads =
    sideways && !opts.warpedFlat
      ? (await ocr.locate(turned, PROBE_SIDE)).map((q) => q.quad)
      : probe.map((q) => rotateQuad(q.quad, quarterTurns * 90, page.width, page.height));
  return { quarterTurns, skewDeg: estimateSkew(quads), turned };
}

/**
 * The 15 longest lines running the page's way vote, each for the turn that makes its text read left
 * to right. Sideways pages choose between 90° and 270° (a tie: 90°), upright ones between 0° and 180°
 * (a tie: 0°).
 */
async function voteQuarterTurns(
  ocr: PaddleOcr,
  page: RawRgba,
  quads: readonly LocatedLine[],
  sideways: boolean,
): Promise<number> {
  const [usual, other] = sideways ? [1, 3] : [0, 2];
  const lines = quads
    .map((q) => {
      const s = quadShape(q.quad);
      return sideways
        ? { q, along: s.thickness, across: s.length }
        : { q, along: s.length, across: s.thickness };
    })
    .filter((l) => l.along > 2.5 * l.across)
    .sort((a, b) => b.along - a.along)
    .slice(0, 15);
  const voters = await ocr.crop(
    page,
    lines.map((l) => l.q),
  );
  if (voters.length === 0) return usual;
  const upsideDown = await ocr.upsideDown(voters.map((q) => q.crop));
  const votes = voters.filter((q, i) => turnsToRead(q.cropAxis, upsideDown[i]! > 0.5) === other).length;
  return votes * 2 > voters.length ? other : usual;
}

/** Quarter turns clockwise that make text read along `axis` (or against it, when upside down) left to right. */
function turnsToRead(axis: readonly [number, number], upsideDown: boolean): number {
  const sign = upsideDown ? -1 : 1;
  // y points down: an angle of 90° reads downwards and needs a quarter turn back, i.e. 3 clockwise.
  const deg = (Math.atan2(sign * axis[1], sign * axis[0]) * 180) / Math.PI;
  return ((-Math.round(deg / 90) % 4) + 4) % 4;
}
