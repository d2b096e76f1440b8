import { describe, expect, it } from 'vitest';
import { conflictEdits, isOpen, statementSentence } from './resolve-conflict.ts';
import type { Contradiction, VisitDraft } from './workspace-types.ts';

const tx = { sourceId: 'tx', locator: { kind: 'transcript' as const, turn: 5, charStart: 0, charEnd: 2 } };
const emr = {
  sourceId: 'emr',
  locator: { kind: 'fhir' as const, reference: 'AllergyIntolerance/1', path: 'code' },
};

const draft = {
  zh: [
    {
      id: 'allergy',
      title: '过敏史',
      role: 'subjective',
      sentences: [
        {
          text: '否认药物过敏史（来源不一致，待核实）。',
          evidence: [tx],
          factIds: ['f1'],
          conflicts: ['c1'],
        },
      ],
    },
    {
      id: 'plan',
      title: '处理',
      role: 'plan',
      sentences: [{ text: '一周后复诊。', evidence: [tx], factIds: [] }],
    },
  ],
  en: [
    {
      id: 'hpi',
      title: 'HPI',
      role: 'subjective',
      sentences: [
        { text: 'Dizzy for 3 days.', evidence: [tx], factIds: [] },
        {
          text: 'Denies drug allergies (sources disagree; to verify).',
          evidence: [tx],
          factIds: [],
          conflicts: ['c1'],
        },
      ],
    },
  ],
} as unknown as VisitDraft;

const c1: Contradiction = {
  id: 'c1',
  type: 'allergy_denied_vs_recorded',
  severity: 'high',
  explanation: { zh: '', en: '' },
  question: { zh: '', en: '' },
  evidence: [tx, emr],
  sides: [
    {
      sourceId: 'tx',
      sourceKind: 'transcript',
      statement: { zh: '问诊对话：否认药物过敏', en: 'Visit dialogue: denies allergies' },
      evidence: [tx],
    },
    {
      sourceId: 'emr',
      sourceKind: 'emr',
      statement: { zh: '既往病历：青霉素过敏', en: 'EMR history: penicillin allergy' },
      evidence: [emr],
    },
  ],
};

describe('conflictEdits', () => {
  it('taking the side the sentence rests on keeps its words and drops the to-verify mark', () => {
    expect(conflictEdits(draft, c1, 0)).toEqual([
      { lang: 'zh', sectionId: 'allergy', text: '否认药物过敏史。' },
      { lang: 'en', sectionId: 'hpi', text: 'Dizzy for 3 days. Denies drug allergies.' },
    ]);
  });

  it('taking the other side replaces the disputed sentence with what that side states', () => {
    expect(conflictEdits(draft, c1, 1)).toEqual([
      { lang: 'zh', sectionId: 'allergy', text: '青霉素过敏。' },
      { lang: 'en', sectionId: 'hpi', text: 'Dizzy for 3 days. penicillin allergy.' },
    ]);
  });

  it('dismissing only removes the mark; untouched sections are not edited', () => {
    const edits = conflictEdits(draft, c1, null);
    expect(edits.map((e) => e.sectionId)).toEqual(['allergy', 'hpi']);
    expect(edits[0]!.text).toBe('否认药物过敏史。');
  });
});

it('statementSentence drops the source label and ends the sentence', () => {
  expect(statementSentence('zh', '既往病历：青霉素过敏')).toBe('青霉素过敏。');
  expect(statementSentence('en', 'EMR history: Amlodipine 5 mg')).toBe('Amlodipine 5 mg.');
});

it('isOpen looks at both languages', () => {
  expect(isOpen(draft, 'c1')).toBe(true);
  expect(isOpen(draft, 'c2')).toBe(false);
});
