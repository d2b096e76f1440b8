import { describe, expect, it } from 'vitest';
import { fuseVisit } from './fuse-visit.ts';
import { tf } from './test-facts.ts';
import type { VisitSource } from './fusion-types.ts';
import { importFhirBundle } from '../fhir/import-fhir-bundle.ts';
import { sampleEmrBundle } from '../fhir/fhir-test-bundle.ts';
import { extractTranscript } from '../extract/extract-transcript.ts';

const icd = (code: string) => ({ system: 'http://hl7.org/fhir/sid/icd-10', code });
const loinc = (code: string) => ({ system: 'http://loinc.org', code });
const q = (...facts: VisitSource['facts']): VisitSource => ({ sourceId: 'q1', kind: 'questionnaire', facts });
const t = (...facts: VisitSource['facts']): VisitSource => ({ sourceId: 't1', kind: 'transcript', facts });
const emr = (...facts: VisitSource['facts']): VisitSource => ({ sourceId: 'emr1', kind: 'emr', facts });
const lab = (...facts: VisitSource['facts']): VisitSource => ({
  sourceId: 'lab1',
  kind: 'lab_report',
  facts,
});
const types = (r: ReturnType<typeof fuseVisit>) => r.contradictions.map((c) => c.type);

describe('fuseVisit: merging', () => {
  it('merges the same concept across sources, keeps all evidence and raises confidence', () => {
    const a = tf('q1', 'symptom', '咳嗽', 'Cough', { code: icd('R05'), duration: 'P1W' });
    const b = tf('t1', 'symptom', '咳嗽', 'Cough', { code: icd('R05'), speaker: 'patient' });
    const r = fuseVisit([q(a), t(b)]);
    expect(r.facts).toHaveLength(1);
    const f = r.facts[0]!;
    expect(f.evidence).toHaveLength(2);
    expect(f.members).toHaveLength(2);
    expect(f.sourceKinds.sort()).toEqual(['questionnaire', 'transcript']);
    expect(f.duration).toBe('P1W');
    expect(f.confidence).toBeGreaterThan(0.8);
    expect(r.contradictions).toEqual([]);
  });

  it('joins an uncoded EMR display to a coded extracted fact and ICD categories (E11 ≈ E11.9)', () => {
    const r = fuseVisit([
      t(
        tf('t1', 'condition', '2型糖尿病', 'Type 2 diabetes', {
          code: icd('E11'),
          status: 'historical',
          speaker: 'patient',
        }),
      ),
      emr(tf('emr1', 'condition', '2型糖尿病', 'Type 2 diabetes mellitus', { code: icd('E11.9') })),
    ]);
    expect(r.facts).toHaveLength(1);
    expect(r.facts[0]!.status).toBe('present');
    expect(r.contradictions).toEqual([]);
  });

  it('keeps family history apart from the patient’s own condition', () => {
    const r = fuseVisit([
      t(tf('t1', 'condition', '高血压', 'Hypertension', { code: icd('I10'), status: 'family' })),
      emr(tf('emr1', 'condition', '高血压', 'Hypertension', { code: icd('I10') })),
    ]);
    expect(r.facts.map((f) => f.status).sort()).toEqual(['family', 'present']);
  });

  it('names missing and empty sources', () => {
    const r = fuseVisit([t()]);
    expect(r.missingSources).toEqual(['questionnaire', 'lab_report', 'emr']);
    expect(r.emptySources.map((s) => s.kind)).toEqual(['transcript']);
    expect(fuseVisit([]).facts).toEqual([]);
  });
});

