import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { createPaddleOcr, type PaddleOcr } from '@yizhu/server/adapters/ocr/paddle-ocr.ts';
import { preprocessImage } from '@yizhu/server/adapters/ocr/preprocess-image.ts';
import { recognisePage } from '@yizhu/server/adapters/ocr/recognise-page.ts';

/**
 * `npm run bench -- labs --phases [--dump FILE]`: where a photo's time goes. The engine's pipeline
 * runs in this thread (no worker) with the model calls wrapped by timers, so the phases are the real
 * code paths, not a re-implementation of them: decode + preprocessing, probe detection (960 px) and
 * its crops, classifier, final detection (1600 px), first recognition, second reading of weak lines, and the
 * rest (rotations, geometry). `--dump` writes every photo's output and prints its hash, to check that a speed
 * change left the engine's boxes, texts and scores as they were.
 */
export async function benchPhases(photos: { kind: string; image: Buffer }[], dumpFile?: string) {
  const ocr = await createPaddleOcr();
  const spent: Record<string, number> = {};
  const add = (phase: string, ms: number) => (spent[phase] = (spent[phase] ?? 0) + ms);
  const timed =
    <A extends unknown[], R>(name: (...a: A) => string, fn: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      const t = performance.now();
      try {
        return await fn(...a);
      } finally {
        add(name(...a), performance.now() - t);
      }
    };
  // The first recognise call of a photo is the first reading; later ones are the second reading.
  let recogniseCalls = 0;
  const wrapped: PaddleOcr = {
    detect: timed((_img, side) => (side >= 1600 ? 'detect final' : 'detect probe'), ocr.detect),
    locate: timed((_img, side) => (side >= 1600 ? 'detect final' : 'detect probe'), ocr.locate),
    crop: timed((_img, _lines) => 'probe crops', ocr.crop),
    recognise: timed(
      (_lines, _opts) => (recogniseCalls++ === 0 ? 'recognise' : 'reread weak lines'),
      ocr.recognise,
    ),
    upsideDown: timed((_crops) => 'classifier', ocr.upsideDown),
  };
  const outputs: Record<string, unknown> = {};
  await recognisePage(wrapped, photos[0]!.image); // warm-up, as in the main bench
  for (const k of Object.keys(spent)) delete spent[k];
  let total = 0;
  for (const [i, p] of photos.entries()) {
    recogniseCalls = 0;
    const t0 = performance.now();
    await preprocessImage(p.image);
    add('decode + preprocess', performance.now() - t0);
    const t1 = performance.now();
    const page = await recognisePage(wrapped, p.image);
    total += performance.now() - t1;
    outputs[`${p.kind}-${i}`] = page;
  }
  // Preprocessing is timed on a run of its own before each read (the read repeats it untimed); the
  // rest of a read is what no timer covers.
  const accounted = Object.values(spent).reduce((a, b) => a + b, 0);
  const perPhoto = (ms: number) => (ms / photos.length / 1000).toFixed(3);
  console.log(`labs OCR phases (${photos.length} photos, in-process): ${perPhoto(total)} s a photo`);
  for (const [k, ms] of Object.entries(spent)) console.log(`  ${k.padEnd(20)} ${perPhoto(ms)} s`);
  console.log(`  ${'rest'.padEnd(20)} ${perPhoto(total - accounted)} s`);
  if (dumpFile) {
    await writeFile(dumpFile, JSON.stringify(outputs));
    console.log(
      `  outputs: ${dumpFile} (sha256 ${createHash('sha256').update(JSON.stringify(outputs)).digest('hex').slice(0, 16)})`,
    );
  }
}
