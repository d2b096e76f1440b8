import sharp from 'sharp';
import { applyHomography, solveHomography, warpImage } from '@yizhu/server/adapters/ocr/perspective.ts';
import {
  chatAppResend,
  curlPage,
  cutFrameBottom,
  fromRaw,
  motionBlur,
  sensorNoise,
  toRaw,
  unevenLight,
  type Point,
} from './degrade-lab-image-harsh.ts';
import type { Rng } from './generate-lab-report.ts';
import { PAGE_H, PAGE_W } from './render-lab-report.ts';

/**
 * A clean render → what a phone photo of a thermal printout looks like: faint gray print, a shadow
 * across the page, focus blur, the page lying on a desk photographed at an angle (perspective),
 * turned by a quarter and tilted up to ±8°, saved as a JPEG at quality 40. Returns the photo and the names of the degradations applied.
 *
 * With `harsh` (its own random stream, so the degraded photo of a seed stays byte for byte what it
 * was) the photo also gets what real phone photos have on top (degrade-lab-image-harsh.ts): a curled
 * page, a bright spot and vignetting, motion blur, sensor noise, sometimes the bottom of the page
 * cut off by the frame, and a chat app's downscale and re-compression.
 */
export interface Degraded {
  image: Buffer;
  ops: string[];
  /** Harsh only: indices into `harsh.rowBoxes` of the rows the frame cut (wholly or partly). */
  cutRows?: number[];
}

export interface HarshOptions {
  rng: Rng;
  /** Each printed table row's box `[x, y, w, h]` on the clean page, to know which rows a cut loses. */
  rowBoxes: readonly (readonly [number, number, number, number])[];
}

