import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateLabReport } from '../../../eval/labs/generate-lab-report.ts';
import { renderLabReportPdf } from '../../../eval/labs/render-lab-report-pdf.ts';
import { yizhu } from './test/run-yizhu.ts';

// `yizhu ocr FILE` on a PDF: a text-layer PDF is read without loading the OCR models.
const dir = mkdtempSync(join(tmpdir(), 'yizhu-ocr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('yizhu ocr with a PDF', () => {
  const spec = generateLabReport(2, 1);
  const file = join(dir, 'report.pdf');
  writeFileSync(file, renderLabReportPdf(spec));

  it('prints the observations, and the full reading with --json', async () => {
    const text = await yizhu(['ocr', file]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('糖化血红蛋白 Hemoglobin A1c: 5.6 %');
    expect(text.stdout).toContain('(PDF, 1 page(s), text layer)');
    const json = await yizhu(['ocr', file, '--json']);
    const reading = JSON.parse(json.stdout) as { format: string; observations: { testId: string }[] };
    expect(reading.format).toBe('pdf');
    expect(reading.observations.map((o) => o.testId)).toEqual(spec.tables.flat().map((r) => r.truth.testId));
  }, 60_000);

  it('says why a bad PDF cannot be read, with exit code 1', async () => {
    const cut = join(dir, 'cut.pdf');
    writeFileSync(cut, renderLabReportPdf(spec).subarray(0, 300));
    const r = await yizhu(['ocr', cut]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the PDF is incomplete');
  }, 60_000);
});
