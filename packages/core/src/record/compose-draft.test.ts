import { describe, expect, it } from 'vitest';
import { fuseVisit } from '../fusion/fuse-visit.ts';
import type { VisitSource } from '../fusion/fusion-types.ts';
import { tf } from '../fusion/test-facts.ts';
import { importFhirBundle } from '../fhir/import-fhir-bundle.ts';
import { sampleEmrBundle } from '../fhir/fhir-test-bundle.ts';
import { extractTranscript } from '../extract/extract-transcript.ts';
import { composeDraft } from './compose-draft.ts';
import { verifyDraft } from './verify-draft.ts';
import { chiefComplaintLength } from './compose-chief-complaint.ts';
import type { VisitDraft } from './draft-types.ts';

const icd = (code: string) => ({ system: 'http://hl7.org/fhir/sid/icd-10', code });
const loinc = (code: string) => ({ system: 'http://loinc.org', code });
const src = (sourceId: string, kind: VisitSource['kind'], ...facts: VisitSource['facts']): VisitSource => ({
  sourceId,
  kind,
  facts,
});
const section = (d: VisitDraft, title: string) =>
  d.zh
    .find((s) => s.title === title)!
    .sentences.map((s) => s.text)
    .join('');
const enSection = (d: VisitDraft, title: string) =>
  d.en
    .find((s) => s.title === title)!
    .sentences.map((s) => s.text)
    .join(' ');
const allSentences = (d: VisitDraft) =>
  [...d.zh, ...d.en, ...d.soap.zh, ...d.soap.en].flatMap((s) => s.sentences);

const TRANSCRIPT = `医生：你好，哪里不舒服？
患者：我咳嗽一周了，还有点发烧，最高38.5度。
医生：有没有胸痛？
患者：没有。
医生：对什么药过敏吗？
患者：没有药物过敏。
医生：平时吃什么药？
患者：吃氨氯地平，每天一次，一次5毫克。
医生：血压130/85，体温37.8。考虑急性支气管炎，给你开阿莫西林0.5g每日三次。`;

function sampleDraft(): VisitDraft {
  const tr = extractTranscript(TRANSCRIPT, { sourceId: 't1' });
  const emr = importFhirBundle(sampleEmrBundle(), { sourceId: 'emr1' });
  const lab = src(
    'lab1',
    'lab_report',
    tf('lab1', 'lab', '白细胞计数', 'White blood cell count', {
      code: loinc('6690-2'),
      value: 11.2,
      unit: '10^9/L',
      effective: '2024-06-03',
      severity: 'H',
    }),
  );
  const fusion = fuseVisit([src('t1', 'transcript', ...tr.facts), src('emr1', 'emr', ...emr.facts), lab], {
    visitDate: '2024-06-03',
  });
  return composeDraft(fusion, {
    visitDate: '2024-06-03',
    unusable: emr.issues.map((i) => ({ sourceId: 'emr1', reason: i.reason, path: i.path })),
  });
}

