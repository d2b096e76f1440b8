import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../extract/extract-transcript.ts';
import { fuseVisit } from '../fusion/fuse-visit.ts';
import { importFhirBundle } from './import-fhir-bundle.ts';

const bundle = (...resources: Record<string, unknown>[]) => ({
  resourceType: 'Bundle',
  type: 'collection',
  entry: resources.map((resource, i) => ({
    fullUrl: `urn:uuid:r${i}`,
    resource: { id: `r${i}`, subject: { reference: 'Patient/p1' }, ...resource },
  })),
});

const textMed = (text: string) => ({
  resourceType: 'MedicationStatement',
  status: 'active',
  medicationCodeableConcept: { text },
  dosage: [{ text: '5 mg 每日一次 qd' }],
});

describe('free-text EMR entries are coded through the terminology', () => {
  it('codes a salt/form/brand variant of one drug as that drug', () => {
    const r = importFhirBundle(bundle(textMed('苯磺酸氨氯地平片 (Amlodipine)'), textMed('络活喜')));
    expect(r.facts.map((f) => [f.display.zh, f.code?.code])).toEqual([
      ['氨氯地平', 'C08CA01'],
      ['氨氯地平', 'C08CA01'],
    ]);
  });

  it('leaves combinations and unknown residue as written, uncoded', () => {
    const r = importFhirBundle(bundle(textMed('氨氯地平某某复方片'), textMed('Amlodipine and zzqlimab')));
    expect(r.facts.map((f) => f.code)).toEqual([undefined, undefined]);
    expect(r.facts[0]!.display.zh).toBe('氨氯地平某某复方片');
  });

  it('codes text-only conditions and allergies too', () => {
    const r = importFhirBundle(
      bundle(
        { resourceType: 'Condition', code: { text: '原发性高血压' } },
        {
          resourceType: 'AllergyIntolerance',
          patient: { reference: 'Patient/p1' },
          code: { text: '青霉素过敏' },
        },
      ),
    );
    expect(r.facts.map((f) => [f.kind, f.display.zh])).toEqual([
      ['condition', '高血压'],
      ['allergy', '青霉素'],
    ]);
    expect(r.facts[0]!.code?.code).toBe('I10');
  });

  it('a text-only EMR medication the patient mentions is not reported as "not mentioned"', () => {
    const emr = importFhirBundle(bundle(textMed('苯磺酸氨氯地平片 (Amlodipine)')));
    const tr = extractTranscript('医生：降压药还在吃吗？\n患者：氨氯地平吃着呢。', { sourceId: 't' });
    const fusion = fuseVisit([
      { sourceId: 'emr', kind: 'emr', facts: emr.facts },
      { sourceId: 't', kind: 'transcript', facts: tr.facts },
    ]);
    expect(fusion.contradictions.map((c) => c.type)).not.toContain('medication_not_mentioned');
    const med = fusion.facts.filter((f) => f.kind === 'medication' && f.code?.code === 'C08CA01');
    expect(med).toHaveLength(1);
    expect(med[0]!.sourceKinds).toEqual(expect.arrayContaining(['emr', 'transcript']));
  });
});
