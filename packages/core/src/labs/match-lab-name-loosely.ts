import { normaliseTestName } from './lab-lexicon.ts';
import type { LabTestDef } from './lab-tests-data.ts';
import { weightedEditCost } from './match-lab-name.ts';

/** At most this share of an alias's glyphs may be edited in a loose match. */
const MAX_EDIT_SHARE = 0.45;
/** The best test must beat the runner-up by this many edits, or the name stays unknown. */
const MARGIN = 1;

/**
 * A test name too garbled for `matchLabName` ("墙城性粒脂附百分比" on a blurred, faint photo) against a
 * short list: the tests of the table's panel that no other row was read as, whose unit and value kind
 * fit. With that few candidates a looser edit distance still separates them; the match is accepted
 * only when one test is clearly nearest. The caller shows it below the review threshold.
 */
export function matchLabNameLoosely(raw: string, pool: readonly LabTestDef[]): LabTestDef | undefined {
  const name = normaliseTestName(raw);
  const n = Array.from(name).length;
  if (n < 3) return undefined;
  const ranked = pool
    .map((test) => {
      let best = Infinity;
      for (const alias of [test.zh, test.en, ...test.aliases]) {
        const a = normaliseTestName(alias);
        const len = Array.from(a).length;
        if (!a || len < 3) continue;
        const { cost } = weightedEditCost(name, a);
        if (cost <= MAX_EDIT_SHARE * len) best = Math.min(best, cost);
      }
      return { test, cost: best };
    })
    .filter((r) => Number.isFinite(r.cost))
    .sort((a, b) => a.cost - b.cost);
  const [first, second] = ranked;
  if (!first || (second && second.cost - first.cost < MARGIN)) return undefined;
  return first.test;
}
