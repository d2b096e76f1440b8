import type { Bilingual, Evidence } from '../types/evidence.ts';
import type { FusedFact } from '../fusion/fusion-types.ts';
import { fillTemplate } from '../fusion/contradiction-text.data.ts';
import { containsDiagnosisWord } from '../triage/diagnosis-words.data.ts';
import type { DraftSection, SectionId, VisitDraft } from '../record/draft-types.ts';
import { chiefComplaintLength } from '../record/compose-chief-complaint.ts';
import { ZH_TITLES } from '../record/section-layout.ts';
import type { QcRule, QcSeverity } from './qc-rules.data.ts';
import { QC_RULES } from './qc-rules.data.ts';
import { DIAGNOSIS_SUPPORT } from './diagnosis-support.data.ts';

export interface QcFinding {
  ruleId: string;
  severity: QcSeverity;
  section?: SectionId;
  message: Bilingual;
  evidence: Evidence[];
  /** A question the doctor can still ask before the patient leaves. */
  gapQuestion?: Bilingual;
  deduction: number;
}

export interface QcPatient {
  gender?: 'male' | 'female' | 'other' | 'unknown';
  birthDate?: string;
}

export interface QcReport {
  findings: QcFinding[];
  /** 100 minus the scoring sheet's deductions (a guide, not a grade). */
  score: number;
}

export interface QcOptions {
  patient?: QcPatient;
  rules?: readonly QcRule[];
}

/** Record QC over a draft (the Chinese record is the one that is signed). Rules: qc-rules.data.ts. */
export function runQc(draft: VisitDraft, opts: QcOptions = {}): QcReport {
  const rules = opts.rules ?? QC_RULES;
  const findings: QcFinding[] = [];
  const sec = (id: SectionId): DraftSection | undefined => draft.zh.find((s) => s.id === id);
  const sentences = (id: SectionId) => sec(id)?.sentences ?? [];
  const text = (id: SectionId) =>
    sentences(id)
      .map((s) => s.text)
      .join('');
  const factById = new Map(draft.facts.map((f) => [f.id, f]));
  const factsOf = (id: SectionId): FusedFact[] =>
    sentences(id).flatMap((s) => s.factIds.map((x) => factById.get(x)!).filter(Boolean));
  const evidenceOf = (id: SectionId): Evidence[] => sentences(id).flatMap((s) => s.evidence);

  for (const rule of rules) {
    const emit = (
      vars: Record<string, string> = {},
      evidence: Evidence[] = [],
      severity: QcSeverity = rule.severity,
      gap?: Bilingual,
    ) => {
      const f: QcFinding = {
        ruleId: rule.id,
        severity,
        message: {
          zh: fillTemplate(rule.message.zh, vars),
          en: fillTemplate(rule.message.en, vars.en_name ? { ...vars, name: vars.en_name } : vars),
        },
        evidence,
        deduction: rule.deduction ?? 0,
      };
      if (rule.section) f.section = rule.section;
      const g = gap ?? rule.gapQuestion;
      if (g)
        f.gapQuestion = {
          zh: fillTemplate(g.zh, vars),
          en: fillTemplate(g.en, vars.en_name ? { ...vars, name: vars.en_name } : vars),
        };
      findings.push(f);
    };

    switch (rule.check) {
      case 'sections_present': {
        const required = ((rule.params?.[draft.visitType] as SectionId[] | undefined) ?? []).filter(
          (id) => sec(id) && sentences(id).length === 0,
        );
        if (required.length > 0) {
          const zh = required
            .map((id) => (id === 'hpi' && draft.visitType === 'followup' ? '病史' : ZH_TITLES[id]))
            .join('、');
          emit({ sections: zh });
          findings[findings.length - 1]!.message.en = fillTemplate(rule.message.en, {
            sections: required.join(', '),
          });
        }
        break;
      }
      case 'visit_date':
        if (!draft.visitDate) emit();
        break;
      case 'chief_complaint_present':
        if (sentences('chief_complaint').length === 0) emit();
        break;
      case 'chief_complaint_duration':
        for (const f of factsOf('chief_complaint').filter((f) => !f.duration))
          emit({ name: f.display.zh, en_name: f.display.en.toLowerCase() }, f.evidence);
        break;
      case 'chief_complaint_length': {
        const max = Number(rule.params?.maxChars ?? 20);
        for (const s of sentences('chief_complaint'))
          if (chiefComplaintLength(s.text) > max)
            emit({ n: String(chiefComplaintLength(s.text)) }, s.evidence);
        break;
      }
      case 'chief_complaint_not_diagnosis': {
        const dxNames = draft.facts
          .filter((f) => f.kind === 'condition' || f.kind === 'diagnosis')
          .map((f) => f.display.zh);
        for (const s of sentences('chief_complaint')) {
          const w = containsDiagnosisWord(s.text) ?? dxNames.find((n) => n.length > 1 && s.text.includes(n));
          if (w) emit({ name: w }, s.evidence);
        }
        break;
      }
      case 'chief_complaint_in_hpi': {
        const hpiIds = new Set(sentences('hpi').flatMap((s) => s.factIds));
        for (const f of factsOf('chief_complaint').filter((f) => !hpiIds.has(f.id)))
          emit({ name: f.display.zh, en_name: f.display.en.toLowerCase() }, f.evidence);
        break;
      }
      case 'allergy_recorded':
        if (sentences('allergy').length === 0) emit();
        break;
      case 'diagnosis_present':
        if (sentences('diagnosis').length === 0) emit();
        break;
      case 'diagnosis_supported':
        checkSupport(draft, factsOf('diagnosis'), (name, needs, ev) =>
          emit(
            { name: name.zh, en_name: name.en, needs: needs.zh },
            ev,
            rule.severity,
            rule.gapQuestion && {
              zh: fillTemplate(rule.gapQuestion.zh, { needs: needs.zh }),
              en: fillTemplate(rule.gapQuestion.en, { needs: needs.en }),
            },
          ),
        );
        break;
      case 'medication_dose_frequency':
        for (const f of factsOf('plan').filter((f) => f.kind === 'medication')) {
          const missing: Bilingual[] = [];
          if (f.value === undefined) missing.push({ zh: '剂量', en: 'a dose' });
          if (!f.frequency) missing.push({ zh: '用药频次', en: 'a frequency' });
          if (missing.length > 0) {
            emit(
              { name: f.display.zh, en_name: f.display.en, missing: missing.map((m) => m.zh).join('和') },
              f.evidence,
            );
            findings[findings.length - 1]!.message.en = fillTemplate(rule.message.en, {
              name: f.display.en,
              missing: missing.map((m) => m.en).join(' and '),
            });
          }
        }
        break;
      case 'followup_advice': {
        const re = new RegExp(String(rule.params?.pattern ?? '复诊'), 'i');
        if (sentences('plan').length > 0 && !re.test(text('plan'))) emit({}, evidenceOf('plan'));
        break;
      }
      case 'menstrual_history': {
        const age = ageAt(opts.patient?.birthDate, draft.visitDate);
        const min = Number(rule.params?.minAge ?? 14);
        const max = Number(rule.params?.maxAge ?? 50);
        const all = draft.zh.map((s) => s.sentences.map((x) => x.text).join('')).join('');
        if (
          opts.patient?.gender === 'female' &&
          age !== undefined &&
          age >= min &&
          age <= max &&
          !/月经|末次|LMP|绝经|妊娠|怀孕/.test(all)
        )
          emit();
        break;
      }
      case 'vitals_recorded':
        if (sec('exam') && !factsOf('exam').some((f) => f.kind === 'vital')) emit();
        break;
      case 'contradictions_resolved':
        for (const c of draft.contradictions) {
          const sev: QcSeverity =
            c.severity === 'high' ? 'error' : c.severity === 'medium' ? 'warning' : 'info';
          emit({ explanation: c.explanation.zh }, c.evidence, sev, c.question);
          findings[findings.length - 1]!.message.en = fillTemplate(rule.message.en, {
            explanation: c.explanation.en,
          });
        }
        break;
    }
  }
  const score = Math.max(0, 100 - findings.reduce((s, f) => s + f.deduction, 0));
  return { findings, score };
}

