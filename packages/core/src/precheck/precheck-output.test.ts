import { describe, expect, it } from 'vitest';
import { triage } from '../triage/triage.ts';
import { answersToTriageInput } from './answers-to-triage-input.ts';
import { QUESTION_TREES } from './complaint-trees.data.ts';
import { doctorSummary } from './doctor-summary.ts';
import { matchComplaintFamily } from './match-complaint-family.ts';
import { parseAnswer, type RawAnswer } from './parse-answer.ts';
import type { PrecheckAnswers, PrecheckContext, QuestionTree } from './question-tree-types.ts';
import { ANSWER_FLAG_EXTENSION, toQuestionnaireResponse } from './to-questionnaire-response.ts';

function answer(tree: QuestionTree, raw: Record<string, RawAnswer>): PrecheckAnswers {
  const out: Record<string, ReturnType<typeof parseAnswer>> = {};
  for (const [id, v] of Object.entries(raw)) {
    const q = tree.questions.find((x) => x.linkId === id);
    if (!q) throw new Error(id);
    out[id] = parseAnswer(q, v);
  }
  return out;
}

const man: PrecheckContext = { ageYears: 58, sex: 'M', respondent: 'self' };

describe('matchComplaintFamily', () => {
  it.each([
    ['胸口闷痛', 'chest_pain'],
    ['tight chest when walking', 'chest_pain'],
    ['肚子疼，拉肚子', 'abdominal'],
    ['孩子发烧', 'fever'],
    ['my ear hurts', 'ear_nose_throat'],
    ['牙疼', 'dental'],
    ['心情低落，睡不着', 'mental_health'],
    ['hello', 'general'],
  ])('%s → %s', (text, family) => {
    expect(matchComplaintFamily(text)[0]?.family).toBe(family);
  });
});

describe('answers → triage, QuestionnaireResponse and doctor summary', () => {
  const tree = QUESTION_TREES.chest_pain;
  const answers = answer(tree, {
    onset: 'sudden',
    duration: '40分钟',
    severity: '很痛',
    'chest.character': 'pressure',
    'chest.radiates': '是',
    'chest.associated': ['sweating'],
  });

  it('a structured red-flag answer drives triage', () => {
    const input = answersToTriageInput(tree, answers, man, '胸口不舒服');
    expect(input.durationHours).toBeCloseTo(0.67, 1);
    expect(input.findings).toContainEqual({
      concept: 'pain_radiates',
      present: true,
      linkId: 'chest.radiates',
    });
    expect(triage(input).disposition).toBe('emergency');
  });

  it('builds a FHIR R4 QuestionnaireResponse with stable linkIds and flags', () => {
    const qr = toQuestionnaireResponse(tree, answers, man, {
      authored: '2026-01-02T03:04:05Z',
      lang: 'zh',
      completed: false,
      encounter: 'Encounter/v1',
      subject: 'Patient/p1',
    });
    expect(qr.resourceType).toBe('QuestionnaireResponse');
    expect(qr.questionnaire).toBe(`urn:yizhu:questionnaire:${tree.id}|${tree.version}`);
    expect(qr.encounter).toEqual({ reference: 'Encounter/v1' });
    expect(qr.item.map((i) => i.linkId)).toEqual([
      'onset',
      'duration',
      'severity',
      'chest.character',
      'chest.radiates',
      'chest.associated',
    ]);
    const severity = qr.item.find((i) => i.linkId === 'severity');
    expect(severity?.answer).toEqual([{ valueString: '很痛' }]); // kept verbatim, not converted to a number
    expect(severity?.extension).toEqual([{ url: ANSWER_FLAG_EXTENSION, valueCode: 'unparseable' }]);
    expect(qr.item.find((i) => i.linkId === 'chest.radiates')?.answer).toEqual([{ valueBoolean: true }]);
    expect(qr.item.find((i) => i.linkId === 'duration')?.answer?.[0]).toHaveProperty('valueQuantity');
  });

  it('summarises on one screen in zh and en, showing flagged answers', () => {
    const r = triage(answersToTriageInput(tree, answers, man, '胸口不舒服'));
    for (const lang of ['zh', 'en'] as const) {
      const s = doctorSummary(tree, answers, man, '胸口不舒服', lang, r);
      expect(s.lines.length).toBeLessThanOrEqual(20);
      expect(s.flagged.some((f) => f.includes('很痛'))).toBe(true);
    }
    const zh = doctorSummary(tree, answers, man, '胸口不舒服', 'zh', r);
    expect(zh.lines.join('\n')).toContain('立即急诊');
    expect(zh.lines.join('\n')).toContain('危险信号');
  });

  it('marks guardian answers in the summary', () => {
    const s = doctorSummary(QUESTION_TREES.fever, {}, { ageYears: 1, respondent: 'guardian' }, '发烧', 'en');
    expect(s.lines[0]).toContain('guardian');
  });
});
