import { readFile } from 'node:fs/promises';
import { isYizhuError } from '@yizhu/core';
import { createOcrEngine, readLabReport, type OcrEngine } from '@yizhu/server/adapters/ocr/index.ts';
import { createPdfReader, isPdf, readLabPdf } from '@yizhu/server/adapters/pdf/index.ts';

/**
 * `yizhu ocr FILE [--json]`: reads a lab-report photo or PDF and prints the observations. Runs on
 * the operator's own file, outside any visit, so nothing is stored or audited; output goes to stdout
 * only. The OCR models load only when needed: a PDF with a text layer is read without them.
 */
export async function ocrCommand(file: string, opts: { json?: boolean }): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    console.error('cannot read the file');
    return 2;
  }
  let engine: Promise<OcrEngine> | undefined;
  const ocr = () => (engine ??= createOcrEngine());
  const pdfReader = isPdf(bytes) ? createPdfReader() : undefined;
  try {
    const sourceId = `file:${file}`;
    const pdf = pdfReader ? await readLabPdf(pdfReader, bytes, sourceId, ocr) : undefined;
    const reading = pdf ?? (await readLabReport(await ocr(), bytes, sourceId));
    if (opts.json) {
      console.log(JSON.stringify(reading, null, 2));
      return 0;
    }
    const pageOf = (o: (typeof reading.observations)[number]) =>
      o.evidence.flatMap((e) => (e.locator.kind === 'image' ? [e.locator.page] : []))[0];
    for (const o of reading.observations) {
      const name = o.testId ? `${o.display.zh} ${o.display.en}` : o.sourceName;
      const flag = o.flag.value && o.flag.value !== 'N' ? ` ${o.flag.value}` : '';
      const range = o.referenceRange ? `  (${o.referenceRange.text})` : '';
      const review = o.needsReview ? `  [check: ${o.reviewReasons.join(', ')}]` : '';
      const page = reading.pages.length > 1 ? `  p.${pageOf(o) ?? '?'}` : '';
      console.log(`${name}: ${o.value}${o.unit ? ` ${o.unit}` : ''}${flag}${range}${review}${page}`);
    }
    if (pdf) {
      const scanned = pdf.pages.filter((p) => p.read === 'ocr').length;
      console.log(
        `(PDF, ${pdf.pages.length} page(s)${scanned ? `, ${scanned} scanned and read by OCR` : ', text layer'})`,
      );
    }
    const p = reading.pages[0];
    if (p && (p.quarterTurns || p.skewDeg))
      console.log(`(page turned ${p.quarterTurns * 90}°, skew ${p.skewDeg}° corrected)`);
    return 0;
  } catch (err) {
    if (!isYizhuError(err)) throw err;
    console.error(err.message);
    return 1;
  } finally {
    await pdfReader?.close();
    if (engine) await (await engine.catch(() => undefined))?.close();
  }
}
