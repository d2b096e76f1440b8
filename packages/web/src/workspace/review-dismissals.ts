import type { DraftVersion, ReviewEntry } from './workspace-types.ts';

/**
 * The dismissals the review panel hides, from the resolutions stored with the draft (GET draft
 * `review`), keyed as the panel keys its items: `c:<conflict id>` and `q:<rule>:<section>:<index>`.
 * A dismissal whose item is gone from this version (fixed by an edit) stays listed under its id.
 */
export function reviewDismissals(draft: DraftVersion | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of draft?.review ?? []) {
    if (r.resolution !== 'dismissed' || !r.reason) continue;
    out[keyOf(draft!, r)] = r.reason;
  }
  return out;
}

function keyOf(draft: DraftVersion, r: ReviewEntry): string {
  const t = r.target;
  if (t?.kind === 'conflict') return `c:${t.id}`;
  const f = t?.kind === 'qc' ? draft.qc.findings[t.index] : undefined;
  return f && t?.kind === 'qc' ? `q:${f.ruleId}:${f.section ?? ''}:${t.index}` : `r:${r.id}`;
}