export async function degradeLabImage(png: Buffer, rng: Rng, harsh?: HarshOptions): Promise<Degraded> {
  const ops: string[] = [];
  // Harsh only: page pixel → frame pixel through every geometric step, for the cut rows.
  const toFrame: ((p: Point) => Point)[] = [([x, y]) => [x + 60, y + 60]];
  let img = sharp(png);
  if (rng() < 0.5) {
    // Thermal print fades towards the paper: ink ~#111 ends up ~#a0-#b4.
    const k = 0.3 + rng() * 0.15;
    img = img.linear(k, 255 * (1 - k));
    ops.push('faint');
  }
  let buf = await img.png().toBuffer();
  if (rng() < 0.4) {
    const side = Math.floor(rng() * 4);
    const [x1, y1, x2, y2] = [
      [0, 0, 1, 0],
      [1, 0, 0, 0],
      [0, 0, 0, 1],
      [0, 1, 0, 0],
    ][side]!;
    const alpha = (0.3 + rng() * 0.25).toFixed(2);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE_W}" height="${PAGE_H}"><defs><linearGradient id="g" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"><stop offset="0" stop-color="#000" stop-opacity="${alpha}"/><stop offset="0.7" stop-color="#000" stop-opacity="0"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`;
    buf = await sharp(buf)
      .composite([{ input: Buffer.from(svg) }])
      .png()
      .toBuffer();
    ops.push('shadow');
  }
  if (rng() < 0.5) {
    buf = await sharp(buf)
      .blur(0.7 + rng() * 0.8)
      .png()
      .toBuffer();
    ops.push('blur');
  }
  const skew = Math.round((rng() * 16 - 8) * 10) / 10;
  const desk = { r: 120 + Math.floor(rng() * 40), g: 100 + Math.floor(rng() * 30), b: 80, alpha: 1 };
  // A border of desk around the page, then the tilt, then the quarter turn.
  buf = await sharp(buf)
    .extend({ top: 60, bottom: 60, left: 60, right: 60, background: desk })
    .png()
    .toBuffer();
  const fill = [desk.r, desk.g, desk.b] as const;
  if (harsh) {
    const curled = curlPage(await toRaw(buf), harsh.rng, fill);
    buf = await fromRaw(curled.img);
    toFrame.push(curled.forward);
    ops.push(curled.op);
  }
  if (rng() < 0.6) {
    const p = await perspective(buf, rng, desk);
    buf = p.png;
    toFrame.push((pt) => applyHomography(p.forward, pt));
    ops.push('persp');
  }
  const before = harsh ? await sharp(buf).metadata() : undefined;
  buf = await sharp(buf).rotate(skew, { background: desk }).png().toBuffer();
  ops.push(`skew${skew}`);
  let cutRows: number[] | undefined;
  if (harsh && before) {
    const after = await sharp(buf).metadata();
    toFrame.push(rotateForward(skew, before.width!, before.height!, after.width!, after.height!));
    const frame = (p: Point) => toFrame.reduce((q, f) => f(q), p);
    const r = await harshCamera(buf, harsh, frame, ops);
    buf = r.png;
    cutRows = r.cutRows;
  }
  const turn = [0, 90, 180, 270][Math.floor(rng() * 4)]!;
  if (turn) ops.push(`rot${turn}`);
  let image = await sharp(buf).rotate(turn).jpeg({ quality: 40 }).toBuffer();
  ops.push('jpeg40');
  if (harsh) {
    const sent = await chatAppResend(image, harsh.rng);
    image = sent.image;
    ops.push(sent.op);
  }
  return cutRows ? { image, ops, cutRows } : { image, ops };
}

/** sharp's `rotate(deg)`: clockwise about the centre, onto a canvas grown to fit. */
function rotateForward(deg: number, w: number, h: number, w2: number, h2: number): (p: Point) => Point {
  const a = (deg * Math.PI) / 180;
  const [c, s] = [Math.cos(a), Math.sin(a)];
  return ([x, y]) => {
    const dx = x - w / 2;
    const dy = y - h / 2;
    return [w2 / 2 + dx * c - dy * s, h2 / 2 + dx * s + dy * c];
  };
}

/**
 * The harsh photo's light and camera, on the straight-on frame (before the quarter turn): uneven
 * light, motion blur, sensor noise and, one photo in three, the page's bottom rows cut by the frame.
 */
async function harshCamera(
  png: Buffer,
  harsh: HarshOptions,
  frame: (p: Point) => Point,
  ops: string[],
): Promise<{ png: Buffer; cutRows: number[] }> {
  const { rng, rowBoxes } = harsh;
  let img = await toRaw(png);
  ops.push(unevenLight(img, rng));
  const blurred = await motionBlur(await fromRaw(img), rng);
  ops.push(blurred.op);
  img = await toRaw(blurred.png);
  ops.push(sensorNoise(img, rng));
  const cutRows: number[] = [];
  if (rng() < 0.35 && rowBoxes.length > 1) {
    // From just below the last row to about two and a half rows up.
    const last = rowBoxes.reduce((a, b) => Math.max(a, b[1] + b[3]), 0);
    const pitch = Math.abs(rowBoxes[1]![1] - rowBoxes[0]![1]) || 50;
    const cutY = frame([PAGE_W / 2, last + 10 - rng() * 2.5 * pitch])[1];
    img = cutFrameBottom(img, cutY);
    rowBoxes.forEach(([x, y, w, h], i) => {
      const edge = [0, 0.25, 0.5, 0.75, 1].flatMap((f): Point[] => [
        [x + f * w, y],
        [x + f * w, y + h],
      ]);
      if (edge.some((p) => frame(p)[1] > cutY - 1)) cutRows.push(i);
    });
    ops.push(`cut${cutRows.length}`);
  }
  return { png: await fromRaw(img), cutRows };
}

/**
 * The camera held at an angle: one edge of the page comes out narrower (keystone, up to 10% a side)
 * and every corner moves a little more, as a hand-held phone does.
 */
async function perspective(
  png: Buffer,
  rng: Rng,
  desk: { r: number; g: number; b: number },
): Promise<{ png: Buffer; forward: number[] }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const { width: w, height: h } = info;
  const keystone = (0.03 + rng() * 0.07) * w;
  const narrowTop = rng() < 0.5;
  // Inwards only, so the page stays on the photo.
  const jitter = () => rng() * 0.025 * w;
  const corners: [number, number][] = [
    [0, 0],
    [w - 1, 0],
    [w - 1, h - 1],
    [0, h - 1],
  ];
  const moved = corners.map(([x, y], i): [number, number] => {
    const inward = i < 2 === narrowTop ? keystone : 0;
    const dx = inward + jitter();
    const dy = jitter();
    return [x === 0 ? x + dx : x - dx, y === 0 ? y + dy : y - dy];
  });
  // Output pixel → source pixel: the inverse of where the corners went.
  const toSource = solveHomography(moved, corners);
  const out = warpImage({ data: new Uint8Array(data), width: w, height: h }, 3, toSource, w, h, [
    desk.r,
    desk.g,
    desk.b,
  ]);
  const png2 = await sharp(out, { raw: { width: w, height: h, channels: 3 } })
    .png()
    .toBuffer();
  return { png: png2, forward: solveHomography(corners, moved) };
}
