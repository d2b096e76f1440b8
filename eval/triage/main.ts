/**
 * `npm run eval -- triage [--json] [--verbose]`: runs the triage core over the development and the
 * held-out test vignettes and reports, per split and language, exact accuracy, per-level accuracy,
 * safety, emergency recall with the count of under-triaged emergencies, over-triage rate and
 * department top-1/top-2 accuracy. `--verbose` lists misses of the dev, dev2 … dev48 splits
 * only: the test splits are not for tuning.
 */
import { performance } from 'node:perf_hooks';
import { triage } from '../../packages/core/src/index.ts';
import { loadVignettes, type Vignette } from './load-vignettes.ts';
import { scoreTriage, type Outcome, type Scores } from './score-triage.ts';

function runOne(v: Vignette): Outcome & { ms: number } {
  const t0 = performance.now();
  const r = triage({
    text: v.text,
    ...(v.ageYears !== undefined ? { ageYears: v.ageYears } : {}),
    ...(v.ageMonths !== undefined ? { ageMonths: v.ageMonths } : {}),
    ...(v.sex ? { sex: v.sex } : {}),
    ...(v.vitals ? { vitals: v.vitals } : {}),
  });
  return {
    id: v.id,
    gold: v.gold,
    predicted: r.disposition,
    departments: r.departments.map((d) => d.code),
    ...(v.trap ? { trap: true } : {}),
    ms: performance.now() - t0,
  };
}

const fmt = (s: Scores) =>
  `n=${s.n} exact=${s.exact}% safety=${s.safety}% emergencyRecall=${s.emergencyRecall ?? '-'}% underTriagedEmergencies=${s.underTriagedEmergencies} overTriage=${s.overTriage}% underTriage=${s.underTriage}% deptTop1=${s.deptTop1}% deptTop2=${s.deptTop2}% traps=${s.trapsCaught}\n    per level: ${Object.entries(
    s.perLevel,
  )
    .map(([k, x]) => `${k} ${x.correct}/${x.n}`)
    .join(', ')}`;

export async function run(args: string[]): Promise<void> {
  const json = args.includes('--json');
  const verbose = args.includes('--verbose');
  const { vignettes, skipped } = loadVignettes();
  if (skipped && !json) console.log(`note: ${skipped}`);
  const results = vignettes.map((v) => ({ v, o: runOne(v) }));
  const report: Record<string, Scores> = {};
  for (const split of [
    'dev',
    'dev2',
    'dev3',
    'dev4',
    'dev5',
    'dev6',
    'dev7',
    'dev8',
    'dev9',
    'dev10',
    'dev11',
    'dev12',
    'dev13',
    'dev14',
    'dev15',
    'dev16',
    'dev17',
    'dev18',
    'dev19',
    'dev20',
    'dev21',
    'dev22',
    'dev23',
    'dev24',
    'dev25',
    'dev26',
    'dev27',
    'dev28',
    'dev29',
    'dev30',
    'dev31',
    'dev32',
    'dev33',
    'dev34',
    'dev35',
    'dev36',
    'dev37',
    'dev38',
    'dev39',
    'dev40',
    'dev41',
    'dev42',
    'dev43',
    'dev44',
    'dev45',
    'dev46',
    'dev47',
    'dev48',
    'test',
    'test2',
  ] as const) {
    for (const lang of ['all', 'zh', 'en'] as const) {
      const rows = results
        .filter(({ v }) => v.split === split && (lang === 'all' || v.lang === lang))
        .map(({ o }) => o);
      report[`${split}/${lang}`] = scoreTriage(rows);
    }
    const derived = results.filter(({ v }) => v.split === split && v.source === 'hammoud');
    if (derived.length) report[`${split}/en-derived`] = scoreTriage(derived.map(({ o }) => o));
  }
  const ms = results.map(({ o }) => o.ms).sort((a, b) => a - b);
  const timing = {
    meanMs: ms.reduce((a, b) => a + b, 0) / Math.max(ms.length, 1),
    p95Ms: ms[Math.floor(ms.length * 0.95)] ?? 0,
  };
  if (json) {
    console.log(
      JSON.stringify({ suite: 'triage', skipped, total: vignettes.length, report, timing }, null, 2),
    );
    return;
  }
  console.log(
    `triage eval: ${vignettes.length} vignettes (targets: emergency recall 100%, safety ≥ 97%, exact ≥ 80%, dept top-2 ≥ 90%)`,
  );
  for (const [k, s] of Object.entries(report)) console.log(`  ${k.padEnd(16)} ${fmt(s)}`);
  console.log(
    `  timing: mean ${timing.meanMs.toFixed(2)} ms, p95 ${timing.p95Ms.toFixed(2)} ms per vignette`,
  );
  if (verbose) {
    for (const { v, o } of results) {
      if (v.split.startsWith('test')) continue;
      const deptMiss = !o.departments.slice(0, 2).includes(v.gold.department);
      if (o.predicted !== v.gold.disposition || deptMiss) {
        console.log(
          `  miss ${v.id}: gold ${v.gold.disposition}/${v.gold.department} got ${o.predicted}/${o.departments.join(',')} :: ${v.text.slice(0, 110)}`,
        );
      }
    }
  }
}
