import type { Evidence, SourceKind } from '../types/evidence.ts';
import type { Fact, FactStatus } from '../types/fact.ts';
import type { FusedFact } from './fusion-types.ts';

/** A fact together with the source it came from. */
export interface Sourced {
  fact: Fact;
  sourceId: string;
  kind: SourceKind;
}

// Whose wording and values win when sources agree on a concept: what the doctor says today, then the
// hospital's record, then a lab report, then the dialogue, then the questionnaire.
export function authority(s: Sourced): number {
  if (s.fact.speaker === 'doctor') return 5;
  if (s.kind === 'emr') return 4;
  if (s.kind === 'lab_report') return 3;
  if (s.kind === 'transcript' || s.kind === 'text') return 2;
  return 1;
}

const STATUS_RANK: Record<FactStatus, number> = {
  present: 4,
  uncertain: 3,
  historical: 2,
  family: 1,
  absent: 0,
};

// Evidence objects are shared by reference from extraction to draft and never mutated afterwards, so
// each one's key is computed once (the key is built for every sentence in every view).
const keyCache = new WeakMap<Evidence, string>();
export const evidenceKey = (e: Evidence): string => {
  let k = keyCache.get(e);
  if (k === undefined) {
    k = `${e.sourceId}\u0000${JSON.stringify(e.locator)}`;
    keyCache.set(e, k);
  }
  return k;
};

/**
 * Merge facts that agree (same concept, same polarity, same day for measures) into one fused fact.
 * All evidence is kept; confidence combines the best confidence of each distinct source as
 * independent witnesses (1 − Π(1 − c)), so agreement raises it; capped below certainty.
 */
export function mergeGroup(members: Sourced[], id: string): FusedFact {
  const ranked = [...members].sort((a, b) => authority(b) - authority(a));
  const lead = ranked[0]!;
  const merged: FusedFact = {
    ...lead.fact,
    evidence: [],
    id,
    sourceKinds: [],
    sourceIds: [],
    members: members.map((m) => m.fact),
  };
  // Missing details come from the next most authoritative source that has them.
  const fill = [
    'duration',
    'onset',
    'value',
    'unit',
    'frequency',
    'route',
    'severity',
    'bodySite',
    'laterality',
    'effective',
    'code',
  ] as const;
  for (const k of fill) {
    if (merged[k] !== undefined) continue;
    const donor = ranked.find((m) => m.fact[k] !== undefined);
    if (donor) (merged as unknown as Record<string, unknown>)[k] = donor.fact[k];
  }
  merged.status = ranked.reduce<FactStatus>(
    (s, m) => (STATUS_RANK[m.fact.status] > STATUS_RANK[s] ? m.fact.status : s),
    lead.fact.status,
  );
  const seen = new Set<string>();
  const bestBySource = new Map<string, number>();
  for (const m of members) {
    for (const e of m.fact.evidence) {
      const k = evidenceKey(e);
      if (!seen.has(k)) {
        seen.add(k);
        merged.evidence.push(e);
      }
    }
    if (!merged.sourceIds.includes(m.sourceId)) merged.sourceIds.push(m.sourceId);
    if (!merged.sourceKinds.includes(m.kind)) merged.sourceKinds.push(m.kind);
    const c = m.fact.confidence ?? 0.7;
    bestBySource.set(m.sourceId, Math.max(bestBySource.get(m.sourceId) ?? 0, c));
  }
  const miss = [...bestBySource.values()].reduce((p, c) => p * (1 - c), 1);
  merged.confidence = Math.min(0.99, Math.round((1 - miss) * 1000) / 1000);
  return merged;
}
