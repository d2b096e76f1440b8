import sharp from 'sharp';
import type { Rng } from './generate-lab-report.ts';

/**
 * What the "harsh" eval photos add to `degradeLabImage`: effects of real phone photos of thermal
 * printouts that the degraded set lacks. Each is a small function on raw RGB pixels (or one sharp
 * call) driven by its own random stream, so the clean and degraded images of a seed never change.
 */
export interface RawRgb {
  data: Uint8Array;
  width: number;
  height: number;
}

export type Point = [number, number];

/** A colour as the desk around the page (what shows where the page is not). */
export type Fill = readonly [number, number, number];

export const toRaw = async (png: Buffer): Promise<RawRgb> => {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
};

export const fromRaw = (img: RawRgb): Promise<Buffer> =>
  sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } })
    .png()
    .toBuffer();

/** Bilinear sample of (x, y) into out[o..o+2]; outside the image is `fill`. */
function sampleInto(img: RawRgb, x: number, y: number, fill: Fill, out: Uint8Array, o: number): void {
  const { data, width, height } = img;
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  if (x0 >= 0 && y0 >= 0 && x0 + 1 < width && y0 + 1 < height) {
    const i = (y0 * width + x0) * 3;
    const j = i + width * 3;
    for (let c = 0; c < 3; c++) {
      const top = data[i + c]! + (data[i + 3 + c]! - data[i + c]!) * fx;
      const bottom = data[j + c]! + (data[j + 3 + c]! - data[j + c]!) * fx;
      out[o + c] = Math.round(top + (bottom - top) * fy);
    }
    return;
  }
  const at = (xx: number, yy: number, c: number) =>
    xx < 0 || yy < 0 || xx >= width || yy >= height ? fill[c]! : data[(yy * width + xx) * 3 + c]!;
  for (let c = 0; c < 3; c++) {
    const top = at(x0, y0, c) * (1 - fx) + at(x0 + 1, y0, c) * fx;
    const bottom = at(x0, y0 + 1, c) * (1 - fx) + at(x0 + 1, y0 + 1, c) * fx;
    out[o + c] = Math.round(top * (1 - fy) + bottom * fy);
  }
}

/**
 * A curled or bent page: thermal paper comes off a roll and never lies flat, so it rises along one
 * edge (curl) or arches across its width (bow). The page is a cylinder whose axis runs down the
 * page; seen through a pinhole camera a little off-axis, the raised part comes out larger and
 * shifted, so printed rows become curves and columns crowd together where the page turns away.
 * Returns the bent frame and the map from a point of the input frame to the bent one.
 */
export function curlPage(
  img: RawRgb,
  rng: Rng,
  fill: Fill,
): { img: RawRgb; forward: (p: Point) => Point; op: string } {
  const { width: w, height: h } = img;
  const bow = rng() < 0.5;
  const lift = (0.03 + rng() * 0.06) * w * (bow && rng() < 0.4 ? -1 : 1);
  const distance = (2 + rng()) * w;
  const tilt = (rng() * 2 - 1) * 0.35;
  const start = w * (0.4 + rng() * 0.25);
  const right = rng() < 0.5;
  const z = new Float64Array(w);
  for (let s = 0; s < w; s++) {
    if (bow) z[s] = lift * (1 - ((s - w / 2) / (w / 2)) ** 2);
    else {
      const d = right ? s - start : w - start - s;
      z[s] = d > 0 ? lift * (d / (w - start)) ** 2 : 0;
    }
  }
  // Arc length along the paper → horizontal position, then the pinhole projection of height z.
  const cx = w / 2;
  const cy = h / 2;
  const flatX = new Float64Array(w);
  for (let s = 1; s < w; s++) flatX[s] = flatX[s - 1]! + Math.sqrt(Math.max(0, 1 - (z[s]! - z[s - 1]!) ** 2));
  const shift = cx - flatX[Math.round(cx)]!;
  const scale = new Float64Array(w);
  const outX = new Float64Array(w);
  for (let s = 0; s < w; s++) {
    scale[s] = distance / (distance - z[s]!);
    outX[s] = cx + (flatX[s]! + shift - cx) * scale[s]!;
  }
  const at = (arr: Float64Array, s: number) => {
    const i = Math.max(0, Math.min(w - 2, Math.floor(s)));
    const f = Math.max(0, Math.min(1, s - i));
    return arr[i]! * (1 - f) + arr[i + 1]! * f;
  };
  const forward = ([x, y]: Point): Point => {
    const k = at(scale, x);
    return [at(outX, x), cy + (y - cy) * k + tilt * at(z, x)];
  };
  // Inverse for the warp: outX is increasing, so each output column has one paper column.
  const out = new Uint8Array(w * h * 3);
  let s = 0;
  for (let x = 0; x < w; x++) {
    while (s < w - 2 && outX[s + 1]! < x) s++;
    const inside = x >= outX[0]! && x <= outX[w - 1]!;
    const src = inside ? s + (x - outX[s]!) / Math.max(1e-6, outX[s + 1]! - outX[s]!) : -1;
    const k = inside ? at(scale, src) : 1;
    const dy = inside ? tilt * at(z, src) : 0;
    for (let y = 0; y < h; y++) {
      const o = (y * w + x) * 3;
      if (inside) sampleInto(img, src, cy + (y - cy - dy) / k, fill, out, o);
      else for (let c = 0; c < 3; c++) out[o + c] = fill[c]!;
    }
  }
  const op = `${bow ? 'bow' : 'curl'}${Math.round(Math.abs(lift))}`;
  return { img: { data: out, width: w, height: h }, forward, op };
}

