import type { FusedFact } from '../fusion/fusion-types.ts';
import { durationDays } from '../fusion/fact-keys.ts';
import { CONFLICT_MARK, type Statement } from './statement.ts';
import { durationText, enCap, joinNames, nameWithSite } from './describe-fact.ts';

/** 《病历书写基本规范》 and local QC: 主诉 ≤ 20 characters (anchors.md §5.1). */
export const CHIEF_COMPLAINT_MAX_CHARS = 20;

/** Characters counted for the 20-character rule: the text without its final full stop. */
// The 20-character rule is about what the complaint says: the review flag a contradiction adds to
// the sentence (CONFLICT_MARK) is not counted.
export const chiefComplaintLength = (text: string): number =>
  [
    ...text
      .replace(/[。.]$/, '')
      .replace(CONFLICT_MARK.zh, '')
      .replace(CONFLICT_MARK.en, ''),
  ].length;

/**
 * 主诉 = the main symptom(s) + duration, never a diagnosis: built only from symptom facts the patient
 * reported. Symptoms with a duration come first (longest first: the one that brought the patient);
 * symptoms sharing a duration are joined (咳嗽、发热1周); trailing ones are dropped to fit 20 characters.
 */
export function composeChiefComplaint(facts: readonly FusedFact[]): Statement | undefined {
  const candidates = facts
    .filter((f) => f.kind === 'symptom' && f.status === 'present')
    .map((f, i) => ({ f, i, d: durationDays(f.duration) ?? -1, n: f.sourceIds.length }))
    .sort((a, b) => b.d - a.d || b.n - a.n || a.i - b.i)
    .map((x) => x.f);
  if (candidates.length === 0) return undefined;
  for (let k = Math.min(3, candidates.length); k >= 1; k--) {
    const chosen = candidates.slice(0, k);
    const s = render(chosen);
    if (chiefComplaintLength(s.zh!) <= CHIEF_COMPLAINT_MAX_CHARS || k === 1) return s;
  }
  return undefined;
}

function render(chosen: FusedFact[]): Statement {
  // Group consecutive symptoms that share a duration: "咳嗽、咳痰1周，发热3天".
  const parts: { names: FusedFact[]; duration?: string }[] = [];
  for (const f of chosen) {
    const last = parts[parts.length - 1];
    if (last && last.duration === f.duration) last.names.push(f);
    else parts.push(f.duration ? { names: [f], duration: f.duration } : { names: [f] });
  }
  const zh = parts
    .map((p) => `${joinNames(p.names.map(nameWithSite)).zh}${durationText(p.duration)?.zh ?? ''}`)
    .join('，');
  const en = parts
    .map((p) => {
      const d = durationText(p.duration);
      return `${joinNames(p.names.map(nameWithSite)).en}${d ? ` for ${d.en}` : ''}`;
    })
    .join('; ');
  return { section: 'chief_complaint', zh: `${zh}。`, en: `${enCap(en)}.`, facts: chosen };
}
