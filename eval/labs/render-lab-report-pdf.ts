import sharp from 'sharp';
import { makePdf, type PdfText } from '@yizhu/server/test/make-pdf.ts';
import { headerText, type LabReportSpec } from './generate-lab-report.ts';
import { PAGE_H, PAGE_W, renderLabReport, WIDTH_ONE, WIDTH_TWO } from './render-lab-report.ts';

/**
 * The same synthetic reports as PDFs on A4: born-digital (a positioned text layer, as a LIS exports
 * it) or scanned (the rendered page embedded as a JPEG, as a scanner writes it). The layout is
 * render-lab-report.ts's, in its 150 dpi pixels, scaled to points.
 */
const K = 595 / PAGE_W;
export function labReportPdfTexts(spec: LabReportSpec): PdfText[] {
  const two = spec.tables.length > 1;
  const size = two ? 19 : 22;
  const rowH = two ? 46 : 50;
  const widths = two ? WIDTH_TWO : WIDTH_ONE;
  const texts: PdfText[] = [];
  const text = (x: number, y: number, s: string, sz = size) =>
    texts.push({ x: round(x * K), y: round(y * K), size: round(sz * K), text: s });

  const titleSize = spec.lang === 'zh' ? 32 : 30;
  // Centred by an estimate (the test font's CJK glyphs are 1 em, Latin about half).
  const ems = Array.from(spec.title).reduce((s, c) => s + (c.charCodeAt(0) > 0x2e80 ? 1 : 0.5), 0);
  text(PAGE_W / 2 - (ems * titleSize) / 2, 120, spec.title, titleSize);
  spec.meta.forEach((m, i) => text(80, 200 + i * 44, m, 22));
  const top = 330;
  spec.tables.forEach((rows, t) => {
    let x = two ? 70 + t * 590 : 90;
    const colX = spec.columns.map((c) => {
      const at = x;
      x += widths[c];
      return at;
    });
    spec.columns.forEach((c, i) => text(colX[i]!, top, headerText(spec.lang, c, two)));
    rows.forEach((row, r) =>
      spec.columns.forEach((c, i) => {
        const s = row.cells[c];
        if (s) text(colX[i]!, top + (r + 1) * rowH, s);
      }),
    );
  });
  return texts;
}

/** A born-digital PDF of the report: text only. */
export function renderLabReportPdf(spec: LabReportSpec): Buffer {
  return makePdf([{ texts: labReportPdfTexts(spec) }]);
}

/** A scanned PDF of the report: one JPEG filling the page, no text layer. */
export async function renderScannedLabReportPdf(spec: LabReportSpec, quality = 85): Promise<Buffer> {
  const jpeg = await sharp(await renderLabReport(spec))
    .jpeg({ quality })
    .toBuffer();
  return makePdf([
    {
      image: { jpeg, pixelWidth: PAGE_W, pixelHeight: PAGE_H, channels: 3, box: [0, 0, 595, 842] },
    },
  ]);
}

const round = (v: number) => Math.round(v * 10) / 10;