describe('composeDraft', () => {
  it('writes the Chinese first-visit record in the standard section order', () => {
    const d = sampleDraft();
    expect(d.zh.map((s) => s.title)).toEqual([
      '主诉',
      '现病史',
      '既往史',
      '过敏史',
      '个人史',
      '家族史',
      '体格检查',
      '辅助检查',
      '初步诊断',
      '处理意见',
    ]);
    expect(section(d, '主诉')).toBe('咳嗽1周，发热。');
    expect(section(d, '现病史')).toContain('患者1周前出现咳嗽。');
    expect(section(d, '现病史')).toContain('自测体温38.5℃。');
    expect(section(d, '现病史')).toContain('无胸痛。');
    expect(section(d, '既往史')).toContain('既往有高血压病史。');
    expect(section(d, '既往史')).toContain('目前服用氨氯地平 5mg');
    expect(section(d, '体格检查')).toBe('体温37.8℃。血压130/85mmHg。');
    expect(section(d, '辅助检查')).toContain('2024-06-03 白细胞计数 11.2×10^9/L↑。');
    expect(section(d, '初步诊断')).toBe('支气管炎？');
    expect(section(d, '处理意见')).toContain('阿莫西林 0.5g');
    expect(d.aiGenerated).toBe(true);
    expect(d.label.zh).toContain('AI生成');
  });

  it('marks sentences touched by a contradiction instead of choosing a side', () => {
    const d = sampleDraft();
    const allergy = d.zh.find((s) => s.id === 'allergy')!.sentences;
    expect(allergy.length).toBe(2);
    for (const s of allergy) {
      expect(s.text).toContain('待核实');
      expect(s.conflicts!.length).toBeGreaterThan(0);
    }
  });

  it('writes the ACI-BENCH sections and a SOAP view', () => {
    const d = sampleDraft();
    expect(d.en.map((s) => s.title)).toEqual([
      'CHIEF COMPLAINT',
      'HISTORY OF PRESENT ILLNESS',
      'REVIEW OF SYSTEMS',
      'PHYSICAL EXAMINATION',
      'RESULTS',
      'ASSESSMENT AND PLAN',
    ]);
    expect(enSection(d, 'CHIEF COMPLAINT')).toBe('Cough for 1 week; fever.');
    expect(enSection(d, 'REVIEW OF SYSTEMS')).toBe('Positive for cough and fever. Negative for chest pain.');
    expect(enSection(d, 'ASSESSMENT AND PLAN')).toContain('Possible bronchitis.');
    expect(d.soap.zh.map((s) => s.id)).toEqual(['S', 'O', 'A', 'P']);
    expect(d.soap.en.find((s) => s.id === 'A')!.sentences.map((s) => s.text)).toEqual([
      'Possible bronchitis.',
    ]);
  });

  it('holds the invariants: every sentence has evidence, every number is in its evidence', () => {
    const d = sampleDraft();
    expect(verifyDraft(d)).toEqual([]);
    for (const s of allSentences(d)) expect(s.evidence.length > 0 || s.doctorTyped).toBe(true);
  });

  it('states missing sources and what could not be used', () => {
    const d = sampleDraft();
    expect(d.missingSources).toEqual(['questionnaire']);
    expect(d.notes[0]!.zh).toBe('未提供的来源：预问诊。');
    const emptyFusion = fuseVisit([src('t0', 'transcript')]);
    const e = composeDraft(emptyFusion, { unusable: [{ sourceId: 'emr0', reason: 'broken_reference' }] });
    expect(e.unusable.map((u) => u.reason)).toEqual(['empty_source', 'broken_reference']);
    expect(e.notes.map((n) => n.zh).join('')).toContain('未能从以下来源提取任何信息：t0');
    expect(e.zh.every((s) => s.sentences.length === 0)).toBe(true);
    expect(verifyDraft(e)).toEqual([]);
  });

  it('never puts a diagnosis in 主诉 and never writes a diagnosis the doctor did not say', () => {
    const fusion = fuseVisit([
      src(
        't1',
        'transcript',
        tf('t1', 'condition', '肺炎', 'Pneumonia', { code: icd('J18'), speaker: 'patient' }),
        tf('t1', 'symptom', '咳嗽', 'Cough', { code: icd('R05'), duration: 'P3D', speaker: 'patient' }),
      ),
    ]);
    const d = composeDraft(fusion);
    expect(section(d, '主诉')).toBe('咳嗽3天。');
    expect(section(d, '初步诊断')).toBe('');
    expect(section(d, '既往史')).toContain('肺炎');
    expect(enSection(d, 'ASSESSMENT AND PLAN')).toBe('');
  });

  it('keeps 主诉 within 20 characters by dropping minor symptoms, longest duration first', () => {
    const names: [string, string, string][] = [
      ['反复上腹部烧灼样疼痛', 'Epigastric burning', 'P2M'],
      ['恶心伴间断呕吐胃内容物', 'Nausea and vomiting', 'P3D'],
      ['乏力', 'Fatigue', 'P1W'],
    ];
    const facts = names.map(([zh, en, duration]) => tf('q1', 'symptom', zh, en, { duration }));
    const d = composeDraft(fuseVisit([src('q1', 'questionnaire', ...facts)]));
    const cc = section(d, '主诉');
    expect(chiefComplaintLength(cc)).toBeLessThanOrEqual(20);
    expect(cc.startsWith('反复上腹部烧灼样疼痛2个月')).toBe(true);
    expect(verifyDraft(d)).toEqual([]);
  });

  it('follow-up variant: 病史 and 诊断 with the EMR problem list', () => {
    const emr = importFhirBundle(sampleEmrBundle(), { sourceId: 'emr1' });
    const d = composeDraft(fuseVisit([src('emr1', 'emr', ...emr.facts)]), { visitType: 'followup' });
    expect(d.zh.map((s) => s.title)).toEqual([
      '主诉',
      '病史',
      '过敏史',
      '体格检查',
      '辅助检查',
      '诊断',
      '处理意见',
    ]);
    expect(section(d, '诊断')).toBe('高血压。');
    expect(section(d, '病史')).toContain('目前服用氨氯地平');
    expect(verifyDraft(d)).toEqual([]);
  });

  it('handles sources in conflicting languages (English dialogue, Chinese questionnaire)', () => {
    const en = extractTranscript('Doctor: What brings you in?\nPatient: I have had a cough for three days.', {
      sourceId: 't1',
    });
    const q = src(
      'q1',
      'questionnaire',
      tf('q1', 'symptom', '咳嗽', 'Cough', { code: icd('R05'), duration: 'P3D' }),
    );
    const d = composeDraft(fuseVisit([src('t1', 'transcript', ...en.facts), q]));
    expect(section(d, '主诉')).toBe('咳嗽3天。');
    expect(enSection(d, 'CHIEF COMPLAINT')).toBe('Cough for 3 days.');
    expect(d.facts.filter((f) => f.kind === 'symptom')).toHaveLength(1);
    expect(verifyDraft(d)).toEqual([]);
  });

  it('keeps doctor-typed text verbatim and marked', () => {
    const d = composeDraft(fuseVisit([]), { doctorNotes: [{ section: 'plan', text: '3天后复诊。' }] });
    const s = d.zh.find((x) => x.id === 'plan')!.sentences[0]!;
    expect(s).toMatchObject({ text: '3天后复诊。', doctorTyped: true, evidence: [] });
    expect(verifyDraft(d)).toEqual([]);
  });
});
