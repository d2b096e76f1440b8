import type { FusedFact } from '../fusion/fusion-types.ts';
import type { Bilingual } from '../types/evidence.ts';
import { enLower, joinNames, nameWithSite, valueText } from './describe-fact.ts';
import type { Statement } from './statement.ts';

/** Facts that only follow-up check-ins state (nothing said or recorded at this visit repeats them). */
export const onlyFromFollowup = (f: FusedFact): boolean =>
  f.sourceKinds.length > 0 && f.sourceKinds.every((k) => k === 'followup');

const BP_LOINC = '85354-9';

const dated = (f: FusedFact): Bilingual => {
  const d = f.onset && /^\d{4}-\d{2}-\d{2}$/.test(f.onset) ? f.onset : undefined;
  return d ? { zh: `（${d}）`, en: ` (${d})` } : { zh: '', en: '' };
};

/**
 * The "since last visit" (随访以来) statements: what the patient's follow-up check-ins reported
 * between the last visit and this one (core followup summariseSinceLastVisit makes the facts). They
 * open the history section — the usual first lines of a 复诊 病史 — and each carries the check-ins
 * it rests on as evidence. Readings keep their own dates, so no sentence pretends they were taken
 * today. Facts that another source of this visit also states are left to the ordinary composer.
 */
export function composeSinceLastVisit(facts: readonly FusedFact[]): {
  statements: Statement[];
  rest: FusedFact[];
} {
  const mine = facts.filter(onlyFromFollowup);
  const rest = facts.filter((f) => !onlyFromFollowup(f));
  const statements: Statement[] = [];
  // Blood pressure, then glucose, then the rest (heart rate, weight): the order a doctor scans them.
  const rank = (f: FusedFact) => (f.code?.code === BP_LOINC ? 0 : f.kind === 'lab' ? 1 : 2);
  const readings = mine
    .filter((f) => (f.kind === 'vital' || f.kind === 'lab') && f.value !== undefined)
    .sort((a, b) => rank(a) - rank(b));
  if (readings.length > 0) {
    const parts = readings.map((f) => {
      const v = valueText(f)!;
      const d = dated(f);
      return { zh: `${f.display.zh}${v.zh}${d.zh}`, en: `${enLower(f.display.en)} ${v.en}${d.en}` };
    });
    statements.push({
      section: 'hpi',
      zh: `随访以来：${parts.map((p) => p.zh).join('，')}。`,
      en: `Since the last visit (follow-up records): ${parts.map((p) => p.en).join('; ')}.`,
      facts: readings,
    });
  }
  const symptoms = mine.filter((f) => f.kind === 'symptom' && f.status === 'present');
  if (symptoms.length > 0) {
    const names = joinNames(symptoms.map(nameWithSite));
    statements.push({
      section: 'hpi',
      zh: `随访期间自述${names.zh}。`,
      en: `Since the last visit, the patient reported ${names.en} at follow-up check-ins.`,
      facts: symptoms,
    });
  }
  // Adherence and side effects: the summary's display already says what was answered.
  for (const f of mine.filter((f) => f.kind === 'medication' || f.kind === 'finding')) {
    const d = dated(f);
    statements.push({
      section: 'hpi',
      zh: `随访期间${f.display.zh}${d.zh}。`,
      en: `At follow-up check-ins, ${enLower(f.display.en)}${d.en}.`,
      facts: [f],
    });
  }
  // Anything else a follow-up source states stays with the ordinary composer: never dropped.
  const used = new Set(statements.flatMap((s) => s.facts));
  return { statements, rest: [...rest, ...mine.filter((f) => !used.has(f))] };
}
