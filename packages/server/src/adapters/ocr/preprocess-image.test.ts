import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { preprocessImage } from './preprocess-image.ts';

const W = 800;
const H = 600;

/** A white page of faint gray print (ink 170) under a shadow darkening its left half to 45%. */
async function shadowedPage(): Promise<Buffer> {
  const px = new Uint8Array(W * H);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const ink = y % 40 < 10 && x % 60 < 40;
      const light = x < W / 2 ? 0.45 + (0.55 * x) / (W / 2) : 1;
      px[y * W + x] = Math.round((ink ? 170 : 255) * light);
    }
  return sharp(px, { raw: { width: W, height: H, channels: 1 } })
    .png()
    .toBuffer();
}

const at = (img: { data: Uint8Array; width: number }, x: number, y: number) =>
  img.data[(y * img.width + x) * 4]!;

describe('preprocessImage', () => {
  it('divides out a shadow and darkens faint print without clipping it to black', async () => {
    const { image, steps } = await preprocessImage(await shadowedPage());
    expect(steps).toEqual([]); // no desk around the page: nothing to flatten, nothing scaled
    // Paper deep in the shadow (122 as photographed) comes back close to white.
    expect(at(image, 25, 25)).toBeGreaterThan(190);
    expect(at(image, 600, 25)).toBeGreaterThan(235);
    // Print is dark on both sides (it was 170 in the light, ~77 in the shadow), but not solid black.
    for (const x of [30, 630]) {
      expect(at(image, x, 5)).toBeLessThan(100);
      expect(at(image, x, 5)).toBeGreaterThan(10);
    }
  });

  it('without the division, the shadowed paper stays darker than the print in the light', async () => {
    const { image } = await preprocessImage(await shadowedPage(), { flatten: false });
    expect(at(image, 25, 25)).toBeLessThan(at(image, 630, 5) + 40);
  });
});
