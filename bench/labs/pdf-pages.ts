import type { OcrEngine } from '@yizhu/server/adapters/ocr/index.ts';
import { createPdfReader, readLabPdf } from '@yizhu/server/adapters/pdf/index.ts';
import { generateLabReport } from '../../eval/labs/generate-lab-report.ts';
import { renderLabReportPdf, renderScannedLabReportPdf } from '../../eval/labs/render-lab-report-pdf.ts';

/**
 * Seconds per one-page lab report PDF: with a text layer (pdf.js in its worker + table parse, no OCR)
 * and scanned (the page rendered to PNG, then the OCR engine as for photos). The render alone is
 * reported too, to show what the scan path adds before OCR.
 */
export async function benchPdfPages(engine: OcrEngine, n: number) {
  const reader = createPdfReader();
  const times = { start: 0, text: [] as number[], render: [] as number[], scanned: [] as number[] };
  try {
    const specs = Array.from({ length: n }, (_, k) => generateLabReport(k, 11));
    let t = performance.now();
    await reader.readPages(renderLabReportPdf(specs[0]!)); // starts the worker and loads pdf.js
    times.start = (performance.now() - t) / 1000;
    for (const spec of specs) {
      const text = renderLabReportPdf(spec);
      t = performance.now();
      await readLabPdf(reader, text, 'bench');
      times.text.push((performance.now() - t) / 1000);
      const scan = await renderScannedLabReportPdf(spec);
      t = performance.now();
      await reader.readPages(scan);
      times.render.push((performance.now() - t) / 1000);
      t = performance.now();
      await readLabPdf(reader, scan, 'bench', async () => engine);
      times.scanned.push((performance.now() - t) / 1000);
    }
  } finally {
    await reader.close();
  }
  return times;
}
