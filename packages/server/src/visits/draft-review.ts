import { createHash } from 'node:crypto';
import type { Contradiction, QcFinding } from '@yizhu/core';
import type { Executor } from '../db/executor.ts';
import type { DraftContent } from '../routes/draft-routes.ts';

export type ReviewTarget = { kind: 'conflict'; id: string } | { kind: 'qc'; index: number };

/** One resolution as the API shows it; `target` locates the item in the version shown (null: gone). */
export interface ReviewEntry {
  id: string;
  item: 'conflict' | 'qc';
  fingerprint: string;
  label: { zh: string; en: string };
  resolution: 'side_taken' | 'dismissed';
  sideIndex: number | null;
  reason: string | null;
  draftVersion: number;
  by: string;
  byName: string;
  at: string;
  target: ReviewTarget | null;
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 32);
const evidenceKeys = (ev: readonly { sourceId: string; locator: unknown }[]) =>
  ev.map((e) => `${e.sourceId}|${JSON.stringify(e.locator)}`).sort();

// What an item is, independent of where it sits: the same conflict or finding in a later version
// (after an edit re-ran QC, or a regeneration renumbered conflicts) has the same fingerprint.
export const conflictFingerprint = (c: Contradiction) =>
  `c:${hash(JSON.stringify([c.type, evidenceKeys(c.evidence)]))}`;
export const qcFingerprint = (f: QcFinding) =>
  `q:${hash(JSON.stringify([f.ruleId, f.section ?? null, f.message.en, evidenceKeys(f.evidence ?? [])]))}`;

/** The item a target names in a stored draft, with its fingerprint and label; undefined if absent. */
export function resolveTarget(content: DraftContent, target: ReviewTarget) {
  if (target.kind === 'conflict') {
    const c = content.draft.contradictions.find((x) => x.id === target.id);
    return c && { item: 'conflict' as const, fingerprint: conflictFingerprint(c), label: c.explanation, c };
  }
  const f = content.qc.findings[target.index];
  return f && { item: 'qc' as const, fingerprint: qcFingerprint(f), label: f.message, c: undefined };
}

/** Where each fingerprint sits in this version. */
function targetsOf(content: DraftContent): Map<string, ReviewTarget> {
  const out = new Map<string, ReviewTarget>();
  for (const c of content.draft.contradictions)
    out.set(conflictFingerprint(c), { kind: 'conflict', id: c.id });
  content.qc.findings.forEach((f, index) => {
    const fp = qcFingerprint(f);
    if (!out.has(fp)) out.set(fp, { kind: 'qc', index });
  });
  return out;
}

/** Every resolution of the visit, oldest first, located in the given draft version. */
export async function loadReview(
  db: Executor,
  encounterId: string,
  content: DraftContent,
): Promise<ReviewEntry[]> {
  const rows = await db
    .selectFrom('draft_reviews as r')
    .innerJoin('drafts as d', 'd.id', 'r.draft_id')
    .innerJoin('users as u', 'u.id', 'r.created_by')
    .select([
      'r.id',
      'r.item',
      'r.fingerprint',
      'r.label',
      'r.resolution',
      'r.side_index',
      'r.reason',
      'r.created_by',
      'r.created_at',
      'd.version',
      'u.display_name',
    ])
    .where('r.encounter_id', '=', encounterId)
    .orderBy('r.seq')
    .execute();
  const at = targetsOf(content);
  return rows.map((r) => ({
    id: r.id,
    item: r.item,
    fingerprint: r.fingerprint,
    label: r.label,
    resolution: r.resolution,
    sideIndex: r.side_index,
    reason: r.reason,
    draftVersion: r.version,
    by: r.created_by,
    byName: r.display_name,
    at: new Date(r.created_at).toISOString(),
    target: at.get(r.fingerprint) ?? null,
  }));
}
