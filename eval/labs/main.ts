import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isYizhuError, type LabObservation } from '@yizhu/core';
import {
  createOcrEngine,
  parseRecognisedPages,
  type OcrEngine,
  type OcrPageResult,
  type RecogniseOptions,
} from '@yizhu/server/adapters/ocr/index.ts';
import { degradeLabImage } from './degrade-lab-image.ts';
import { generateLabReport, seededRng, type TruthRow } from './generate-lab-report.ts';
import { labReportRowBoxes, renderLabReport } from './render-lab-report.ts';
import {
  addScore,
  diagnoseLabReport,
  emptyScore,
  scoreLabReport,
  type LabRowIssue,
  type LabScore,
} from './score-lab-report.ts';
import { tesseractAvailable, tesseractPage } from './tesseract-ocr.ts';

/**
 * `npm run eval -- labs [--json] [--limit N] [--seed S] [--only clean|degraded|harsh] [--harsh]
 *   [--no-tesseract] [--no-ablation] [--ocr-cache] [--diagnose FILE]`
 *
 * N reports (default 100) are rendered clean and as degraded phone photos (2N images, ≥ 200 in the
 * full run) from a fixed seed into a cache folder, read by the Yizhu engine, and scored against the
 * ground truth. The degraded set is also read with preprocessing switched off (what straightening
 * and contrast buy) and, when tesseract is installed, by tesseract through the same parser.
 *
 * `--harsh` (or `--only harsh`) adds a third photo of a third report per index, "harsh": the degraded
 * photo's effects plus a curled page, uneven light, motion blur, sensor noise, sometimes the page's
 * bottom cut by the frame, and a chat app's downscale (degrade-lab-image-harsh.ts). It comes from its
 * own random streams, so clean and degraded images stay what they were. Rows the frame cut are
 * scored like any other (missed when not read); their count is reported as `cutRows`.
 *
 * `--ocr-cache` keeps the engine's boxes next to each image, keyed by a hash of the OCR adapter's
 * source and the options, so parser changes can be measured without re-running the models (the
 * s/image column is then parse time only). `--diagnose FILE` writes every row not read correctly
 * (expected vs got, confidences, review reasons) as JSON and prints the confidently wrong ones.
 */
interface EvalImage {
  id: string;
  set: 'clean' | 'degraded' | 'harsh';
  file: string;
  /** Harsh only: indices into `truth` of the rows the frame cut (wholly or partly). */
  cutRows?: number[];
  truth: TruthRow[];
  ops: string[];
  lang: string;
  panel: string;
}

type Reader = (image: EvalImage) => Promise<LabObservation[]>;

interface ImageIssues {
  engine: string;
  id: string;
  set: string;
  ops: string[];
  /** Tests whose rows the frame cut (harsh photos): missing them is expected. */
  cut?: string[];
  issues: LabRowIssue[];
}

interface RunResult {
  engine: string;
  set: string;
  images: number;
  score: LabScore;
  accuracy: number;
  noTable: number;
  /** Rows cut by the frame (harsh photos), counted in `fields`: the ceiling is 1 - cutRows/fields. */
  cutRows: number;
  secondsPerImage: number;
  byOp: Record<string, { fields: number; correct: number }>;
  issues: ImageIssues[];
}

