import { createOcrEngine } from '@yizhu/server/adapters/ocr/index.ts';
import { degradeLabImage } from '../../eval/labs/degrade-lab-image.ts';
import { generateLabReport, seededRng } from '../../eval/labs/generate-lab-report.ts';
import { renderLabReport } from '../../eval/labs/render-lab-report.ts';
import { benchPdfPages } from './pdf-pages.ts';
import { benchPhases } from './phases.ts';

/**
 * `npm run bench -- labs [--n N] [--json] [--phases [--dump FILE]]`: model initialisation time, then seconds per photo through
 * the engine (decode, preprocessing, orientation probe, detection, recognition) on clean renders and
 * degraded phone-photo renders. Target (issue 4): ≤ 3 s per photo on 2 cores. Then one-page PDFs:
 * with a text layer (no OCR) and scanned (render + OCR); see pdf-pages.ts. `--phases`: the same
 * photos, time per phase instead (phases.ts).
 */
export async function run(args: string[]): Promise<void> {
  const i = args.indexOf('--n');
  const n = i >= 0 ? Number(args[i + 1]) : 6;
  const photos: { kind: string; image: Buffer }[] = [];
  for (let k = 0; k < n; k++) {
    const png = await renderLabReport(generateLabReport(k, 11));
    photos.push({ kind: 'clean', image: png });
    photos.push({ kind: 'degraded', image: (await degradeLabImage(png, seededRng(k + 1))).image });
  }
  if (args.includes('--phases')) {
    const d = args.indexOf('--dump');
    return benchPhases(photos, d >= 0 ? args[d + 1] : undefined);
  }
  const t0 = performance.now();
  const engine = await createOcrEngine();
  const initSeconds = (performance.now() - t0) / 1000;
  const times: Record<string, number[]> = { clean: [], degraded: [] };
  let pdf: Awaited<ReturnType<typeof benchPdfPages>>;
  try {
    await engine.recognise(photos[0]!.image); // warm-up: first-run allocations are not per-photo cost
    for (const p of photos) {
      const t = performance.now();
      await engine.recognise(p.image);
      times[p.kind]!.push((performance.now() - t) / 1000);
    }
    pdf = await benchPdfPages(engine, n);
  } finally {
    await engine.close();
  }
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
    return {
      n: s.length,
      mean: round(mean),
      p50: round(s[Math.floor(s.length / 2)] ?? 0),
      max: round(s.at(-1) ?? 0),
    };
  };
  const out = {
    cpus: (await import('node:os')).availableParallelism(),
    initSeconds: round(initSeconds),
    clean: stats(times.clean!),
    degraded: stats(times.degraded!),
    pdfReaderStartSeconds: round(pdf.start),
    pdfText: stats(pdf.text),
    pdfScanRender: stats(pdf.render),
    pdfScanned: stats(pdf.scanned),
  };
  if (args.includes('--json')) console.log(JSON.stringify(out, null, 2));
  else {
    console.log(`labs OCR bench (${out.cpus} cpus): model init ${out.initSeconds} s`);
    for (const k of ['clean', 'degraded'] as const)
      console.log(
        `  ${k.padEnd(9)} ${out[k].n} photos  mean ${out[k].mean} s  p50 ${out[k].p50} s  max ${out[k].max} s per photo`,
      );
    console.log(`labs PDF bench: pdf.js worker start ${out.pdfReaderStartSeconds} s`);
    for (const [k, label] of [
      ['pdfText', 'text layer'],
      ['pdfScanRender', 'scan: render only'],
      ['pdfScanned', 'scan: render + OCR'],
    ] as const)
      console.log(
        `  ${label.padEnd(19)} ${out[k].n} pages  mean ${out[k].mean} s  p50 ${out[k].p50} s  max ${out[k].max} s per page`,
      );
  }
}

const round = (x: number) => Math.round(x * 100) / 100;
