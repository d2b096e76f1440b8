/**
 * Ranks departments from the symptoms found and the rules that fired, and returns the top two with
 * reasons. Emergencies put the emergency department first and keep the best specialty second, so
 * the receiving team is still suggested.
 */
import type { Bilingual } from '../types/evidence.ts';
import { DEPARTMENTS, PAEDIATRIC_AGE_LIMIT_YEARS, PAEDIATRIC_FOLDED } from './departments.data.ts';
import { conceptDef } from './symptom-lexicon.ts';
import type { TriageRule } from './triage-rule.ts';
import type { DepartmentCode, DepartmentSuggestion, Disposition, Sex } from './triage-types.ts';

export interface DepartmentContext {
  present: readonly string[];
  /** Concepts stated as past history: a follow-up goes to the specialty of the past problem. */
  past?: readonly string[];
  fired: readonly TriageRule[];
  disposition: Disposition;
  ageYears?: number;
  sex?: Sex;
}

const RULE_WEIGHT = 4; // a fired rule's first department outweighs one ordinary symptom
const FEMALE_ONLY: ReadonlySet<DepartmentCode> = new Set(['obstetrics_gynaecology']);

export function recommendDepartments(ctx: DepartmentContext): DepartmentSuggestion[] {
  const score = new Map<DepartmentCode, number>();
  const why = new Map<DepartmentCode, Bilingual[]>();
  const child = ctx.ageYears !== undefined && ctx.ageYears < PAEDIATRIC_AGE_LIMIT_YEARS;
  const add = (raw: DepartmentCode, w: number, reason: Bilingual) => {
    if (ctx.sex === 'M' && FEMALE_ONLY.has(raw)) return;
    const code: DepartmentCode = child && PAEDIATRIC_FOLDED.has(raw) ? 'paediatrics' : raw;
    score.set(code, (score.get(code) ?? 0) + w);
    const list = why.get(code) ?? [];
    if (!list.some((r) => r.en === reason.en)) list.push(reason);
    why.set(code, list);
  };
  for (const id of ctx.present) {
    const def = conceptDef(id);
    if (!def?.dept) continue;
    for (const [code, w] of Object.entries(def.dept) as [DepartmentCode, number][]) {
      add(code, w, { zh: `症状：${def.label.zh}`, en: `symptom: ${def.label.en}` });
    }
  }
  // Half weight, so anything current outweighs the history ("去年心梗放过支架，想复查" → cardiology).
  for (const id of ctx.past ?? []) {
    const def = conceptDef(id);
    if (!def?.dept || def.kind !== 'symptom' || ctx.present.includes(id)) continue;
    for (const [code, w] of Object.entries(def.dept) as [DepartmentCode, number][]) {
      add(code, w / 2, { zh: `既往：${def.label.zh}`, en: `past: ${def.label.en}` });
    }
  }
  for (const rule of ctx.fired) {
    (rule.departments ?? []).forEach((code, i) =>
      add(code, RULE_WEIGHT / (i + 1), { zh: `提示：${rule.label.zh}`, en: `pattern: ${rule.label.en}` }),
    );
  }
  // A child sent home with advice comes back to paediatrics first if it is needed (round 25: a forehead
  // bump pointed to neurosurgery and general surgery only).
  if (child)
    add('paediatrics', ctx.disposition === 'self_care' ? Math.max(0, ...score.values()) + 1 : 1, {
      zh: '患者为儿童',
      en: 'the patient is a child',
    });
  const ranked = [...score.entries()]
    .filter(([code]) => code !== 'emergency')
    .sort((a, b) => b[1] - a[1])
    .map(([code]) => code);
  if (ranked.length === 0) ranked.push(child ? 'paediatrics' : 'general_internal');
  const codes: DepartmentCode[] = ctx.disposition === 'emergency' ? ['emergency', ...ranked] : ranked;
  // A second suggestion only when it means something; "general" backs up a single specialty.
  if (codes.length === 1 && codes[0] !== 'general_internal' && codes[0] !== 'paediatrics')
    codes.push('general_internal');
  return codes.slice(0, 2).map((code) => ({
    code,
    name: DEPARTMENTS[code],
    reasons:
      code === 'emergency'
        ? [{ zh: '存在需要立即处理的危险信号', en: 'a warning sign that needs care now' }]
        : (
            why.get(code) ?? [
              {
                zh: '未识别到明确的专科指向，建议先由全科评估',
                en: 'no clear specialty pointer; a general assessment first',
              },
            ]
          ).slice(0, 3),
  }));
}