export async function run(args: string[]): Promise<void> {
  const json = args.includes('--json');
  const opt = (name: string, dflt: number) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : dflt;
  };
  const limit = opt('--limit', 100);
  const seed = opt('--seed', 4);
  const cache = args.includes('--ocr-cache');
  const di = args.indexOf('--diagnose');
  const diagnoseFile = di >= 0 ? args[di + 1] : undefined;
  const log = (s: string) => {
    if (!json) console.log(s);
  };
  const oi = args.indexOf('--only');
  const only = oi >= 0 ? args[oi + 1] : undefined;
  const withHarsh = args.includes('--harsh') || only === 'harsh';
  const images = await buildCorpus(limit, seed, log, withHarsh, only);
  const wanted = (set: EvalImage['set']) => images.filter((i) => i.set === set && (!only || only === set));
  const clean = wanted('clean');
  const degraded = wanted('degraded');
  const harsh = wanted('harsh');
  const runs: RunResult[] = [];

  const t0 = Date.now();
  const engine = await createOcrEngine();
  const initSeconds = (Date.now() - t0) / 1000;
  try {
    const yizhu = reader(engine, undefined, cache);
    runs.push(await score('yizhu', 'clean', clean, yizhu, log));
    runs.push(await score('yizhu', 'degraded', degraded, yizhu, log));
    runs.push(await score('yizhu', 'harsh', harsh, yizhu, log));
    if (!args.includes('--no-ablation'))
      runs.push(
        await score(
          'yizhu-no-preprocessing',
          'degraded',
          degraded,
          reader(engine, { straighten: false, normalise: false }, cache),
          log,
        ),
      );
  } finally {
    await engine.close();
  }
  if (!args.includes('--no-tesseract')) {
    if (await tesseractAvailable()) {
      const tess: Reader = async (img) =>
        parseRecognisedPages([await tesseractPage(await readFile(img.file))], 'eval').observations;
      runs.push(await score('tesseract', 'clean', clean, tess, log));
      runs.push(await score('tesseract', 'degraded', degraded, tess, log));
    } else
      log(
        'tesseract (chi_sim+eng) not installed: comparison skipped (apt-get install tesseract-ocr tesseract-ocr-chi-sim)',
      );
  }

  const results = runs.filter((r) => r.images > 0);
  if (diagnoseFile) {
    const all = results.flatMap((r) => r.issues);
    await writeFile(diagnoseFile, JSON.stringify(all, null, 1));
    for (const im of all)
      for (const x of im.issues.filter((i) => i.confidentlyWrong))
        console.error(
          `confidently wrong: ${im.engine} ${im.set} ${im.id} [${im.ops.join(' ')}] ${x.kind}\n  expected ${JSON.stringify(x.expected)}\n  got      ${JSON.stringify(x.got)}`,
        );
  }
  if (json) {
    const slim = results.map(({ issues: _issues, ...r }) => r);
    console.log(
      JSON.stringify(
        { seed, reports: limit, images: images.length, modelInitSeconds: initSeconds, results: slim },
        null,
        2,
      ),
    );
    return;
  }
  console.log(
    `\nlab reports: ${images.length} images (${clean.length} clean, ${degraded.length} degraded, ${harsh.length} harsh), seed ${seed}; model init ${initSeconds.toFixed(1)} s`,
  );
  console.log(
    'engine                  set        fields  correct  accuracy  missed  wrong  confidently-wrong  no-table  s/image',
  );
  for (const r of results)
    console.log(
      `${r.engine.padEnd(23)} ${r.set.padEnd(10)} ${String(r.score.fields).padStart(6)}  ${String(r.score.correct).padStart(7)}  ${(r.accuracy * 100).toFixed(1).padStart(7)}%  ${String(r.score.missed).padStart(6)}  ${String(r.score.wrong).padStart(5)}  ${String(r.score.confidentlyWrong).padStart(17)}  ${String(r.noTable).padStart(8)}  ${r.secondsPerImage.toFixed(2).padStart(7)}`,
    );
  for (const set of ['degraded', 'harsh']) {
    const r = results.find((x) => x.engine === 'yizhu' && x.set === set);
    if (!r) continue;
    console.log(`\nyizhu, ${set} set, accuracy by degradation present:`);
    for (const [op, v] of Object.entries(r.byOp).sort())
      console.log(`  ${op.padEnd(10)} ${((v.correct / v.fields) * 100).toFixed(1)}% of ${v.fields}`);
    if (r.cutRows)
      console.log(
        `  ${r.cutRows} of ${r.score.fields} rows cut by the frame (ceiling ${((1 - r.cutRows / r.score.fields) * 100).toFixed(1)}%)`,
      );
  }
}

function reader(engine: OcrEngine, options: RecogniseOptions | undefined, cache: boolean): Reader {
  const key = cache ? adapterHash(options) : '';
  return async (img) => {
    const cached = `${img.file}.ocr-${key}.json`;
    let pages: OcrPageResult[];
    if (cache && existsSync(cached)) pages = JSON.parse(await readFile(cached, 'utf8')) as OcrPageResult[];
    else {
      pages = (await engine.recognise(await readFile(img.file), options)).pages;
      if (cache) await writeFile(cached, JSON.stringify(pages));
    }
    return parseRecognisedPages(pages, 'eval').observations;
  };
}

/** Cache key: the OCR adapter's source (preprocessing included) and the options it ran with. */
function adapterHash(options: RecogniseOptions | undefined): string {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../../packages/server/src/adapters/ocr');
  const h = createHash('sha256').update(JSON.stringify(options ?? {}));
  for (const f of readdirSync(dir).sort())
    if (/\.(ts|mjs)$/.test(f) && !f.includes('.test.')) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex').slice(0, 12);
}

