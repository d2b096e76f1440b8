/**
 * Triage: free text and/or structured answers → disposition, China four-level grade (when vital
 * signs are present), top-two departments, red flags and reasons. Pure and deterministic: the same
 * input always gives the same answer, and no output names a disease (DESIGN.md invariant 5).
 */
import type { Bilingual } from '../types/evidence.ts';
import { normaliseChineseNumbers } from './chinese-numerals.ts';
import { cnLevelFromVitals, hasAnyVital } from './cn-level-from-vitals.ts';
import { detectInputProblems } from './detect-input-problems.ts';
import { findConcepts, normaliseText } from './find-concepts.ts';
import { parseQuantities } from './parse-quantities.ts';
import { recommendDepartments } from './recommend-departments.ts';
import { RED_FLAG_RULES } from './red-flag-rules.data.ts';
import { evaluate, type RuleContext } from './rule-condition.ts';
import { DISPOSITION_ADVICE } from './safety-net-advice.data.ts';
import { SELF_CARE_RULES } from './self-care-rules.data.ts';
import { conceptDef } from './symptom-lexicon.ts';
import type { TriageRule } from './triage-rule.ts';
import {
  DISPOSITION_RANK,
  type CnTriageLevel,
  type Disposition,
  type InputFlag,
  type TriageInput,
  type TriageResult,
  type Vitals,
} from './triage-types.ts';
import { URGENT_RULES } from './urgency-rules.data.ts';

const SEVERITY_FROM_WORD = { severe: 8, moderate: 5, mild: 2 } as const;

const moreUrgent = (a: Disposition, b: Disposition): Disposition =>
  DISPOSITION_RANK[a] >= DISPOSITION_RANK[b] ? a : b;

function definedVitals(v: Vitals | undefined): Vitals {
  const out: Vitals = {};
  for (const [k, x] of Object.entries(v ?? {}))
    if (typeof x === 'number' && Number.isFinite(x)) out[k as keyof Vitals] = x;
  return out;
}

