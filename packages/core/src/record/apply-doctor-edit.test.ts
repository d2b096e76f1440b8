import { describe, expect, it } from 'vitest';
import { draftVisit } from '../pipeline/draft-visit.ts';
import { applyDoctorEdit, splitSentences } from './apply-doctor-edit.ts';
import { verifyDraft } from './verify-draft.ts';
import { signedRecordContent, amendRecordContent } from './signed-record.ts';

const base = () =>
  draftVisit({
    sources: [
      { sourceId: 'tx', kind: 'transcript', content: '医生：哪里不舒服？\n患者：咳嗽三天了，有点发烧。' },
    ],
  }).draft;

describe('applyDoctorEdit', () => {
  it('keeps evidence on unchanged sentences and marks new ones doctor-typed', () => {
    const d = base();
    const hpi = d.zh.find((s) => s.id === 'hpi')!;
    const kept = hpi.sentences[0]!.text;
    const edited = applyDoctorEdit(d, { lang: 'zh', sectionId: 'hpi', text: `${kept}无咳痰，无胸痛。` });
    const after = edited.zh.find((s) => s.id === 'hpi')!.sentences;
    expect(after[0]).toBe(hpi.sentences[0]);
    expect(after.slice(1).map((s) => [s.text, s.doctorTyped])).toEqual([['无咳痰，无胸痛。', true]]);
    expect(verifyDraft(edited)).toEqual([]); // doctor-typed text needs no evidence
    expect(d.zh.find((s) => s.id === 'hpi')).toBe(hpi); // the old version is untouched
  });

  it('refuses an unknown section and an over-long text', () => {
    expect(() => applyDoctorEdit(base(), { lang: 'zh', sectionId: 'S', text: 'x' })).toThrow(
      /no such section/,
    );
    expect(() => applyDoctorEdit(base(), { lang: 'zh', sectionId: 'hpi', text: 'x'.repeat(5001) })).toThrow(
      /too long/,
    );
  });

  it('splits Chinese and English sentences', () => {
    expect(splitSentences('咳嗽3天。无发热！\nPatient well. BP 120/80.')).toEqual([
      '咳嗽3天。',
      '无发热！',
      'Patient well.',
      'BP 120/80.',
    ]);
  });
});

describe('signed record content', () => {
  it('is the sections as text, with an amendment replacing one section', () => {
    const c = signedRecordContent(base(), 3);
    expect(c.draftVersion).toBe(3);
    expect(c.zh.find((s) => s.id === 'chief_complaint')!.text).toContain('咳嗽');
    const a = amendRecordContent(c, 'zh', 'plan', '3天后复诊。');
    expect(a.zh.find((s) => s.id === 'plan')!.text).toBe('3天后复诊。');
    expect(c.zh.find((s) => s.id === 'plan')!.text).not.toBe('3天后复诊。');
  });
});
