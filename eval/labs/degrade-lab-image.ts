import sharp from 'sharp';
import type { Rng } from './generate-lab-report.ts';
import { PAGE_H, PAGE_W } from './render-lab-report.ts';

/**
 * A clean render → what a phone photo of a thermal printout looks like: faint gray print, a shadow
 * across the page, focus blur, the page lying on a desk turned by a quarter and tilted up to ±8°,
 * saved as a JPEG at quality 40. Returns the photo and the names of the degradations applied.
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
  buf = await sharp(buf).rotate(skew, { background: desk }).png().toBuffer();
  ops.push(`skew${skew}`);
  const turn = [0, 90, 180, 270][Math.floor(rng() * 4)]!;
  if (turn) ops.push(`rot${turn}`);
  const image = await sharp(buf).rotate(turn).jpeg({ quality: 40 }).toBuffer();
  ops.push('jpeg40');
  return { image, ops };
}