/**
 * Uneven light: a desk lamp or the flash leaves a bright spot that washes faint thermal print out
 * towards the paper, and the lens darkens the corners (vignetting) — neither is the linear shadow
 * the degraded set already has.
 */
export function unevenLight(img: RawRgb, rng: Rng): string {
  const { data, width: w, height: h } = img;
  const sx = rng() * w;
  const sy = rng() * h;
  const sigma = (0.12 + rng() * 0.2) * Math.max(w, h);
  const glare = 0.3 + rng() * 0.35;
  const vignette = 0.15 + rng() * 0.25;
  const r2max = (w / 2) ** 2 + (h / 2) ** 2;
  // Both falloffs are separable: per-column and per-row factors.
  const vx = Float64Array.from({ length: w }, (_, x) => (vignette * (x - w / 2) ** 2) / r2max);
  const gx = Float64Array.from({ length: w }, (_, x) => Math.exp(-((x - sx) ** 2) / (2 * sigma * sigma)));
  for (let y = 0; y < h; y++) {
    const vy = (vignette * (y - h / 2) ** 2) / r2max;
    const gy = glare * Math.exp(-((y - sy) ** 2) / (2 * sigma * sigma));
    for (let x = 0; x < w; x++) {
      const dark = 1 - vx[x]! - vy;
      const bright = gy * gx[x]!;
      const o = (y * w + x) * 3;
      for (let c = 0; c < 3; c++) {
        const v = data[o + c]! * dark;
        data[o + c] = Math.round(v + (255 - v) * bright);
      }
    }
  }
  return `light${Math.round(glare * 100)}`;
}

/** Slight motion blur: the hand moves during a long indoor exposure, smearing strokes along a line. */
export async function motionBlur(png: Buffer, rng: Rng): Promise<{ png: Buffer; op: string }> {
  const length = 2.5 + rng() * 4.5;
  const angle = rng() * Math.PI;
  const n = 2 * Math.ceil(length / 2) + 1;
  const kernel = new Array<number>(n * n).fill(0);
  const c = (n - 1) / 2;
  // The smear's path, splatted bilinearly into the kernel.
  for (let t = -length / 2; t <= length / 2; t += 0.05) {
    const x = c + t * Math.cos(angle);
    const y = c + t * Math.sin(angle);
    const x0 = Math.floor(x);
    const y0 = Math.floor(y);
    const fx = x - x0;
    const fy = y - y0;
    const put = (xx: number, yy: number, wgt: number) => {
      if (xx >= 0 && yy >= 0 && xx < n && yy < n) kernel[yy * n + xx]! += wgt;
    };
    put(x0, y0, (1 - fx) * (1 - fy));
    put(x0 + 1, y0, fx * (1 - fy));
    put(x0, y0 + 1, (1 - fx) * fy);
    put(x0 + 1, y0 + 1, fx * fy);
  }
  const sum = kernel.reduce((a, b) => a + b, 0);
  const out = await sharp(png)
    .convolve({ width: n, height: n, kernel: kernel.map((k) => k / sum) })
    .png()
    .toBuffer();
  return { png: out, op: `motion${length.toFixed(1)}` };
}

/**
 * Sensor noise: a small phone sensor in room light adds grain to every pixel — mostly in brightness,
 * some in colour — which the camera's JPEG then smears into blotches.
 */
export function sensorNoise(img: RawRgb, rng: Rng): string {
  const sigma = 3 + rng() * 5;
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const { data } = img;
  for (let o = 0; o < data.length; o += 3) {
    const luma = gauss() * sigma;
    for (let c = 0; c < 3; c++)
      data[o + c] = Math.max(0, Math.min(255, Math.round(data[o + c]! + luma + gauss() * sigma * 0.4)));
  }
  return `noise${sigma.toFixed(1)}`;
}

/**
 * The page partly outside the frame: held close to fill the screen, the bottom of a long printout
 * runs off the photo. The frame is cut at `cutY` (frame pixels); what lay below is lost.
 */
export function cutFrameBottom(img: RawRgb, cutY: number): RawRgb {
  const height = Math.max(1, Math.min(img.height, Math.round(cutY)));
  return { data: img.data.slice(0, img.width * height * 3), width: img.width, height };
}

/**
 * Sent through a chat app (WeChat and the like): the photo is scaled to a long side of ~1280 px and
 * re-encoded as JPEG around quality 70, after the camera's own compression.
 */
export async function chatAppResend(jpeg: Buffer, rng: Rng): Promise<{ image: Buffer; op: string }> {
  const longSide = 1200 + Math.round(rng() * 160);
  const quality = 65 + Math.round(rng() * 10);
  const image = await sharp(jpeg)
    .resize({ width: longSide, height: longSide, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality })
    .toBuffer();
  return { image, op: `chat${longSide}q${quality}` };
}
