import { describe, expect, it } from 'vitest';
import type { LabObservation } from '@yizhu/core';
import { evidenceText } from '@yizhu/core/llm/index.ts';
import { visitSourceTexts } from './visit-source-texts.ts';

const at = (sourceId: string, locator: never) => ({ sourceId, locator });

describe('visitSourceTexts', () => {
  it('resolves each kind of locator to the text a draft sentence cites', () => {
    const lab = {
      sourceName: '白细胞',
      valueText: '11.2↑',
      unit: '10^9/L',
      referenceRange: { text: '3.5-9.5' },
      flag: { printed: 'H' },
      evidence: [],
      fieldEvidence: {
        name: [at('lab1', { kind: 'image', page: 1, box: [10, 20, 40, 12] } as never)],
        value: [at('lab1', { kind: 'image', page: 1, box: [60, 20, 30, 12] } as never)],
      },
    } as unknown as LabObservation;
    const sources = visitSourceTexts(
      [
        { sourceId: 'tx', kind: 'transcript', content: '医生：哪里不舒服？\n患者：头痛。' },
        { sourceId: 'note', kind: 'text', content: '既往体健。' },
        {
          sourceId: 'q',
          kind: 'questionnaire',
          content: {
            resourceType: 'QuestionnaireResponse',
            item: [
              { linkId: 'fever', text: '发热吗？', answer: [{ valueBoolean: true }] },
              {
                text: '体温',
                answer: [{ valueDecimal: 38.5 }],
                item: [{ linkId: 'n', answer: [{ valueString: '两天' }] }],
              },
            ],
          },
        },
        { sourceId: 'lab1', kind: 'lab_report', observations: [lab] },
        {
          sourceId: 'emr',
          kind: 'emr',
          bundle: {
            resourceType: 'Bundle',
            entry: [
              { resource: { resourceType: 'Patient', id: 'p1', name: [{ text: '周建国' }] } },
              {
                resource: {
                  resourceType: 'Condition',
                  id: 'c1',
                  identifier: [{ value: 'MRN-88' }],
                  subject: { reference: 'Patient/p1', display: '周建国' },
                  text: { status: 'generated', div: '<div>周建国</div>' },
                  code: {
                    coding: [{ system: 'http://snomed.info/sct', code: '38341003', display: '原发性高血压' }],
                  },
                  onsetDateTime: '2016-05-01',
                },
              },
            ],
          },
        },
        { sourceId: 'fu', kind: 'followup', facts: [] },
      ],
      {
        tx: [
          { index: 0, speaker: 'doctor', text: '哪里不舒服？' },
          { index: 1, speaker: 'patient', text: '头痛。' },
        ],
      },
    );
    expect(sources.map((s) => s.kind)).toEqual(['turns', 'text', 'answers', 'boxes', 'fhir']);
    const ev = evidenceText(sources);
    expect(ev.span(at('tx', { kind: 'transcript', turn: 1, charStart: 0, charEnd: 2 } as never))).toBe(
      '头痛',
    );
    expect(ev.span(at('note', { kind: 'text', charStart: 0, charEnd: 4 } as never))).toBe('既往体健');
    expect(ev.span(at('q', { kind: 'questionnaire', linkId: 'fever' } as never))).toBe('发热吗？：是 (yes)');
    // Without a linkId, the same fallback path as core's questionnaire reader.
    expect(ev.span(at('q', { kind: 'questionnaire', linkId: 'item[1]' } as never))).toBe('体温：38.5');
    expect(ev.span(at('q', { kind: 'questionnaire', linkId: 'n' } as never))).toBe('两天');
    expect(ev.span(at('lab1', { kind: 'image', page: 1, box: [60, 20, 30, 12] } as never))).toBe('11.2↑');
    expect(ev.span(at('lab1', { kind: 'image', page: 1, box: [10, 20, 40, 12] } as never))).toBe('白细胞');
    const emr = ev.context(
      at('emr', { kind: 'fhir', reference: 'Condition/c1', path: 'Condition.code' } as never),
    );
    expect(emr).toBe('原发性高血压；2016-05-01');
    // People and identifiers are not clinical content: never offered.
    expect(
      ev.span(at('emr', { kind: 'fhir', reference: 'Patient/p1', path: 'Patient' } as never)),
    ).toBeUndefined();
    expect(emr).not.toMatch(/周建国|MRN|38341003|snomed/);
    expect(ev.span(at('emr', { kind: 'fhir', reference: 'toString', path: 'x' } as never))).toBeUndefined();
  });
});
