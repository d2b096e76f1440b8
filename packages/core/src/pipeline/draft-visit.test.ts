import { describe, expect, it } from 'vitest';
import { sampleEmrBundle } from '../fhir/fhir-test-bundle.ts';
import { draftVisit } from './draft-visit.ts';

const DIALOGUE = [
  '医生：哪里不舒服？',
  '患者：咳嗽一周了，还发烧，昨天量了38.5度。',
  '医生：有没有胸痛？',
  '患者：没有。',
  '医生：有没有药物过敏？',
  '患者：没有。',
].join('\n');

describe('draftVisit', () => {
  it('drafts from dialogue and EMR, cross-checks them, and keeps every sentence on evidence', () => {
    const r = draftVisit({
      sources: [
        { sourceId: 'tx1', kind: 'transcript', content: DIALOGUE },
        { sourceId: 'emr1', kind: 'emr', bundle: sampleEmrBundle() },
      ],
      visitDate: '2024-06-03',
    });
    expect(r.violations).toEqual([]);
    expect(r.draft.aiGenerated).toBe(true);
    const zh = Object.fromEntries(r.draft.zh.map((s) => [s.id, s.sentences.map((x) => x.text).join('')]));
    expect(zh.chief_complaint).toContain('咳嗽');
    expect(zh.chief_complaint!.length).toBeLessThanOrEqual(25); // "主诉" text ≤ 20 characters plus punctuation
    for (const s of r.draft.zh.flatMap((x) => x.sentences))
      expect(s.evidence.length > 0 || s.doctorTyped).toBe(true);
    // The patient denies allergies; the EMR records one: a contradiction with both sides' evidence.
    const allergy = r.draft.contradictions.find((c) => c.type === 'allergy_denied_vs_recorded');
    expect(allergy?.sides.map((s) => s.sourceId).sort()).toEqual(['emr1', 'tx1']);
    expect(r.turns.tx1).toHaveLength(6);
    expect(r.draft.missingSources.sort()).toEqual(['lab_report', 'questionnaire']);
    expect(r.qc.score).toBeLessThanOrEqual(100);
  });

  it('verifies an English note sentence against its own transcript span (a number no fact states)', () => {
    const r = draftVisit({
      sources: [
        {
          sourceId: 'tx1',
          kind: 'transcript',
          content: '[doctor] on physical exam , you have a grade 3/6 systolic ejection murmur .',
        },
      ],
    });
    const exam = r.draft.en.find((s) => s.id === 'exam')!.sentences.map((s) => s.text);
    expect(exam).toContain('On physical exam, the patient has a grade 3/6 systolic ejection murmur.');
    expect(r.violations).toEqual([]);
  });

  it('reports an unreadable source as unusable instead of failing the draft', () => {
    const r = draftVisit({
      sources: [
        { sourceId: 'tx1', kind: 'transcript', content: DIALOGUE },
        { sourceId: 'q1', kind: 'questionnaire', content: 'not a questionnaire response' },
        { sourceId: 'emr1', kind: 'emr', bundle: { resourceType: 'Patient' } },
      ],
    });
    expect(r.draft.unusable.map((u) => u.sourceId).sort()).toEqual(['emr1', 'q1']);
    expect(r.draft.zh.find((s) => s.id === 'chief_complaint')!.sentences.length).toBeGreaterThan(0);
  });

  it('an empty visit still yields a labelled draft that names every missing source', () => {
    const r = draftVisit({ sources: [] });
    expect(r.draft.aiGenerated).toBe(true);
    expect(r.draft.missingSources.sort()).toEqual(['emr', 'lab_report', 'questionnaire', 'transcript']);
    expect(r.violations).toEqual([]);
  });

  it('writes severity in the language of the record (no English word in the Chinese text)', () => {
    const r = draftVisit({
      sources: [{ sourceId: 'tx1', kind: 'transcript', content: '患者：咳嗽一周了，咳得很厉害。' }],
    });
    const hpi = r.draft.zh
      .find((s) => s.id === 'hpi')!
      .sentences.map((s) => s.text)
      .join('');
    expect(hpi).toContain('咳嗽');
    expect(hpi).not.toMatch(/[a-z]{3,}/i);
    const head = draftVisit({
      sources: [{ sourceId: 'tx1', kind: 'transcript', content: '患者：后脑勺有点疼，三天了。' }],
    });
    expect(head.draft.zh.find((s) => s.id === 'chief_complaint')!.sentences[0]!.text).not.toContain(
      '头部头痛',
    );
    expect(r.violations).toEqual([]);
  });
});

describe('draftVisit chief complaint with a contradiction', () => {
  it('the review flag does not push the chief complaint over 20 characters', () => {
    const qr = {
      resourceType: 'QuestionnaireResponse',
      item: [{ linkId: 'd', text: '咳嗽多久了？', answer: [{ valueString: '3天' }] }],
    };
    const r = draftVisit({
      sources: [
        { sourceId: 'tx1', kind: 'transcript', content: '患者：咳嗽一周了，有黄痰，前天开始发烧。' },
        { sourceId: 'q1', kind: 'questionnaire', content: qr },
      ],
    });
    expect(r.draft.contradictions.map((c) => c.type)).toContain('duration_mismatch');
    expect(r.violations).toEqual([]);
  });
});
