import { describe, expect, it } from 'vitest';
import { extractQuestionnaire } from './extract-questionnaire.ts';
import { extractText } from './extract-text.ts';

describe('extractQuestionnaire', () => {
  it('reads boolean, string and numeric answers with linkId evidence', () => {
    const fs = extractQuestionnaire({
      resourceType: 'QuestionnaireResponse',
      item: [
        { linkId: 'q1', text: '最近有没有发烧？', answer: [{ valueBoolean: false }] },
        { linkId: 'q2', text: '哪里不舒服？', answer: [{ valueString: '咳嗽两周，晚上厉害' }] },
        { linkId: 'g', item: [{ linkId: 'q3', text: '体温', answer: [{ valueDecimal: 38.2 }] }] },
        { linkId: 'q4', text: '有无药物过敏？', answer: [{ valueString: '没有' }] },
        { linkId: 'q5', text: 'Any chest pain?', answer: [{ valueCoding: { code: 'Y', display: 'Yes' } }] },
      ],
    });
    const by = (en: string) => fs.find((f) => f.display.en === en);
    expect(by('Fever')?.status).toBe('absent');
    expect(by('Fever')?.evidence[0]?.locator).toEqual({ kind: 'questionnaire', linkId: 'q1' });
    expect(by('Cough')?.duration).toBe('P2W');
    expect(by('Body temperature')?.value).toBe(38.2);
    expect(by('Drug allergy')?.status).toBe('absent');
    expect(by('Chest pain')?.status).toBe('present');
  });
});

describe('extractText', () => {
  it('reads an EMR note with headings and text offsets', () => {
    const text =
      '主诉：反复头晕1月。\n既往史：高血压5年，否认糖尿病。\n家族史：母亲有糖尿病。\n过敏史：青霉素。';
    const fs = extractText(text);
    const by = (en: string, st?: string) => fs.find((f) => f.display.en === en && (!st || f.status === st));
    expect(by('Dizziness')?.duration).toBe('P1M');
    expect(by('Hypertension', 'present')).toBeDefined();
    expect(by('Type 2 diabetes', 'absent')).toBeDefined();
    expect(by('Type 2 diabetes', 'family')).toBeDefined();
    expect(by('Penicillin')?.kind).toBe('allergy');
    const loc = by('Dizziness')!.evidence[0]!.locator;
    expect(loc.kind === 'text' && text.slice(loc.charStart, loc.charEnd)).toBe('头晕');
  });
  it('reads a free-text duration answer to a how-long question', () => {
    const fs = extractQuestionnaire({
      resourceType: 'QuestionnaireResponse',
      item: [{ linkId: 'cough_days', text: '咳嗽多久了？', answer: [{ valueString: '3天' }] }],
    });
    expect(fs.map((f) => [f.display.en, f.status, f.duration])).toEqual([['Cough', 'present', 'P3D']]);
  });
});
