/**
 * `npm run eval -- extract [--json] [--split dev|test|all] [--verbose]`: scores the clinical
 * language engine on the project's Chinese dialogues (eval/extract/cases/zh, with a held-out test
 * split) and on hand-annotated ACI-BENCH encounters (gold only; dialogue text is read from
 * ../shared/data/aci-bench and skipped with a message when absent).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractTranscript } from '../../packages/core/src/extract/index.ts';
import type { Fact } from '../../packages/core/src/index.ts';
import { figures, scoreCase, total } from './score.ts';
import type { Figures, GoldFact, Tally } from './score.ts';

const here = dirname(fileURLToPath(import.meta.url));
const ACI_DIR = join(here, '..', '..', '..', 'shared', 'data', 'aci-bench');

interface ZhCase {
  id: string;
  split: 'dev' | 'test';
  topic: string;
  turns: string[];
  gold: GoldFact[];
}
interface EnCase {
  encounterId: string;
  dataset: 'train' | 'valid';
  gold: GoldFact[];
}

function report(byKind: Map<string, Tally>): Record<string, Figures> {
  const out: Record<string, Figures> = {};
  for (const k of [...byKind.keys()].sort()) out[k] = figures(byKind.get(k)!);
  out.all = figures(total(byKind));
  return out;
}

function loadJson<T>(dir: string): T[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T);
}

function runZh(split: string, verbose: boolean): { cases: number; byKind: Record<string, Figures> } {
  const byKind = new Map<string, Tally>();
  const cases = loadJson<ZhCase>(join(here, 'cases', 'zh')).filter(
    (c) => split === 'all' || c.split === split,
  );
  for (const c of cases) {
    const r = extractTranscript(c.turns.join('\n'), { sourceId: c.id });
    const gold = c.gold.map((g) => ({
      ...g,
      turns:
        g.turns ??
        (g.ev
          ? turnsWith(
              r.turns.map((t) => t.text),
              g.ev,
            )
          : undefined),
    }));
    const before = verbose ? snapshot(byKind) : '';
    scoreCase(gold, r.facts, r.turns, byKind);
    if (verbose && snapshot(byKind) !== before) explain(c.id, gold, r.facts);
  }
  return { cases: cases.length, byKind: report(byKind) };
}

const turnsWith = (texts: string[], ev: string): number[] =>
  texts.flatMap((t, i) => (t.includes(ev) ? [i] : []));
const snapshot = (m: Map<string, Tally>): string =>
  JSON.stringify(total(m).fp + total(m).fn + total(m).statusN - total(m).statusOk);

function explain(id: string, gold: GoldFact[], facts: Fact[]): void {
  const g = gold.map((x) => `${x.kind}:${x.concept}:${x.status}`);
  const p = facts.map((f) => `${f.kind}:${f.display.en}:${f.status}`);
  console.log(
    `  ${id}\n    missing: ${g.filter((x) => !p.includes(x)).join('; ')}\n    extra:   ${p.filter((x) => !g.includes(x)).join('; ')}`,
  );
}

const EN_KINDS = new Set(['symptom', 'medication', 'allergy', 'vital']);

function runEn(verbose: boolean): { cases: number; skipped?: string; byKind: Record<string, Figures> } {
  const byKind = new Map<string, Tally>();
  const cases = loadJson<EnCase>(join(here, 'cases', 'en'));
  if (!existsSync(ACI_DIR)) return { cases: 0, skipped: `ACI-BENCH not found at ${ACI_DIR}`, byKind: {} };
  const dialogues = new Map<string, string>();
  for (const ds of ['train', 'valid']) {
    const p = join(ACI_DIR, `${ds}.json`);
    if (!existsSync(p)) continue;
    const data = JSON.parse(readFileSync(p, 'utf8')) as { data: { src: string; file: string }[] };
    for (const d of data.data) dialogues.set(d.file.split('-')[0]!, d.src);
  }
  let n = 0;
  for (const c of cases) {
    const src = dialogues.get(c.encounterId);
    if (!src) continue;
    n++;
    const r = extractTranscript(src, { sourceId: c.encounterId });
    // English gold covers symptoms, medications, allergies and vitals only (the brief's scope).
    const facts = r.facts.filter((f) => EN_KINDS.has(f.kind));
    const before = verbose ? snapshot(byKind) : '';
    scoreCase(c.gold, facts, r.turns, byKind, EN_KINDS);
    if (verbose && snapshot(byKind) !== before) explain(c.encounterId, c.gold, facts);
  }
  return { cases: n, byKind: report(byKind) };
}

function table(title: string, figs: Record<string, Figures>): void {
  console.log(`\n${title}`);
  console.log('kind          P      R      F1     status  evidence  value  n(gold)');
  for (const [k, f] of Object.entries(figs)) {
    const v = f.valueAccuracy === null ? '  -  ' : f.valueAccuracy.toFixed(2);
    console.log(
      `${k.padEnd(12)}  ${f.precision.toFixed(3)}  ${f.recall.toFixed(3)}  ${f.f1.toFixed(3)}  ${f.statusAccuracy.toFixed(3)}   ${f.evidenceAccuracy.toFixed(3)}     ${v}  ${f.tp + f.fn}`,
    );
  }
}

export async function run(args: string[]): Promise<void> {
  const json = args.includes('--json');
  const verbose = args.includes('--verbose');
  const splitArg = args.indexOf('--split');
  const split = splitArg >= 0 ? (args[splitArg + 1] ?? 'test') : undefined;
  const zhTest = runZh(split ?? 'test', verbose);
  const zhDev = split ? undefined : runZh('dev', false);
  const en = runEn(verbose);
  const result = { zh: { test: zhTest, ...(zhDev ? { dev: zhDev } : {}) }, en };
  if (json) {
    console.log(JSON.stringify(result));
    return;
  }
  table(`Chinese dialogues — ${split ?? 'test'} split (${zhTest.cases} cases)`, zhTest.byKind);
  if (zhDev) table(`Chinese dialogues — dev split (${zhDev.cases} cases)`, zhDev.byKind);
  if (en.skipped) console.log(`\nEnglish (ACI-BENCH): skipped — ${en.skipped}`);
  else table(`English ACI-BENCH dialogues (${en.cases} annotated encounters)`, en.byKind);
}
