import { readFile } from 'node:fs/promises';
import { isYizhuError } from '@yizhu/core';
import { createOcrEngine, readLabReport } from '@yizhu/server/adapters/ocr/index.ts';

/**
 * `yizhu ocr FILE [--json]`: reads a lab-report photo and prints the observations. Runs on the
 * operator's own file, outside any visit, so nothing is stored or audited; output goes to stdout only.
 */
export async function ocrCommand(file: string, opts: { json?: boolean }): Promise<number> {
  let image: Buffer;
  try {
    image = await readFile(file);
  } catch {
    console.error('cannot read the file');
    return 2;
  }
  const engine = await createOcrEngine();
  try {
    const reading = await readLabReport(engine, image, `file:${file}`);
    if (opts.json) {
      console.log(JSON.stringify(reading, null, 2));
      return 0;
    }
    for (const o of reading.observations) {
      const name = o.testId ? `${o.display.zh} ${o.display.en}` : o.sourceName;
      const flag = o.flag.value && o.flag.value !== 'N' ? ` ${o.flag.value}` : '';
      const range = o.referenceRange ? `  (${o.referenceRange.text})` : '';
      const review = o.needsReview ? `  [check: ${o.reviewReasons.join(', ')}]` : '';
      console.log(`${name}: ${o.value}${o.unit ? ` ${o.unit}` : ''}${flag}${range}${review}`);
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
    await engine.close();
  }
}
