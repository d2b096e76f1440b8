/**
 * `npm run eval -- draft [--json] [--split valid|train|zh] [--limit N] [--verbose]`: ACI-BENCH full-note ROUGE of the
 * deterministic composer (dialogue → facts → fusion → English note), plus the draft invariants
 * (sentences with evidence, numbers matched) on every case. Reads ../shared/data/aci-bench.
 * `zh`: the project's Chinese multi-source visits (zh-visits.ts) — section recall, contradictions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  extractTranscript,
  fuseVisit,
  composeDraft,
  transcriptSourceText,
  verifyDraft,
} from '../../packages/core/src/index.ts';
import type { VisitDraft } from '../../packages/core/src/index.ts';
import { rouge } from './rouge.ts';
import { runZhVisits } from './zh-visits.ts';

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, '../../../shared/data/aci-bench');

interface AciCase {
  src: string;
  tgt: string;
  file?: string;
}

/** The English note as ACI-BENCH lays it out: section header, blank line, one sentence per line. */
export function noteText(d: VisitDraft): string {
  return d.en
    .filter((s) => s.sentences.length > 0)
    .map((s) => `${s.title}\n\n${s.sentences.map((x) => x.text).join('\n')}`)
    .join('\n\n');
}

export async function run(args: string[]): Promise<void> {
  const json = args.includes('--json');
  const splitArg = args.indexOf('--split');
  const splits = splitArg >= 0 ? [args[splitArg + 1] ?? 'valid'] : ['valid', 'train', 'zh'];
  const limitArg = args.indexOf('--limit');
  const limit = limitArg >= 0 ? Number(args[limitArg + 1]) : Infinity;
  const report: Record<string, unknown> = {};
  for (const split of splits) {
    if (split === 'zh') {
      // Chinese multi-source visits (dialogue + questionnaire + lab + EMR) with planted contradictions.
      const zh = runZhVisits(args.includes('--verbose'));
      if (zh) report.zh = zh;
      continue;
    }
    const file = join(DATA, `${split}_full.json`);
    if (!existsSync(file)) {
      console.log(`draft: ${file} not found, skipping ${split}`);
      continue;
    }
    const cases = (JSON.parse(readFileSync(file, 'utf8')) as { data: AciCase[] }).data.slice(0, limit);
    const sums = { r1: 0, r2: 0, rl: 0 };
    let sentences = 0;
    let withEvidence = 0;
    let unmatched = 0;
    let violations = 0;
    const t0 = performance.now();
    for (const c of cases) {
      const tr = extractTranscript(c.src, { sourceId: 'transcript' });
      const draft = composeDraft(
        fuseVisit([{ sourceId: 'transcript', kind: 'transcript', facts: tr.facts }]),
        { transcripts: { transcript: tr.turns } },
      );
      const r = rouge(c.tgt, noteText(draft));
      sums.r1 += r.rouge1.f;
      sums.r2 += r.rouge2.f;
      sums.rl += r.rougeLsum.f;
      for (const s of [...draft.zh, ...draft.en].flatMap((x) => x.sentences)) {
        sentences++;
        if (s.evidence.length > 0 || s.doctorTyped) withEvidence++;
      }
      // As draftVisit verifies: a sentence's numbers may come from its own transcript span.
      const v = verifyDraft(draft, { sourceText: transcriptSourceText({ transcript: tr.turns }) });
      unmatched += v.filter((x) => x.kind === 'unmatched_number').length;
      violations += v.length;
    }
    const n = Math.max(1, cases.length);
    report[split] = {
      cases: cases.length,
      rouge1: +((100 * sums.r1) / n).toFixed(2),
      rouge2: +((100 * sums.r2) / n).toFixed(2),
      rougeLsum: +((100 * sums.rl) / n).toFixed(2),
      sentencesWithEvidence: sentences ? +(withEvidence / sentences).toFixed(4) : 1,
      unmatchedNumbers: unmatched,
      violations,
      msPerCase: +((performance.now() - t0) / n).toFixed(1),
    };
  }
  if (json) console.log(JSON.stringify(report, null, 2));
  else for (const [split, r] of Object.entries(report)) console.log(`draft ${split}: ${JSON.stringify(r)}`);
}
