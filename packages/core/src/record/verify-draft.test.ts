import { describe, expect, it } from 'vitest';
import { fuseVisit } from '../fusion/fuse-visit.ts';
import { tf } from '../fusion/test-facts.ts';
import { composeDraft } from './compose-draft.ts';
import { verifyDraft } from './verify-draft.ts';
import { transcriptSourceText } from './transcript-source-text.ts';
import { numbersInText } from './numbers-in-text.ts';
import type { VisitDraft } from './draft-types.ts';

const loinc = (code: string) => ({ system: 'http://loinc.org', code });

function draft(): VisitDraft {
  return composeDraft(
    fuseVisit([
      {
        sourceId: 't1',
        kind: 'transcript',
        facts: [
          tf('t1', 'symptom', '头痛', 'Headache', { duration: 'P1W', speaker: 'patient' }),
          tf('t1', 'vital', '血压', 'Blood pressure', {
            code: loinc('85354-9'),
            value: '150/95',
            unit: 'mm[Hg]',
            speaker: 'doctor',
          }),
          tf('t1', 'condition', '高血压', 'Hypertension', { speaker: 'doctor' }),
          tf('t1', 'medication', '氨氯地平', 'Amlodipine', {
            value: 5,
            unit: 'mg',
            frequency: 'QD',
            speaker: 'doctor',
          }),
          tf('t1', 'symptom', '胸闷', 'Chest tightness', { speaker: 'patient' }),
        ],
      },
    ]),
  );
}
const sec = (d: VisitDraft, id: string) => d.zh.find((s) => s.id === id)!;

describe('verifyDraft', () => {
  it('passes the composer’s own output', () => {
    expect(verifyDraft(draft())).toEqual([]);
  });

  it('catches a changed number (LLM rewording) but accepts unit-normalised equivalents', () => {
    const d = draft();
    sec(d, 'exam').sentences[0]!.text = '血压160/95mmHg。';
    sec(d, 'hpi').sentences[0]!.text = '患者7天前出现头痛。';
    const v = verifyDraft(d);
    expect(v).toEqual([
      { kind: 'unmatched_number', view: 'zh', section: 'exam', sentence: 0, detail: '160' },
    ]);
  });

  it('reads Chinese and English number words before units', () => {
    expect(numbersInText('头痛三天，一般情况可，一直未治疗')).toEqual([3]);
    expect(numbersInText('for two weeks, one of them')).toEqual([2]);
    const d = draft();
    sec(d, 'hpi').sentences[0]!.text = '患者两周前出现头痛。';
    expect(verifyDraft(d).map((x) => x.detail)).toEqual(['2']);
  });

  it('catches a sentence without evidence', () => {
    const d = draft();
    sec(d, 'hpi').sentences.push({ text: '无发热。', evidence: [], factIds: [] });
    expect(verifyDraft(d).map((x) => x.kind)).toEqual(['no_evidence']);
  });

  it('catches an invented diagnosis or plan resting on the patient’s words only', () => {
    const d = draft();
    const patientEvidence = sec(d, 'hpi').sentences[0]!.evidence;
    sec(d, 'diagnosis').sentences.push({ text: '偏头痛。', evidence: patientEvidence, factIds: [] });
    sec(d, 'plan').sentences.push({ text: '布洛芬。', evidence: patientEvidence, factIds: [] });
    expect(verifyDraft(d).map((x) => `${x.kind}:${x.section}`)).toEqual([
      'not_from_doctor:diagnosis',
      'not_from_doctor:plan',
    ]);
  });

  it('catches a diagnosis in 主诉 and a 主诉 over 20 characters', () => {
    const d = draft();
    const cc = sec(d, 'chief_complaint').sentences[0]!;
    cc.text = '高血压1周。';
    expect(verifyDraft(d).map((x) => x.kind)).toEqual(['chief_complaint_is_diagnosis']);
    cc.text = '头痛伴头晕、恶心、呕吐、视物模糊、耳鸣、乏力、心悸1周。';
    expect(verifyDraft(d).map((x) => x.kind)).toContain('chief_complaint_too_long');
    cc.text = '偏头痛1周。';
    expect(verifyDraft(d).map((x) => x.kind)).toContain('chief_complaint_is_diagnosis');
  });

  it('catches a draft that is not labelled AI-generated', () => {
    const d = draft() as unknown as { aiGenerated: boolean };
    d.aiGenerated = false;
    expect(verifyDraft(d as unknown as VisitDraft).map((x) => x.kind)).toEqual(['not_labelled']);
  });

  it('uses source text when given (an LLM citing the transcript)', () => {
    const d = draft();
    const s = sec(d, 'hpi').sentences[0]!;
    s.text = '患者1周前出现头痛，每日发作2次。';
    expect(verifyDraft(d).map((x) => x.detail)).toEqual(['2']);
    expect(verifyDraft(d, { sourceText: () => '头痛一周了，一天痛2次' })).toEqual([]);
  });

  it("counts the numbers of a sentence's own transcript span, never a number said elsewhere", () => {
    const d = draft();
    const turns = {
      t1: [
        { index: 0, text: 'The murmur is grade 3/6. My father had one at 70.' },
        { index: 1, text: 'Ejection fraction 45%.' },
      ],
    };
    const s = d.en.find((x) => x.id === 'hpi')!.sentences[0]!;
    // The span is the first sentence of turn 0 only.
    s.evidence = [{ sourceId: 't1', locator: { kind: 'transcript', turn: 0, charStart: 0, charEnd: 24 } }];
    const verify = () =>
      verifyDraft(d, { sourceText: transcriptSourceText(turns) })
        .filter((v) => v.view === 'en' && v.section === 'hpi' && v.sentence === 0)
        .map((v) => `${v.kind}:${v.detail}`);
    s.text = 'She has a grade 3/6 murmur.';
    expect(verify()).toEqual([]);
    // 70 is in the same turn but outside the span; 45 is in another turn: both still rejected.
    s.text = 'She has a grade 3/6 murmur since age 70 and an ejection fraction of 45%.';
    expect(verify()).toEqual(['unmatched_number:70', 'unmatched_number:45']);
    // Without the lookup, the span's own numbers are not evidence either.
    s.text = 'She has a grade 3/6 murmur.';
    expect(
      verifyDraft(d)
        .filter((v) => v.view === 'en' && v.section === 'hpi')
        .map((v) => v.detail),
    ).toEqual(['3', '6']);
  });
});
