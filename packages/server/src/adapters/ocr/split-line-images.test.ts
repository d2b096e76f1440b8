import { createRequire } from 'node:module';
import type * as OpenCv from '@techstark/opencv-js';
// Registers the ImageRaw class the library's splitIntoLineImages builds its crops with.
import '@gutenye/ocr-node';
import { splitIntoLineImages } from '@gutenye/ocr-common/splitIntoLineImages';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RawRgba } from './paddle-ocr.ts';
import { lineBoxes, splitLineImages } from './split-line-images.ts';

// The instance split-line-images.ts and the library use (required there too: see why in that file).
const cv = createRequire(import.meta.url)('@techstark/opencv-js') as typeof OpenCv;

/** The library as oracle: same arguments, its crops as plain { data, width, height }. */
async function library(mask: RawRgba, source: RawRgba): Promise<{ box: number[][]; image: RawRgba }[]> {
  const lines = await splitIntoLineImages(mask as never, source as never);
  return lines.map((l) => ({ box: l.box, image: l.image as unknown as RawRgba }));
}

const heap = cv as unknown as { HEAP8: Int8Array; _malloc(n: number): number; _free(p: number): void };

/** Where a block too large for any free hole lands: just past the highest chunk in use. */
function heapTop(): number {
  const p = heap._malloc(16 << 20);
  heap._free(p);
  return p;
}

/**
 * Runs `fn` with every free hole below the heap's top filled, so that anything `fn` leaves allocated,
 * however small, sits at the top and raises it. Returns how far the top rose.
 */
async function topRise(fn: () => Promise<unknown>): Promise<number> {
  const fillers: number[] = [];
  for (const size of [1 << 20, 1 << 16, 1 << 12, 256, 8]) {
    const top = heapTop();
    for (;;) {
      const p = heap._malloc(size);
      if (p >= top) {
        heap._free(p);
        break;
      }
      fillers.push(p);
    }
  }
  try {
    const top = heapTop();
    await fn();
    return heapTop() - top;
  } finally {
    for (const p of fillers) heap._free(p);
  }
}

const dist = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);

interface Rect {
  cx: number;
  cy: number;
  w: number;
  h: number;
  deg: number;
}

/** A detector-style RGBA mask (white on black) with filled, possibly rotated rectangles. */
function maskOf(width: number, height: number, rects: Rect[]): RawRgba {
  const data = new Uint8Array(width * height * 4);
  const px = new Uint32Array(data.buffer);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const inside = rects.some(({ cx, cy, w, h, deg }) => {
        const t = (deg * Math.PI) / 180;
        const dx = x + 0.5 - cx;
        const dy = y + 0.5 - cy;
        const u = dx * Math.cos(t) + dy * Math.sin(t);
        const v = -dx * Math.sin(t) + dy * Math.cos(t);
        return Math.abs(u) <= w / 2 && Math.abs(v) <= h / 2;
      });
      px[y * width + x] = inside ? 0xffffffff : 0xff000000;
    }
  return { data, width, height };
}

/** A source photo with structure in every channel, so a crop taken a pixel off would differ. */
function sourceOf(width: number, height: number): RawRgba {
  const data = new Uint8Array(width * height * 4);
  let seed = 7;
  for (let i = 0; i < width * height; i++) {
    const x = i % width;
    const y = Math.floor(i / width);
    seed = (seed * 1103515245 + 12345) >>> 0;
    data[i * 4] = (x * 3 + (seed >>> 24)) & 255;
    data[i * 4 + 1] = (y * 5) & 255;
    data[i * 4 + 2] = ((x ^ y) * 7) & 255;
    data[i * 4 + 3] = 255;
  }
  return { data, width, height };
}

