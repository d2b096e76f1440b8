import { parseOcrLabReport, YizhuError, type Evidence, type LabParseResult, type OcrPage } from '@yizhu/core';
import type { OcrEngine } from './create-ocr-engine.ts';
import { toSourceBox } from './page-geometry.ts';
import type { OcrPageResult } from './ocr-types.ts';

/**
 * Photo of a lab report → observations with evidence boxes on the uploaded image. The parsing is
 * core's (the same code reads PDFs, HL7 and FHIR); this only runs the engine and maps the boxes from
 * the straightened page back to the photo. A photo without a lab table is an error for the caller to
 * show, so nothing half-read is saved.
 */
export interface LabReportReading extends LabParseResult {
  pages: { width: number; height: number; quarterTurns: number; skewDeg: number }[];
}

export async function readLabReport(
  engine: OcrEngine,
  image: Buffer,
  sourceId: string,
): Promise<LabReportReading> {
  const { pages } = await engine.recognise(image);
  return parseRecognisedPages(pages, sourceId);
}

/** The engine-independent half, also used by the evaluation to parse another engine's boxes. */
export function parseRecognisedPages(pages: readonly OcrPageResult[], sourceId: string): LabReportReading {
  const ocrPages: OcrPage[] = pages.map((p, i) => ({ page: i + 1, boxes: p.boxes }));
  const parsed = parseOcrLabReport(ocrPages, { sourceId });
  if (parsed.observations.length === 0)
    throw new YizhuError('validation', 'no lab table found', [
      { path: 'image', message: 'no_lab_table_found' },
    ]);
  const toSource = (e: Evidence): Evidence => {
    if (e.locator.kind !== 'image') return e;
    const page = pages[e.locator.page - 1];
    return page ? { ...e, locator: { ...e.locator, box: toSourceBox(e.locator.box, page.transform) } } : e;
  };
  return {
    ...mapLabEvidence(parsed, toSource),
    pages: pages.map((p) => ({
      width: p.transform.sourceWidth,
      height: p.transform.sourceHeight,
      quarterTurns: p.transform.quarterTurns,
      skewDeg: Math.round(p.transform.skewDeg * 10) / 10,
    })),
  };
}

/** Every evidence of a parse result through `f` (boxes from the read page back onto the source). */
export function mapLabEvidence(parsed: LabParseResult, f: (e: Evidence) => Evidence): LabParseResult {
  const mapAll = (es: Evidence[]) => es.map(f);
  return {
    observations: parsed.observations.map((o) => ({
      ...o,
      evidence: mapAll(o.evidence),
      fieldEvidence: Object.fromEntries(
        Object.entries(o.fieldEvidence).map(([k, v]) => [k, mapAll(v ?? [])]),
      ),
    })),
    meta: { ...parsed.meta, evidence: mapAll(parsed.meta.evidence) },
    warnings: parsed.warnings.map((w) => ({ ...w, evidence: mapAll(w.evidence) })),
  };
}
