import sharp from 'sharp';
import { solveHomography, warpImage } from '@yizhu/server/adapters/ocr/perspective.ts';
import type { Rng } from './generate-lab-report.ts';
import { PAGE_H, PAGE_W } from './render-lab-report.ts';

/**
 * A clean render → what a phone photo of a thermal printout looks like: faint gray print, a shadow
 * across the page, focus blur, the page lying on a desk photographed at an angle (perspective),
 * turned by a quarter and tilted up to ±8°, saved as a JPEG at quality 40. Returns the photo and the names of the degradations applied.
 */
export interface Degraded {
  image: Buffer;
  ops: string[];
}

export async function degradeLabImage(png: Buffer, rng: Rng): Promise<Degraded> {
  const ops: string[] = [];
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
  if (rng() < 0.6) {
    buf = await perspective(buf, rng, desk);
    ops.push('persp');
  }
  buf = await sharp(buf).rotate(skew, { background: desk }).png().toBuffer();
  ops.push(`skew${skew}`);
  const turn = [0, 90, 180, 270][Math.floor(rng() * 4)]!;
  if (turn) ops.push(`rot${turn}`);
  const image = await sharp(buf).rotate(turn).jpeg({ quality: 40 }).toBuffer();
  ops.push('jpeg40');
  return { image, ops };
}

/**
 * The camera held at an angle: one edge of the page comes out narrower (keystone, up to 10% a side)
 * and every corner moves a little more, as a hand-held phone does.
 */
async function perspective(
  png: Buffer,
  rng: Rng,
  desk: { r: number; g: number; b: number },
): Promise<Buffer> {
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
  return sharp(out, { raw: { width: w, height: h, channels: 3 } })
    .png()
    .toBuffer();
}