// A mask at detector scale and a source at a non-integer multiple of it, as paddle-ocr.ts passes them.
const mask = maskOf(320, 240, [
  { cx: 100, cy: 40, w: 120, h: 12, deg: 0 }, // a text line
  { cx: 170, cy: 110, w: 140, h: 14, deg: 8 }, // tilted
  { cx: 280, cy: 140, w: 12, h: 90, deg: 0 }, // standing: its crop gets the quarter turn
  { cx: 60, cy: 190, w: 40, h: 10, deg: -20 },
  { cx: 160, cy: 190, w: 16, h: 34, deg: 0 }, // its crop is exactly 1.5 times taller than wide: turned
  { cx: 240, cy: 40, w: 18, h: 36, deg: 0 }, // 1.46 times: not turned
  { cx: 20, cy: 220, w: 2, h: 2, deg: 0 }, // a speck, filtered out
]);
const source = sourceOf(700, 500);

describe('splitLineImages', () => {
  // The library does not wait for OpenCV's WASM (the model load used to give it the time).
  beforeAll(() => new Promise<void>((r) => (cv as unknown as { then(f: () => void): void }).then(() => r())));

  // Not a test the library can fail (it is the oracle): it pins the geometry to the library's.
  it('gives the library’s boxes and crop pixels, bit for bit', async () => {
    const ours = await splitLineImages(mask, source);
    const theirs = await library(mask, source);
    expect(ours.length).toBe(6);
    // Both sides of the crop rule, at and just under 1.5: box height over width → crop turned or not.
    const rule = ours.map(({ box: [b0, b1, b2, b3], image }) => {
      const w = Math.trunc(Math.max(dist(b0, b1), dist(b2, b3)));
      const h = Math.trunc(Math.max(dist(b0, b3), dist(b1, b2)));
      return [Math.round((h / w) * 100) / 100, image.width === h && image.height === w];
    });
    expect(rule).toEqual([
      [0.41, false],
      [1.5, true],
      [3.91, true],
      [0.2, false],
      [0.19, false],
      [1.46, false],
    ]);
    expect(ours.map((l) => l.box)).toEqual(theirs.map((l) => l.box));
    ours.forEach((l, i) => {
      const t = theirs[i]!.image;
      expect([l.image.width, l.image.height]).toEqual([t.width, t.height]);
      expect(Buffer.from(l.image.data).equals(Buffer.from(t.data))).toBe(true);
    });
  });

  // What the detector now passes: one byte a pixel instead of RGBA, the same boxes.
  it('finds the same boxes in a one-byte mask as in the RGBA mask', async () => {
    const single = { ...mask, data: mask.data.filter((_, i) => i % 4 === 0) };
    expect(single.data.length).toBe(mask.width * mask.height);
    const fromRgba = (await splitLineImages(mask, source)).map((l) => l.box);
    expect(await lineBoxes(single, source)).toEqual(fromRgba);
  });

  // Fails with the library: its crops are views into the old heap buffer, detached by the growth.
  it('keeps its crops intact when OpenCV’s heap grows afterwards', async () => {
    const ours = await splitLineImages(mask, source);
    const theirs = await library(mask, source);
    const before = ours.map((l) => Uint8Array.from(l.image.data));
    const size = heap.HEAP8.length;
    // Larger than all the free space left: OpenCV must grow (and so replace) its memory.
    const big = new cv.Mat(1, size - heapTop() + (1 << 20), cv.CV_8UC1);
    big.delete();
    expect(heap.HEAP8.length).toBeGreaterThan(size);
    expect(theirs.every((l) => l.image.data.length === 0)).toBe(true); // what broke recognition
    ours.forEach((l, i) => {
      expect(l.image.data.length).toBe(l.image.width * l.image.height * 4);
      expect(l.image.data).toEqual(before[i]);
    });
  });

  // Fails with the library: it leaves each crop, contour and transform behind (~0.34 MB a call here).
  it('frees everything it allocates in OpenCV’s heap', async () => {
    await splitLineImages(mask, source); // OpenCV's own one-off allocations
    heapTop(); // grows the heap now if the probe does not fit yet
    const size = heap.HEAP8.length;
    const rise = await topRise(async () => {
      for (let i = 0; i < 50; i++) await splitLineImages(mask, source);
    });
    expect(rise).toBe(0);
    expect(heap.HEAP8.length).toBe(size);
    // The probe does see the library's leaks.
    expect(await topRise(() => library(mask, source))).toBeGreaterThan(0);
  });
});
