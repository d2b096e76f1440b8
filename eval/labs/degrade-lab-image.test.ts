import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cutFrameBottom } from './degrade-lab-image-harsh.ts';
import { degradeLabImage } from './degrade-lab-image.ts';
import { generateLabReport, seededRng } from './generate-lab-report.ts';
import { labReportRowBoxes, renderLabReport } from './render-lab-report.ts';

describe('degraded and harsh eval photos', () => {
  it('a degraded photo is the same for the same seed, with no cut rows', async () => {
    const spec = generateLabReport(0, 4);
    const png = await renderLabReport(spec);
    const plain = await degradeLabImage(png, seededRng(7));
    const again = await degradeLabImage(png, seededRng(7));
    expect(again.image.equals(plain.image)).toBe(true);
    expect(plain.cutRows).toBeUndefined();
  }, 60_000);

  it('a harsh photo is a chat-app-sized JPEG with its effects named and cut rows that exist', async () => {
    const spec = generateLabReport(1, 5004);
    const rowBoxes = labReportRowBoxes(spec);
    const d = await degradeLabImage(await renderLabReport(spec), seededRng(11), {
      rng: seededRng(12),
      rowBoxes,
    });
    const meta = await sharp(d.image).metadata();
    expect(meta.format).toBe('jpeg');
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBeLessThanOrEqual(1360);
    expect(d.ops.some((o) => o.startsWith('chat'))).toBe(true);
    for (const r of d.cutRows ?? []) expect(r).toBeLessThan(rowBoxes.length);
  }, 60_000);

  it('a frame cut keeps only the rows above it', () => {
    const img = { data: new Uint8Array(4 * 10 * 3).fill(9), width: 4, height: 10 };
    const cut = cutFrameBottom(img, 6);
    expect(cut).toMatchObject({ width: 4, height: 6 });
    expect(cut.data.length).toBe(4 * 6 * 3);
  });
});