export function triage(input: TriageInput): TriageResult {
  const checked = detectInputProblems(input.text ?? '');
  const flags: InputFlag[] = [...checked.flags];
  const text = normaliseChineseNumbers(normaliseText(checked.text));
  const found = findConcepts(text);
  const q = parseQuantities(text);

  const present = new Set(found.present);
  const absent = new Set(found.absent);
  // Background (pregnancy, blood thinners, heart disease) matters even when stated as history.
  for (const id of found.historical) if (conceptDef(id)?.kind === 'context') present.add(id);
  for (const f of input.findings ?? []) {
    if (f.present) {
      present.add(f.concept);
      absent.delete(f.concept);
    } else if (present.has(f.concept) && found.present.has(f.concept)) {
      flags.push({
        code: 'contradiction',
        message: {
          zh: `回答与描述矛盾：${conceptDef(f.concept)?.label.zh ?? f.concept}（按“有”处理）`,
          en: `answer contradicts the description: ${conceptDef(f.concept)?.label.en ?? f.concept} (treated as present)`,
        },
      });
    } else absent.add(f.concept);
  }

  // "The fever has gone" turns an earlier fever into history. A mention after it ("烧退了，晚上又烧到
  // 39度") is a new episode and stays, and a structured "yes" answer is never overridden.
  const answeredPresent = new Set((input.findings ?? []).filter((f) => f.present).map((f) => f.concept));
  for (const r of found.mentions) {
    if (r.status !== 'present') continue;
    for (const gone of conceptDef(r.concept)?.resolves ?? []) {
      const laterMention = found.mentions.some(
        (m) => m.concept === gone && m.status === 'present' && m.start >= r.end,
      );
      if (!laterMention && !answeredPresent.has(gone)) present.delete(gone);
    }
  }

  let pregnant = input.pregnant === true || present.has('pregnant');
  if (pregnant && input.sex === 'M') {
    pregnant = false;
    present.delete('pregnant');
    flags.push({
      code: 'contradiction',
      message: { zh: '性别为男但提到怀孕', en: 'sex is male but pregnancy was mentioned' },
    });
  }
  for (const name of q.implausible) {
    flags.push({
      code: 'implausible_value',
      message: { zh: `数值不合理，未采用：${name}`, en: `implausible value ignored: ${name}` },
    });
  }

  const ageYears =
    input.ageMonths !== undefined
      ? input.ageMonths / 12
      : (input.ageYears ?? (q.ageMonths !== undefined ? q.ageMonths / 12 : q.ageYears));
  const vitals: Vitals = { ...definedVitals(q.vitals), ...definedVitals(input.vitals) };
  const severity =
    input.severity ?? q.severity ?? (q.severityWord ? SEVERITY_FROM_WORD[q.severityWord] : undefined);
  const symptoms = new Set([...present].filter((id) => conceptDef(id)?.kind === 'symptom'));
  const ctx: RuleContext = {
    present,
    symptoms,
    ...(ageYears !== undefined ? { ageYears } : {}),
    ...(input.sex ? { sex: input.sex } : {}),
    pregnant,
    ...(severity !== undefined ? { severity } : {}),
    ...(vitals.temperatureC !== undefined ? { temperatureC: vitals.temperatureC } : {}),
    ...((input.durationHours ?? q.durationHours) !== undefined
      ? { durationHours: input.durationHours ?? q.durationHours }
      : {}),
    vitals,
  };

  const fired: TriageRule[] = [...RED_FLAG_RULES, ...URGENT_RULES].filter((r) => evaluate(r.when, ctx));
  let disposition: Disposition = 'routine';
  for (const r of fired) disposition = moreUrgent(disposition, r.disposition);
  if (fired.length === 0) {
    const selfCare = SELF_CARE_RULES.find((r) => evaluate(r.when, ctx));
    if (selfCare) {
      fired.push(selfCare);
      disposition = 'self_care';
    }
  }

  const reasons: Bilingual[] = [];
  const emergencyRules = fired.filter((r) => r.disposition === 'emergency');
  const urgentRules = fired.filter((r) => r.disposition === 'urgent');
  const redFlags = emergencyRules.map((r) => ({ id: r.id, label: r.label }));
  for (const r of emergencyRules)
    reasons.push({ zh: `危险信号：${r.label.zh}`, en: `warning sign: ${r.label.en}` });
  // Urgent labels only matter when nothing more urgent explains the answer.
  if (emergencyRules.length === 0)
    for (const r of urgentRules)
      reasons.push({ zh: `需当日就诊：${r.label.zh}`, en: `needs care today: ${r.label.en}` });

  let level: CnTriageLevel | undefined;
  if (hasAnyVital(vitals)) {
    const grade = cnLevelFromVitals(vitals);
    const manual = fired.reduce<CnTriageLevel>(
      (l, r) => (r.cnLevel !== undefined && r.cnLevel < l ? r.cnLevel : l),
      4,
    );
    level = Math.min(grade.level, manual) as CnTriageLevel;
    if (grade.level <= 3) {
      reasons.push({
        zh: `生命体征：${grade.reasons.join('；')}（${grade.level}级）`,
        en: `vital signs: ${grade.reasons.join('; ')} (level ${grade.level})`,
      });
    }
    if (grade.level <= 2) {
      disposition = 'emergency';
      redFlags.push({
        id: 'vital_signs_danger',
        label: { zh: '生命体征处于危险范围', en: 'vital signs in the danger range' },
      });
    } else if (grade.level === 3) disposition = moreUrgent(disposition, 'urgent');
  }

  if (symptoms.size === 0 && (input.findings ?? []).length === 0) {
    flags.push({
      code: 'no_recognised_symptom',
      message: {
        zh: '未能从描述中识别出症状，请医生或护士核实',
        en: 'no symptom could be recognised; a doctor or nurse should check',
      },
    });
  }
  if (reasons.length === 0) {
    const sc = fired.find((r) => r.disposition === 'self_care');
    reasons.push(
      sc
        ? { zh: `${sc.label.zh}，未发现危险信号`, en: `${sc.label.en}, no warning signs found` }
        : {
            zh: '所述情况未发现需要当日处理的危险信号',
            en: 'no warning sign needing same-day care in what was described',
          },
    );
  }

  const departments = recommendDepartments({
    present: [...present],
    past: [...found.historical],
    fired,
    disposition,
    ...(ageYears !== undefined ? { ageYears } : {}),
    ...(input.sex ? { sex: input.sex } : {}),
  });

  return {
    disposition,
    ...(level !== undefined ? { level } : {}),
    departments,
    redFlags,
    reasons,
    advice: DISPOSITION_ADVICE[disposition],
    flags,
    findings: { present: [...present].sort(), absent: [...absent].sort() },
  };
}
