import { describe, expect, it } from 'vitest';
import type { LocatedLine, PaddleOcr, RawRgba } from './paddle-ocr.ts';
import type { Quad } from './page-geometry.ts';
import { probeOrientation } from './probe-orientation.ts';

const page: RawRgba = { data: new Uint8Array(40 * 20 * 4).fill(255), width: 40, height: 20 };
const crop: RawRgba = { data: new Uint8Array(4), width: 1, height: 1 };

/** An axis-aligned text line as the detector reports it (tl, tr, br, bl), tilted by `deg`. */
const line = (x: number, y: number, w: number, h: number, deg = 0): Quad => {
  const r = (deg * Math.PI) / 180;
  const p = (a: number, d: number): [number, number] => [
    x + a * Math.cos(r) - d * Math.sin(r),
    y + a * Math.sin(r) + d * Math.cos(r),
  ];
  return [p(0, 0), p(w, 0), p(w, h), p(0, h)];
};

/**
 * A fake detector and classifier: `lines` are what every detection returns, each crop read along
 * `axis`; `flipped` is what the classifier says about every crop.
 */
function fakeOcr(lines: { quad: Quad; axis: [number, number] }[], flipped: boolean, again?: Quad[]) {
  const calls: RawRgba[] = [];
  const cropped: LocatedLine[] = [];
  const located = (qs: { quad: Quad; axis: [number, number] }[]): LocatedLine[] =>
    qs.map((l) => ({ quad: l.quad, cropAxis: l.axis }));
  const ocr: PaddleOcr = {
    async detect() {
      throw new Error('the probe locates lines and crops only the voters');
    },
    async locate(image) {
      calls.push(image);
      const second = calls.length > 1 && again;
      return located(second ? again.map((quad) => ({ quad, axis: [1, 0] as [number, number] })) : lines);
    },
    async crop(_image, ls) {
      cropped.push(...ls);
      return ls.map((l) => ({ ...l, crop }));
    },
    async recognise() {
      return [];
    },
    async upsideDown(crops) {
      return crops.map(() => (flipped ? 0.9 : 0.1));
    },
  };
  return { ocr, calls, cropped };
}

const rows = (deg = 0) =>
  [0, 1, 2, 3].map((i) => ({ quad: line(10, 10 + 30 * i, 300, 20, deg), axis: [1, 0] as [number, number] }));
const columns = (axis: [number, number]) =>
  [0, 1, 2, 3].map((i) => ({ quad: line(10 + 30 * i, 10, 20, 300), axis }));

describe('probeOrientation', () => {
  it('leaves an upright page alone and measures its skew from the same detection', async () => {
    const { ocr, calls } = fakeOcr(rows(2), false);
    const o = await probeOrientation(ocr, page, { warpedFlat: false });
    expect(o.quarterTurns).toBe(0);
    expect(o.skewDeg).toBeCloseTo(2, 5);
    expect(o.turned).toBe(page);
    expect(calls).toHaveLength(1);
  });

  it('cuts out only the 15 longest lines that vote, not every line it located', async () => {
    const many = [...Array(40).keys()].map((i) => ({
      quad: line(10, 10 + 25 * i, 100 + i, 20),
      axis: [1, 0] as [number, number],
    }));
    const { ocr, cropped } = fakeOcr(many, false);
    await probeOrientation(ocr, page, { warpedFlat: false });
    expect(cropped.map((l) => l.quad)).toEqual(
      many
        .slice(25)
        .reverse()
        .map((l) => l.quad),
    );
  });

  it('turns an upside-down page by a half turn', async () => {
    const { ocr, calls } = fakeOcr(rows(), true);
    const o = await probeOrientation(ocr, page, { warpedFlat: false });
    expect(o.quarterTurns).toBe(2);
    expect(calls).toHaveLength(1);
  });

  it('tells 90° from 270° by the way each sideways crop was read, without a second detection', async () => {
    // Crops read upwards: upright text there runs bottom to top, so the page needs 90° clockwise.
    const up = fakeOcr(columns([0, -1]), false);
    const o1 = await probeOrientation(up.ocr, page, { warpedFlat: true });
    expect(o1.quarterTurns).toBe(1);
    expect([o1.turned.width, o1.turned.height]).toEqual([20, 40]);
    expect(up.calls).toHaveLength(1);
    // The same crops read upside down: the text runs top to bottom.
    expect(
      (await probeOrientation(fakeOcr(columns([0, -1]), true).ocr, page, { warpedFlat: true })).quarterTurns,
    ).toBe(3);
    // Crops read downwards and upside down: again bottom to top.
    expect(
      (await probeOrientation(fakeOcr(columns([0, 1]), true).ocr, page, { warpedFlat: true })).quarterTurns,
    ).toBe(1);
  });

  it('measures the skew of a sideways page that was not warped flat on a second, turned detection', async () => {
    const again = [0, 1, 2].map((i) => line(10, 10 + 30 * i, 300, 20, -3));
    const { ocr, calls } = fakeOcr(columns([0, -1]), false, again);
    const o = await probeOrientation(ocr, page, { warpedFlat: false });
    expect(o.quarterTurns).toBe(1);
    expect(o.skewDeg).toBeCloseTo(-3, 5);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toBe(o.turned);
  });
});
