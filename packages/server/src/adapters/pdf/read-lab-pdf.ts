import {
  parseLabTextLayer,
  parseOcrLabReport,
  YizhuError,
  type Evidence,
  type LabParseResult,
  type OcrPage,
  type PageBox,
} from '@yizhu/core';
import type { OcrEngine } from '../ocr/create-ocr-engine.ts';
import { toSourceBox, type PageTransform } from '../ocr/page-geometry.ts';
import { mapLabEvidence } from '../ocr/read-lab-report.ts';
import type { PdfReader } from './create-pdf-reader.ts';
import { mapBox, type Matrix } from './pdf-text-items.ts';
import { assertCompletePdf } from './sniff-pdf.ts';

/**
 * A lab report PDF → observations with `image {page, box}` evidence in page units (points, top-left
 * origin, the page as displayed). Text-layer pages are parsed from their positioned text; scanned
 * pages go through the same OCR engine as photos, and their boxes are mapped back to page units.
 * A PDF without a lab table is an error for the caller to show, so nothing half-read is saved.
 */
export interface PdfLabReading extends LabParseResult {
  format: 'pdf';
  pages: {
    width: number;
    height: number;
    quarterTurns: number;
    skewDeg: number;
    /** From the text layer, or by OCR of the rendered page (a scan). */
    read: 'text' | 'ocr';
  }[];
}

export async function readLabPdf(
  reader: PdfReader,
  pdf: Buffer,
  sourceId: string,
  ocr?: () => Promise<OcrEngine>,
): Promise<PdfLabReading> {
  assertCompletePdf(pdf);
  const { pages } = await reader.readPages(pdf);
  let engine: OcrEngine | undefined;
  if (pages.some((p) => p.scan)) {
    if (!ocr)
      throw new YizhuError(
        'unavailable',
        'this PDF is a scan without a text layer, and lab report reading (OCR) is not configured on this server',
      );
    engine = await ocr();
  }

  const read: OcrPage[] = [];
  const scans = new Map<number, { transform: PageTransform; scale: number }>();
  const turned = new Map<number, Matrix>();
  const info: PdfLabReading['pages'] = [];
  for (const p of pages) {
    if (p.scan && engine) {
      const result = (await engine.recognise(Buffer.from(p.scan.png))).pages[0]!;
      read.push({ page: p.page, boxes: result.boxes });
      scans.set(p.page, { transform: result.transform, scale: p.scan.scale });
      const { quarterTurns, skewDeg } = result.transform;
      info.push({ width: p.width, height: p.height, quarterTurns, skewDeg: round1(skewDeg), read: 'ocr' });
    } else {
      read.push({ page: p.page, boxes: p.items.map((i) => ({ text: i.text, box: i.box, score: 1 })) });
      if (p.toDisplay) turned.set(p.page, p.toDisplay);
      info.push({ width: p.width, height: p.height, quarterTurns: p.quarterTurns, skewDeg: 0, read: 'text' });
    }
  }

  // A born-digital PDF is the text-layer parser's case exactly; with scans, the OCR scores count.
  const parsed =
    scans.size === 0
      ? parseLabTextLayer(
          pages.flatMap((p) => p.items),
          { sourceId },
        )
      : parseOcrLabReport(read, { sourceId });
  if (parsed.observations.length === 0)
    throw new YizhuError('validation', 'no lab table found', [
      { path: 'file', message: 'no_lab_table_found' },
    ]);

  // Boxes onto the page as displayed: from a scan's rendering or a turned page's upright view.
  const onDisplayedPage = (e: Evidence): Evidence => {
    if (e.locator.kind !== 'image') return e;
    const scan = scans.get(e.locator.page);
    const turn = turned.get(e.locator.page);
    let box = e.locator.box;
    if (scan) box = toSourceBox(box, scan.transform).map((v) => round1(v / scan.scale)) as PageBox;
    else if (turn) box = mapBox(box, turn);
    else return e;
    return { ...e, locator: { ...e.locator, box } };
  };
  return { ...mapLabEvidence(parsed, onDisplayedPage), format: 'pdf', pages: info };
}

const round1 = (v: number) => Math.round(v * 10) / 10;