function checkSupport(
  draft: VisitDraft,
  diagnoses: FusedFact[],
  emit: (name: Bilingual, needs: Bilingual, ev: Evidence[]) => void,
): void {
  const dxIds = new Set(diagnoses.map((f) => f.id));
  // Only what the record states counts as support; facts sitting outside the record do not.
  const stated = new Set(
    draft.zh.filter((s) => s.id !== 'diagnosis').flatMap((s) => s.sentences.flatMap((x) => x.factIds)),
  );
  const support = draft.facts.filter((f) => stated.has(f.id) && !dxIds.has(f.id) && f.status !== 'absent');
  const tags = new Set<string>();
  for (const f of support) {
    tags.add(`kind:${f.kind}`);
    if (f.code?.system.includes('loinc')) tags.add(`loinc:${f.code.code}`);
    if (f.code?.system.includes('icd-10')) {
      tags.add(`icd:${f.code.code}`);
      tags.add(`icd:${f.code.code.slice(0, 3)}`);
      tags.add(`icd:${f.code.code.slice(0, 1)}`);
    }
  }
  for (const dx of diagnoses) {
    const code = dx.code?.system.includes('icd-10') ? dx.code.code : undefined;
    const rule = code ? DIAGNOSIS_SUPPORT.find((r) => code.startsWith(r.icdPrefix)) : undefined;
    if (rule) {
      if (!rule.anyOf.some((t) => tags.has(t))) emit(dx.display, rule.needs, dx.evidence);
    } else if (!['symptom', 'finding', 'lab', 'vital'].some((k) => tags.has(`kind:${k}`))) {
      emit(dx.display, { zh: '症状、体征或检查结果', en: 'symptoms, signs or results' }, dx.evidence);
    }
  }
}

function ageAt(birthDate: string | undefined, on: string | undefined): number | undefined {
  if (!birthDate || !on) return undefined;
  const b = /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate);
  const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(on);
  if (!b || !d) return undefined;
  let age = Number(d[1]) - Number(b[1]);
  if (Number(d[2]) * 100 + Number(d[3]) < Number(b[2]) * 100 + Number(b[3])) age--;
  return age;
}