describe('fuseVisit: contradictions', () => {
  it('allergy denied in the dialogue but recorded in the EMR (generic denial)', () => {
    const r = fuseVisit([
      t(tf('t1', 'allergy', '药物过敏', 'Drug allergy', { status: 'absent', speaker: 'patient' })),
      emr(
        tf('emr1', 'allergy', '青霉素', 'Penicillin', {
          code: { system: 'http://www.whocc.no/atc', code: 'J01CE' },
        }),
      ),
    ]);
    const c = r.contradictions.find((x) => x.type === 'allergy_denied_vs_recorded')!;
    expect(c.severity).toBe('high');
    expect(c.sides.map((s) => s.sourceKind)).toEqual(['transcript', 'emr']);
    expect(c.sides.every((s) => s.evidence.length > 0)).toBe(true);
    expect(c.question.zh).toContain('青霉素');
    expect(c.question.en).toContain('penicillin');
    expect(c.explanation.zh).toContain('否认药物过敏');
  });

  it('specific allergy denied vs recorded', () => {
    const r = fuseVisit([
      q(tf('q1', 'allergy', '青霉素', 'Penicillin', { status: 'absent' })),
      emr(tf('emr1', 'allergy', '青霉素', 'Penicillin')),
    ]);
    expect(types(r)).toEqual(['allergy_denied_vs_recorded']);
  });

  it('EMR medication never mentioned, and one reported stopped', () => {
    const amlo = { code: { system: 'http://www.whocc.no/atc', code: 'C08CA01' } };
    const met = { code: { system: 'http://www.whocc.no/atc', code: 'A10BA02' } };
    const r = fuseVisit([
      t(
        tf('t1', 'medication', '二甲双胍', 'Metformin', { ...met, status: 'historical', speaker: 'patient' }),
      ),
      emr(
        tf('emr1', 'medication', '氨氯地平', 'Amlodipine', amlo),
        tf('emr1', 'medication', '二甲双胍', 'Metformin', met),
      ),
    ]);
    expect(types(r).sort()).toEqual(['medication_not_mentioned', 'medication_stopped']);
    // Without a dialogue or questionnaire there is nothing to compare against.
    expect(fuseVisit([emr(tf('emr1', 'medication', '氨氯地平', 'Amlodipine', amlo))]).contradictions).toEqual(
      [],
    );
  });

  it('medication denied today vs active in the EMR', () => {
    const r = fuseVisit([
      t(tf('t1', 'medication', '阿司匹林', 'Aspirin', { status: 'absent', speaker: 'patient' })),
      emr(tf('emr1', 'medication', '阿司匹林', 'Aspirin')),
    ]);
    expect(types(r)).toEqual(['medication_stopped']);
  });

  it('duration differs: questionnaire 3天 vs dialogue 一周; small rounding is tolerated', () => {
    const r = fuseVisit([
      q(tf('q1', 'symptom', '咳嗽', 'Cough', { code: icd('R05'), duration: 'P3D' })),
      t(tf('t1', 'symptom', '咳嗽', 'Cough', { code: icd('R05'), duration: 'P1W', speaker: 'patient' })),
    ]);
    const c = r.contradictions[0]!;
    expect(c.type).toBe('duration_mismatch');
    expect(c.explanation.zh).toContain('3天');
    expect(c.explanation.zh).toContain('1周');
    const ok = fuseVisit([
      q(tf('q1', 'symptom', '咳嗽', 'Cough', { duration: 'P6D' })),
      t(tf('t1', 'symptom', '咳嗽', 'Cough', { duration: 'P1W' })),
    ]);
    expect(ok.contradictions).toEqual([]);
  });

  it('lab value in the photo differs from the EMR on the same day; other days do not conflict', () => {
    const hb = (src: string, value: number, effective: string) =>
      tf(src, 'lab', '血红蛋白', 'Haemoglobin', { code: loinc('718-7'), value, unit: 'g/L', effective });
    const r = fuseVisit([
      lab(hb('lab1', 118, '2024-06-01')),
      emr(hb('emr1', 128, '2024-06-01T08:00:00'), hb('emr1', 140, '2023-01-01')),
    ]);
    expect(types(r)).toEqual(['lab_value_mismatch']);
    expect(r.facts).toHaveLength(3);
    const same = fuseVisit([lab(hb('lab1', 128, '2024-06-01')), emr(hb('emr1', 128, '2024-06-01'))]);
    expect(same.contradictions).toEqual([]);
    expect(same.facts).toHaveLength(1);
  });

  it('symptom present in one source, denied in another', () => {
    const r = fuseVisit([
      q(tf('q1', 'symptom', '胸痛', 'Chest pain', { code: icd('R07.4') })),
      t(
        tf('t1', 'symptom', '胸痛', 'Chest pain', {
          code: icd('R07.4'),
          status: 'absent',
          speaker: 'patient',
        }),
      ),
    ]);
    expect(types(r)).toEqual(['symptom_present_vs_denied']);
    expect(r.contradictions[0]!.question.en).toBe('Have you had any chest pain recently?');
  });

  it('reported past diagnosis missing from the EMR problem list (only when an EMR is given)', () => {
    const dm = tf('t1', 'condition', '2型糖尿病', 'Type 2 diabetes', {
      code: icd('E11'),
      status: 'historical',
      speaker: 'patient',
    });
    const r = fuseVisit([
      t(dm),
      emr(tf('emr1', 'condition', '高血压', 'Hypertension', { code: icd('I10') })),
    ]);
    expect(types(r)).toEqual(['diagnosis_missing_from_problem_list']);
    expect(fuseVisit([t(dm)]).contradictions).toEqual([]);
  });

  it('implausible vital signs', () => {
    const r = fuseVisit([
      t(
        tf('t1', 'vital', '体温', 'Body temperature', {
          code: loinc('8310-5'),
          value: 3.7,
          unit: 'Cel',
          speaker: 'doctor',
        }),
        tf('t1', 'vital', '血压', 'Blood pressure', {
          code: loinc('85354-9'),
          value: '80/120',
          unit: 'mm[Hg]',
          speaker: 'doctor',
        }),
        tf('t1', 'vital', '心率', 'Heart rate', { code: loinc('8867-4'), value: 72, speaker: 'doctor' }),
        tf('t1', 'vital', '体温', 'Body temperature', {
          code: loinc('8310-5'),
          value: 100.4,
          unit: '[degF]',
          speaker: 'doctor',
        }),
      ),
    ]);
    expect(types(r)).toEqual(['implausible_vital', 'implausible_vital']);
  });

  it('works on the real extractor and EMR importer together', () => {
    const tr = extractTranscript(
      '医生：对什么药过敏吗？\n患者：没有药物过敏。\n医生：平时吃什么药？\n患者：以前吃二甲双胍，现在不吃了。',
      { sourceId: 't1' },
    );
    const e = importFhirBundle(sampleEmrBundle(), { sourceId: 'emr1' });
    const r = fuseVisit([t(...tr.facts), emr(...e.facts)]);
    const ty = types(r);
    expect(ty).toContain('allergy_denied_vs_recorded');
    expect(ty).toContain('medication_not_mentioned'); // amlodipine
    for (const c of r.contradictions) expect(c.evidence.length).toBeGreaterThan(0);
  });
});
