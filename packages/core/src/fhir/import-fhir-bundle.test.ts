import { describe, expect, it } from 'vitest';
import { isYizhuError } from '../errors/yizhu-error.ts';
import { importFhirBundle } from './import-fhir-bundle.ts';
import { sampleEmrBundle } from './fhir-test-bundle.ts';

type Bundle = { resourceType: string; entry: unknown[] };

describe('importFhirBundle', () => {
  it('maps the clinical resource types to facts with fhir evidence', () => {
    const r = importFhirBundle(sampleEmrBundle());
    expect(r.patient).toEqual({ reference: 'Patient/p1', gender: 'female', birthDate: '1980-05-01' });
    expect(r.encounters).toEqual([{ reference: 'Encounter/e1', class: 'AMB', start: '2024-05-20' }]);
    const byZh = new Map(r.facts.map((f) => [f.display.zh, f]));
    expect(byZh.get('高血压')).toMatchObject({ kind: 'condition', status: 'present', code: { code: 'I10' } });
    expect(byZh.get('高血压')!.display.en).toBe('Hypertension');
    expect(byZh.get('氨氯地平')).toMatchObject({ kind: 'medication', value: 5, unit: 'mg', frequency: 'QD' });
    expect(byZh.get('二甲双胍')).toMatchObject({ value: 0.5, unit: 'g', frequency: 'BID' });
    expect(byZh.get('青霉素')).toMatchObject({
      kind: 'allergy',
      status: 'present',
      value: '皮疹',
      severity: 'moderate',
    });
    expect(byZh.get('血红蛋白')).toMatchObject({
      kind: 'lab',
      value: 128,
      unit: 'g/L',
      effective: '2024-06-01',
    });
    expect(byZh.get('血压')).toMatchObject({ kind: 'vital', value: '150/95', unit: 'mm[Hg]' });
    expect(byZh.get('胸部X线')).toMatchObject({ kind: 'finding', value: '双肺纹理增粗' });
    for (const f of r.facts) {
      expect(f.evidence.length).toBeGreaterThan(0);
      for (const e of f.evidence) expect(e).toMatchObject({ sourceId: 'emr', locator: { kind: 'fhir' } });
    }
    expect(byZh.get('高血压')!.evidence[0]!.locator).toEqual({
      kind: 'fhir',
      reference: 'Condition/c1',
      path: 'Condition.code',
    });
    expect(r.issues).toEqual([]);
    expect(r.counts).toEqual({ entries: 9, used: 9, skipped: 0 });
  });

  it('throws a validation YizhuError only for input that is not a bundle', () => {
    for (const bad of [null, 42, '[]', 'not json', { resourceType: 'Patient' }, []]) {
      let err: unknown;
      try {
        importFhirBundle(bad);
      } catch (e) {
        err = e;
      }
      expect(isYizhuError(err) && err.code === 'validation').toBe(true);
    }
  });

  it('reports garbage entries, unknown types, duplicates and broken references without throwing', () => {
    const b = sampleEmrBundle() as Bundle;
    b.entry.push(
      null,
      'text',
      { fullUrl: 'x' },
      { resource: { resourceType: 'Claim', id: 'k1' } },
      { resource: { resourceType: 'Condition', id: 'c1', code: { text: 'duplicate' } } },
      {
        resource: {
          resourceType: 'MedicationStatement',
          id: 'm9',
          status: 'active',
          subject: { reference: 'Patient/p1' },
          medicationReference: { reference: 'Medication/missing' },
        },
      },
      {
        resource: {
          resourceType: 'Observation',
          id: 'o9',
          subject: { reference: 'Patient/ghost' },
          code: { text: '血糖' },
          valueQuantity: { value: 6.1, unit: 'mmol/L' },
        },
      },
      { resource: { resourceType: 'Observation', id: 'o10', code: { text: '尿常规' } } },
      {
        resource: {
          resourceType: 'Condition',
          id: 'c9',
          verificationStatus: { coding: [{ code: 'entered-in-error' }] },
          code: { text: 'x' },
        },
      },
    );
    const r = importFhirBundle(b);
    const reasons = r.issues.map((i) => `${i.reason}:${i.effect}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'not_an_object:skipped',
        'no_resource:skipped',
        'unsupported_type:skipped',
        'duplicate:skipped',
        'broken_reference:skipped',
        'broken_reference:warning',
        'no_value:skipped',
        'entered_in_error:skipped',
      ]),
    );
    // The broken-subject observation is still used (it is this bundle's only patient context that is missing).
    expect(r.facts.some((f) => f.display.zh === '血糖')).toBe(true);
    expect(r.facts.filter((f) => f.display.zh === '高血压')).toHaveLength(1);
    expect(r.counts.used + r.counts.skipped).toBe(r.counts.entries);
  });

  it('never mixes another patient into the record', () => {
    const b = sampleEmrBundle() as Bundle;
    b.entry.push(
      { resource: { resourceType: 'Patient', id: 'p2' } },
      {
        resource: {
          resourceType: 'Condition',
          id: 'c2',
          subject: { reference: 'Patient/p2' },
          code: { text: '肺结核' },
        },
      },
    );
    const r = importFhirBundle(b);
    expect(r.facts.some((f) => f.display.zh === '肺结核')).toBe(false);
    expect(r.issues.some((i) => i.reason === 'other_patient')).toBe(true);
  });

  it('reads no-known-allergy, stopped medicines and a non-array entry', () => {
    const r = importFhirBundle({
      resourceType: 'Bundle',
      entry: [
        {
          resource: {
            resourceType: 'AllergyIntolerance',
            id: 'n',
            code: { coding: [{ system: 'http://snomed.info/sct', code: '716186003' }] },
          },
        },
        {
          resource: {
            resourceType: 'MedicationStatement',
            id: 's',
            status: 'stopped',
            medicationCodeableConcept: { text: 'Aspirin' },
          },
        },
      ],
    });
    expect(r.facts[0]).toMatchObject({ kind: 'allergy', status: 'absent', display: { zh: '药物过敏' } });
    expect(r.facts[1]).toMatchObject({ kind: 'medication', status: 'historical' });
    expect(importFhirBundle({ resourceType: 'Bundle', entry: {} }).issues[0]!.reason).toBe('entry_not_array');
    expect(importFhirBundle({ resourceType: 'Bundle' }).facts).toEqual([]);
  });

  it('imports 10,000 resources quickly', () => {
    const entry = Array.from({ length: 10_000 }, (_, i) => ({
      resource: {
        resourceType: 'Observation',
        id: `o${i}`,
        category: [{ coding: [{ code: 'laboratory' }] }],
        code: { coding: [{ system: 'http://loinc.org', code: '2345-7', display: 'Glucose' }] },
        valueQuantity: { value: 5 + (i % 10) / 10, unit: 'mmol/L' },
        effectiveDateTime: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
      },
    }));
    const t0 = performance.now();
    const r = importFhirBundle({ resourceType: 'Bundle', entry });
    expect(r.facts).toHaveLength(10_000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('caps pathological bundles and says so', () => {
    const entry = Array.from({ length: 5 }, (_, i) => ({ resource: { resourceType: 'Basic', id: `b${i}` } }));
    const r = importFhirBundle({ resourceType: 'Bundle', entry }, { maxEntries: 3 });
    expect(r.issues.some((i) => i.reason === 'too_many_entries')).toBe(true);
  });
});