async function score(
  engineName: string,
  set: string,
  images: EvalImage[],
  read: Reader,
  log: (s: string) => void,
): Promise<RunResult> {
  let total = emptyScore();
  let noTable = 0;
  let cutRows = 0;
  const byOp: RunResult['byOp'] = {};
  const issues: ImageIssues[] = [];
  const t0 = Date.now();
  for (const [i, img] of images.entries()) {
    let obs: LabObservation[] = [];
    try {
      obs = await read(img);
    } catch (err) {
      if (!isYizhuError(err)) throw err;
      noTable++;
      // Counted as unread either way; anything but "no lab table found" is worth knowing about.
      if (err.message !== 'no lab table found')
        console.error(`${engineName} ${img.id}: ${err.code} ${err.message}`);
    }
    cutRows += img.cutRows?.length ?? 0;
    const s = scoreLabReport(img.truth, obs);
    total = addScore(total, s);
    const found = diagnoseLabReport(img.truth, obs);
    const cut = img.cutRows?.map((k) => img.truth[k]?.testId ?? '?');
    if (found.length)
      issues.push({
        engine: engineName,
        id: img.id,
        set,
        ops: img.ops,
        ...(cut?.length ? { cut } : {}),
        issues: found,
      });
    for (const op of img.ops.map((o) => o.replace(/-?[\d.]+(q\d+)?$/, ''))) {
      const b = (byOp[op] ??= { fields: 0, correct: 0 });
      b.fields += s.fields;
      b.correct += s.correct;
    }
    if ((i + 1) % 20 === 0) log(`  ${engineName} ${set}: ${i + 1}/${images.length}`);
  }
  const secondsPerImage = (Date.now() - t0) / 1000 / Math.max(1, images.length);
  return {
    engine: engineName,
    set,
    images: images.length,
    score: total,
    accuracy: total.correct / Math.max(1, total.fields),
    noTable,
    cutRows,
    secondsPerImage,
    byOp,
    issues,
  };
}

/** Renders (or reuses from the cache folder) the clean, degraded and (asked for) harsh image of each report. */
async function buildCorpus(
  reports: number,
  seed: number,
  log: (s: string) => void,
  withHarsh: boolean,
  only: string | undefined,
): Promise<EvalImage[]> {
  // v2: degraded photos gained perspective; bump when the generator or degradation changes.
  const dir = join(tmpdir(), 'yizhu-eval-labs', `v2-seed-${seed}`);
  await mkdir(dir, { recursive: true });
  const out: EvalImage[] = [];
  const truth = (s: ReturnType<typeof generateLabReport>) => s.tables.flat().map((r) => r.truth);
  for (let i = 0; i < reports; i++) {
    if (withHarsh) out.push(await harshImage(dir, i, seed, truth));
    if (only === 'harsh') continue;
    const cleanSpec = generateLabReport(i, seed);
    const rng = seededRng(seed * 104729 + i);
    const degSpec = generateLabReport(i, seed + 1, { truncateNames: true, inlineArrows: rng() < 0.5 });
    const cleanFile = join(dir, `${cleanSpec.id}-clean.png`);
    const degFile = join(dir, `${degSpec.id}-degraded.jpg`);
    const opsFile = `${degFile}.ops.json`;
    if (!existsSync(cleanFile)) await writeFile(cleanFile, await renderLabReport(cleanSpec));
    let ops: string[];
    if (!existsSync(degFile) || !existsSync(opsFile)) {
      const d = await degradeLabImage(await renderLabReport(degSpec), rng);
      await writeFile(degFile, d.image);
      await writeFile(opsFile, JSON.stringify(d.ops));
      ops = d.ops;
    } else ops = JSON.parse(await readFile(opsFile, 'utf8')) as string[];
    out.push({
      id: cleanSpec.id,
      set: 'clean',
      file: cleanFile,
      truth: truth(cleanSpec),
      ops: [],
      lang: cleanSpec.lang,
      panel: cleanSpec.panel,
    });
    out.push({
      id: degSpec.id,
      set: 'degraded',
      file: degFile,
      truth: truth(degSpec),
      ops,
      lang: degSpec.lang,
      panel: degSpec.panel,
    });
  }
  log(`corpus: ${out.length} images in ${dir}`);
  return out;
}

/**
 * The harsh photo of report `i`: a report of its own (seed + 5000, so no other set of any seed
 * prints it) through streams of its own, leaving the clean and degraded photos untouched.
 */
async function harshImage(
  dir: string,
  i: number,
  seed: number,
  truth: (s: ReturnType<typeof generateLabReport>) => TruthRow[],
): Promise<EvalImage> {
  const base = (seed * 104729 + i) >>> 0;
  const rng = seededRng(base ^ 0x68617273);
  const harshRng = seededRng(base ^ 0x63757276);
  const spec = generateLabReport(i, seed + 5000, { truncateNames: true, inlineArrows: rng() < 0.5 });
  const file = join(dir, `${spec.id}-harsh.jpg`);
  const sideFile = `${file}.ops.json`;
  let side: { ops: string[]; cutRows: number[] };
  if (!existsSync(file) || !existsSync(sideFile)) {
    const d = await degradeLabImage(await renderLabReport(spec), rng, {
      rng: harshRng,
      rowBoxes: labReportRowBoxes(spec),
    });
    side = { ops: d.ops, cutRows: d.cutRows ?? [] };
    await writeFile(file, d.image);
    await writeFile(sideFile, JSON.stringify(side));
  } else side = JSON.parse(await readFile(sideFile, 'utf8')) as typeof side;
  return {
    id: spec.id,
    set: 'harsh',
    file,
    truth: truth(spec),
    cutRows: side.cutRows,
    ops: side.ops,
    lang: spec.lang,
    panel: spec.panel,
  };
}
