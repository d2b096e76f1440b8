import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { OcrPageResult } from '@yizhu/server/adapters/ocr/index.ts';

/**
 * Debian's tesseract (chi_sim+eng) as the comparison engine: words from its TSV output, merged into
 * phrases the way PaddleOCR's detector groups them (a gap under one character height joins), then fed
 * to the same parser. No preprocessing: this shows the engine as an integrator would get it.
 */
const run = promisify(execFile);

export async function tesseractAvailable(): Promise<boolean> {
  try {
    const { stdout } = await run('tesseract', ['--list-langs']);
    return /chi_sim/.test(stdout) && /eng/.test(stdout);
  } catch {
    return false;
  }
}

export async function tesseractPage(image: Buffer): Promise<OcrPageResult> {
  const dir = await mkdtemp(join(tmpdir(), 'yizhu-tess-'));
  try {
    const file = join(dir, 'page.img');
    await writeFile(file, image);
    const { stdout } = await run('tesseract', [file, '-', '-l', 'chi_sim+eng', '--psm', '6', 'tsv'], {
      maxBuffer: 32 * 1024 * 1024,
      env: { ...process.env, OMP_THREAD_LIMIT: '2' },
    });
    return parseTesseractTsv(stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface Word {
  line: string;
  x: number;
  y: number;
  w: number;
  h: number;
  conf: number;
  text: string;
}

export function parseTesseractTsv(tsv: string): OcrPageResult {
  const words: Word[] = [];
  let width = 0;
  let height = 0;
  for (const row of tsv.split('\n').slice(1)) {
    const c = row.split('\t');
    if (c.length < 12) continue;
    const [level, , block, par, line, , x, y, w, h, conf, text] = c;
    if (level === '1') {
      width = Number(w);
      height = Number(h);
    }
    if (level !== '5' || !text?.trim()) continue;
    words.push({
      line: `${block}.${par}.${line}`,
      x: +x!,
      y: +y!,
      w: +w!,
      h: +h!,
      conf: Math.max(0, +conf!) / 100,
      text: text.trim(),
    });
  }
  const boxes: OcrPageResult['boxes'] = [];
  let cur: Word | undefined;
  let confs: number[] = [];
  const flush = () => {
    if (cur) boxes.push({ text: cur.text, box: [cur.x, cur.y, cur.w, cur.h], score: Math.min(...confs) });
    cur = undefined;
    confs = [];
  };
  for (const w of words) {
    const gap = cur ? w.x - (cur.x + cur.w) : Infinity;
    if (cur && cur.line === w.line && gap < Math.max(cur.h, w.h)) {
      const cjk = /[\u4e00-\u9fff]$/.test(cur.text) && /^[\u4e00-\u9fff]/.test(w.text);
      const x1 = Math.max(cur.x + cur.w, w.x + w.w);
      const y0 = Math.min(cur.y, w.y);
      const y1 = Math.max(cur.y + cur.h, w.y + w.h);
      cur = { ...cur, text: cur.text + (cjk ? '' : ' ') + w.text, w: x1 - cur.x, y: y0, h: y1 - y0 };
      confs.push(w.conf);
    } else {
      flush();
      cur = { ...w };
      confs = [w.conf];
    }
  }
  flush();
  return {
    width,
    height,
    boxes,
    transform: { sourceWidth: width, sourceHeight: height, quarterTurns: 0, skewDeg: 0, steps: [] },
  };
}
