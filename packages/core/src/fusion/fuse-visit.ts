import type { SourceKind } from '../types/evidence.ts';
import { conceptKeys, dayOf, kindFamily, sameValue } from './fact-keys.ts';
import type { FusedFact, FusionResult, SourceSummary, VisitSource } from './fusion-types.ts';
import type { Sourced } from './merge-group.ts';
import { mergeGroup } from './merge-group.ts';
import { detectContradictions } from './detect-contradictions.ts';

export interface FuseOptions {
  /** Day of the visit (YYYY-MM-DD): undated vitals said in the room belong to it. */
  visitDate?: string;
}

/** The four sources a full visit has; the draft names those that were not given. */
export const EXPECTED_SOURCES: readonly SourceKind[] = ['questionnaire', 'transcript', 'lab_report', 'emr'];

/**
 * Merge facts about the same thing across a visit's sources and cross-check them. Facts merge when
 * they share a concept key and polarity (and, for labs and vitals, the day and the value); all
 * evidence is kept. Disagreements become contradictions, never silent choices.
 */
export function fuseVisit(sources: readonly VisitSource[], opts: FuseOptions = {}): FusionResult {
  const all: Sourced[] = sources.flatMap((s) =>
    s.facts.map((fact) => ({ fact, sourceId: s.sourceId, kind: s.kind })),
  );
  const summaries: SourceSummary[] = sources.map((s) => ({
    sourceId: s.sourceId,
    kind: s.kind,
    factCount: s.facts.length,
  }));
  const given = new Set(sources.map((s) => s.kind));

  const groups = groupByConcept(all);
  const facts: FusedFact[] = [];
  const subgroups: Sourced[][][] = [];
  for (const g of groups) {
    const subs =
      kindFamily(g[0]!.fact.kind) === 'measure' ? splitMeasures(g, opts.visitDate) : splitPolarity(g);
    subgroups.push(subs);
    for (const s of subs) facts.push(mergeGroup(s, `f${facts.length + 1}`));
  }
  return {
    facts,
    contradictions: detectContradictions(subgroups, {
      emrGiven: given.has('emr'),
      visitGiven: given.has('transcript') || given.has('questionnaire'),
      visitDate: opts.visitDate,
    }),
    sources: summaries,
    missingSources: EXPECTED_SOURCES.filter((k) => !given.has(k)),
    emptySources: summaries.filter((s) => s.factCount === 0),
  };
}

/** Union-find over shared concept keys: facts that share any key describe the same concept. */
function groupByConcept(all: Sourced[]): Sourced[][] {
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const owner = new Map<string, number>();
  all.forEach((s, i) => {
    for (const k of conceptKeys(s.fact)) {
      const o = owner.get(k);
      if (o === undefined) owner.set(k, i);
      else parent[find(i)] = find(o);
    }
  });
  const out = new Map<number, Sourced[]>();
  all.forEach((s, i) => {
    const r = find(i);
    const list = out.get(r);
    if (list) list.push(s);
    else out.set(r, [s]);
  });
  return [...out.values()];
}

// Family history of a disease and the patient's own disease are different facts; so are denials.
function splitPolarity(g: Sourced[]): Sourced[][] {
  const by = new Map<string, Sourced[]>();
  for (const s of g) {
    const p = s.fact.status === 'absent' ? 'absent' : s.fact.status === 'family' ? 'family' : 'positive';
    const list = by.get(p);
    if (list) list.push(s);
    else by.set(p, [s]);
  }
  return [...by.values()];
}

/** Labs and vitals merge only on the same day with the same value; anything else stays separate. */
function splitMeasures(g: Sourced[], visitDate: string | undefined): Sourced[][] {
  const out: Sourced[][] = [];
  const dayKey = (s: Sourced) =>
    dayOf(s.fact.effective) ??
    (s.kind === 'transcript' || s.kind === 'questionnaire' || s.kind === 'text'
      ? (visitDate ?? 'visit')
      : `undated:${s.sourceId}`);
  for (const s of g) {
    const hit = out.find((c) => dayKey(c[0]!) === dayKey(s) && sameValue(c[0]!.fact, s.fact) === true);
    if (hit) hit.push(s);
    else out.push([s]);
  }
  return out;
}
