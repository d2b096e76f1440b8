import { describe, expect, it } from 'vitest';
import { fuseVisit } from '../fusion/fuse-visit.ts';
import type { VisitSource } from '../fusion/fusion-types.ts';
import { tf } from '../fusion/test-facts.ts';
import { composeDraft } from '../record/compose-draft.ts';
import type { ComposeOptions } from '../record/compose-draft.ts';
import { runQc } from './run-qc.ts';
import { QC_RULES } from './qc-rules.data.ts';

const icd = (code: string) => ({ system: 'http://hl7.org/fhir/sid/icd-10', code });
const loinc = (code: string) => ({ system: 'http://loinc.org', code });
const t = (...facts: VisitSource['facts']): VisitSource => ({ sourceId: 't1', kind: 'transcript', facts });
const ids = (r: ReturnType<typeof runQc>) => r.findings.map((f) => f.ruleId);

const complete = () => [
  tf('t1', 'symptom', '头痛', 'Headache', { code: icd('R51'), duration: 'P3D', speaker: 'patient' }),
  tf('t1', 'allergy', '药物过敏', 'Drug allergy', { status: 'absent', speaker: 'patient' }),
  tf('t1', 'condition', '糖尿病', 'Diabetes', { code: icd('E11'), status: 'absent', speaker: 'patient' }),
  tf('t1', 'vital', '血压', 'Blood pressure', {
    code: loinc('85354-9'),
    value: '160/100',
    unit: 'mm[Hg]',
    speaker: 'doctor',
  }),
  tf('t1', 'condition', '高血压', 'Hypertension', { code: icd('I10'), speaker: 'doctor' }),
  tf('t1', 'medication', '氨氯地平', 'Amlodipine', {
    value: 5,
    unit: 'mg',
    frequency: 'QD',
    speaker: 'doctor',
  }),
  tf('t1', 'plan', '2周后复诊', 'Follow up in 2 weeks', { speaker: 'doctor' }),
];
const qc = (facts: VisitSource['facts'], opts: ComposeOptions = { visitDate: '2024-06-03' }, patient = {}) =>
  runQc(composeDraft(fuseVisit([t(...facts)]), opts), { patient });

describe('runQc', () => {
  it('every rule names its source', () => {
    for (const r of QC_RULES) expect(r.source.length).toBeGreaterThan(3);
    expect(new Set(QC_RULES.map((r) => r.id)).size).toBe(QC_RULES.length);
  });

  it('a complete first-visit record passes', () => {
    const r = qc(complete());
    expect(ids(r)).toEqual([]);
    expect(r.score).toBe(100);
  });

  it('flags missing sections, chief complaint, allergy history and diagnosis with gap questions', () => {
    const r = qc([], {});
    expect(ids(r)).toEqual(
      expect.arrayContaining(['QC-SEC-01', 'QC-GEN-01', 'QC-CC-01', 'QC-ALG-01', 'QC-DX-01']),
    );
    const alg = r.findings.find((f) => f.ruleId === 'QC-ALG-01')!;
    expect(alg.gapQuestion!.zh).toContain('过敏');
    expect(r.findings.find((f) => f.ruleId === 'QC-SEC-01')!.message.zh).toContain('主诉');
    expect(r.score).toBeLessThan(100);
  });

  it('chief complaint without duration', () => {
    const facts = complete();
    delete facts[0]!.duration;
    const f = qc(facts).findings.find((x) => x.ruleId === 'QC-CC-02')!;
    expect(f.gapQuestion!.zh).toBe('头痛有多长时间了？');
    expect(f.evidence.length).toBeGreaterThan(0);
  });

  it('medication without dose or frequency, and no follow-up advice', () => {
    const facts = complete().filter((f) => f.kind !== 'plan');
    delete facts[5]!.frequency;
    const r = qc(facts);
    expect(ids(r)).toEqual(expect.arrayContaining(['QC-RX-01', 'QC-PLAN-01']));
    expect(r.findings.find((f) => f.ruleId === 'QC-RX-01')!.message.zh).toBe('药物“氨氯地平”缺少用药频次。');
  });

  it('diagnosis not supported by findings (hypertension without a BP reading)', () => {
    const facts = complete().filter((f) => f.kind !== 'vital');
    const f = qc(facts).findings.find((x) => x.ruleId === 'QC-DX-02')!;
    expect(f.message.zh).toContain('血压测量值');
    expect(ids(qc(facts))).toContain('QC-PE-01');
  });

  it('menstrual history for a woman of child-bearing age', () => {
    expect(
      ids(qc(complete(), { visitDate: '2024-06-03' }, { gender: 'female', birthDate: '1990-01-01' })),
    ).toEqual(['QC-HX-01']);
    expect(
      ids(qc(complete(), { visitDate: '2024-06-03' }, { gender: 'female', birthDate: '1950-01-01' })),
    ).toEqual([]);
  });

  it('unresolved contradictions become findings carrying both sides’ evidence and the question', () => {
    const facts = [
      ...complete(),
      tf('t1', 'vital', '体温', 'Body temperature', {
        code: loinc('8310-5'),
        value: 3.7,
        unit: 'Cel',
        speaker: 'doctor',
      }),
    ];
    const f = qc(facts).findings.find((x) => x.ruleId === 'QC-XS-01')!;
    expect(f.severity).toBe('error');
    expect(f.gapQuestion!.zh).toBe('请重新测量体温。');
  });

  it('follow-up visits need fewer sections', () => {
    const r = qc(
      complete().filter((f) => f.kind !== 'allergy' && f.status !== 'absent'),
      { visitDate: '2024-06-03', visitType: 'followup' },
    );
    expect(ids(r)).toEqual(['QC-ALG-01']);
  });
});
