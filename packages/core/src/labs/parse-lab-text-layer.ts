import { extractLabReportMeta } from './extract-lab-report-meta.ts';
import type { LabParseResult, LabParseWarning } from './lab-observation.ts';
import { parseLabLine, tokeniseText } from './parse-lab-line.ts';
import { parseLabValue } from './parse-lab-value.ts';
import { buildRows, parseOcrLabReport } from './parse-ocr-lab-report.ts';
import type { PageBox, OcrPage } from './reconstruct-lab-table.ts';
import type { RawLabRow } from './build-lab-observation.ts';

/**
 * PDFs with a text layer need no OCR. Given positioned text items (from the PDF reader in server), the
 * table is rebuilt exactly as for a photo, with score 1 and image evidence in page coordinates. Given
 * plain text, each line is parsed on its own and evidence is the character span in that text.
 */
export interface TextLayerItem {
  text: string;
  /** 1-based page number. */
  page: number;
  box: PageBox;
}

export interface ParseTextLayerOptions {
  sourceId: string;
}

export function parseLabTextLayer(
  input: string | readonly TextLayerItem[],
  opts: ParseTextLayerOptions,
): LabParseResult {
  if (typeof input !== 'string') {
    const pages = new Map<number, OcrPage>();
    for (const item of input) {
      const p = pages.get(item.page) ?? { page: item.page, boxes: [] };
      p.boxes.push({ text: item.text, box: item.box, score: 1 });
      pages.set(item.page, p);
    }
    return parseOcrLabReport(
      [...pages.values()].sort((a, b) => a.page - b.page),
      opts,
    );
  }
  const lines: { text: string; start: number }[] = [];
  for (const m of input.matchAll(/[^\r\n]+/g)) lines.push({ text: m[0], start: m.index ?? 0 });
  const meta = extractLabReportMeta(
    lines.map((l) => ({
      text: l.text,
      evidence: [
        {
          sourceId: opts.sourceId,
          locator: { kind: 'text', charStart: l.start, charEnd: l.start + l.text.length },
        },
      ],
    })),
  );
  const rows: RawLabRow[] = [];
  for (const l of lines) {
    const row = parseLabLine(tokeniseText(l.text, l.start, opts.sourceId));
    if (row) rows.push(row);
  }
  const warnings: LabParseWarning[] = [];
  const expectPrintedFlags = rows.some((r) => r.flag || parseLabValue(r.value?.text)?.printedFlag);
  const observations = buildRows(
    rows,
    { specimen: meta.specimen, effective: meta.effective, laboratory: meta.laboratory, expectPrintedFlags },
    warnings,
  );
  if (observations.length === 0) warnings.push({ code: 'no_lab_table_found', evidence: [] });
  return { observations, meta, warnings };
}
