import { describe, expect, it } from 'vitest';
import { YizhuError } from '../errors/yizhu-error.ts';
import { parseFhirLabBundle } from './parse-fhir-lab-bundle.ts';

const obs = (id: string, extra: Record<string, unknown>) => ({
  fullUrl: `urn:uuid:${id}`,
  resource: { resourceType: 'Observation', id, status: 'final', ...extra },
});

const BUNDLE = {
  resourceType: 'Bundle',
  type: 'collection',
  entry: [
    {
      fullUrl: 'urn:uuid:rep1',
      resource: {
        resourceType: 'DiagnosticReport',
        id: 'rep1',
        status: 'final',
        code: { text: '肝功能' },
        effectiveDateTime: '2024-03-05T08:00:00+08:00',
        performer: [{ display: '某某医院检验科' }],
        specimen: [{ display: '血清' }],
        result: [{ reference: 'urn:uuid:o1' }, { reference: 'Observation/o2' }],
      },
    },
    obs('o1', {
      code: { coding: [{ system: 'http://loinc.org', code: '1742-6', display: 'ALT' }] },
      valueQuantity: { value: 62, unit: 'U/L', system: 'http://unitsofmeasure.org', code: 'U/L' },
      referenceRange: [{ low: { value: 9 }, high: { value: 50 } }],
      interpretation: [{ coding: [{ code: 'H' }] }],
    }),
    obs('o2', {
      code: { coding: [{ system: 'http://loinc.org', code: '1920-8' }], text: 'AST' },
      valueQuantity: { value: 30, unit: 'U/L' },
      referenceRange: [{ text: '15-40' }],
      interpretation: [{ coding: [{ code: 'H' }] }],
    }),
    obs('o3', {
      status: 'preliminary',
      code: { text: '尿蛋白' },
      valueCodeableConcept: { text: '阴性' },
      referenceRange: [{ text: '阴性' }],
    }),
    obs('o4', { code: { text: 'CBC panel' }, hasMember: [{ reference: 'Observation/o1' }] }),
    obs('o5', { status: 'entered-in-error', code: { text: 'ALT' }, valueQuantity: { value: 1 } }),
  ],
};

describe('parseFhirLabBundle', () => {
  it('parses a DiagnosticReport bundle with report-level date, laboratory and specimen', () => {
    const r = parseFhirLabBundle(BUNDLE, { sourceId: 'fhir-1' });
    const alt = r.observations.find((o) => o.testId === 'alt');
    expect(alt).toMatchObject({
      code: { code: '1742-6' },
      value: 62,
      unit: 'U/L',
      referenceRange: { low: 9, high: 50 },
      flag: { printed: 'H', computed: 'H' },
      effective: '2024-03-05T08:00:00+08:00',
      laboratory: '某某医院检验科',
      specimen: { zh: '血清' },
      needsReview: false,
    });
    expect(alt?.fieldEvidence.value).toEqual([
      {
        sourceId: 'fhir-1',
        locator: { kind: 'fhir', reference: 'urn:uuid:o1', path: 'Observation.valueQuantity' },
      },
    ]);
    // Printed H but 30 is inside 15-40: the conflict reaches the doctor.
    expect(r.observations.find((o) => o.testId === 'ast')).toMatchObject({
      flagConflict: true,
      needsReview: true,
    });
    expect(r.observations.find((o) => o.testId === 'u_pro')).toMatchObject({
      value: 'negative',
      needsReview: true,
      reviewReasons: ['source_not_final'],
    });
    expect(r.observations).toHaveLength(3);
    expect(r.warnings.filter((w) => w.code === 'observation_skipped')).toHaveLength(2);
    expect(r.meta).toMatchObject({ laboratory: '某某医院检验科', effective: '2024-03-05T08:00:00+08:00' });
  });

  it('accepts a JSON string, a DiagnosticReport with contained Observations, and a single Observation', () => {
    const report = {
      resourceType: 'DiagnosticReport',
      id: 'r',
      effectiveDateTime: '2024-01-02',
      contained: [
        {
          resourceType: 'Observation',
          id: 'c1',
          code: { coding: [{ system: 'http://loinc.org', code: '4548-4' }] },
          valueQuantity: { value: 6.1, unit: '%' },
        },
      ],
      result: [{ reference: '#c1' }],
    };
    const r = parseFhirLabBundle(JSON.stringify(report), { sourceId: 's' });
    expect(r.observations[0]).toMatchObject({ testId: 'hba1c', value: 6.1, effective: '2024-01-02' });
    expect(r.observations[0]?.evidence[0]?.locator).toMatchObject({ reference: 'DiagnosticReport/r#c1' });
    const single = parseFhirLabBundle(BUNDLE.entry[1]?.resource, { sourceId: 's' });
    expect(single.observations[0]).toMatchObject({ testId: 'alt' });
  });

  const bad = (input: unknown, path?: string) => {
    try {
      parseFhirLabBundle(input, { sourceId: 's' });
    } catch (e) {
      expect(e).toBeInstanceOf(YizhuError);
      expect((e as YizhuError).code).toBe('validation');
      if (path) expect((e as YizhuError).issues[0]?.path).toBe(path);
      return;
    }
    throw new Error('expected a validation error');
  };

  it('rejects malformed input with the JSON path of the defect', () => {
    bad('');
    bad('{not json');
    bad(null, '$');
    bad([1, 2], '$');
    bad({ resourceType: 'Patient' }, 'resourceType');
    bad({ resourceType: 'Bundle', entry: {} }, 'entry');
    bad({ resourceType: 'Bundle', entry: [{ resource: 'x' }] }, 'entry[0].resource');
    bad(
      { resourceType: 'Bundle', entry: [obs('x', { valueQuantity: { value: 1 } })] },
      'entry[0].resource.code',
    );
    bad(
      {
        resourceType: 'Bundle',
        entry: [obs('x', { code: { text: 'ALT' }, valueQuantity: { value: '62' } })],
      },
      'entry[0].resource.valueQuantity.value',
    );
    bad({ resourceType: 'Bundle', entry: [obs('x', { code: { coding: [] } })] }, 'entry[0].resource.code');
    bad({ resourceType: 'DiagnosticReport', result: [{ display: 'no ref' }] }, '$.result[0]');
  });

  it('returns a warning for a bundle with no results', () => {
    const r = parseFhirLabBundle({ resourceType: 'Bundle', type: 'collection' }, { sourceId: 's' });
    expect(r.observations).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['no_lab_table_found']);
  });
});
