import { describe, expect, it } from 'vitest';
import { buildLabObservation } from './build-lab-observation.ts';
import { toFhirObservation, YIZHU_REVIEW_TAG_SYSTEM } from './to-fhir-observation.ts';

describe('toFhirObservation', () => {
  it('maps a verified quantity result to an R4 Observation with UCUM, range and interpretation', () => {
    const o = buildLabObservation(
      {
        name: { text: '白细胞计数' },
        value: { text: '12.5' },
        unit: { text: '10~9/L' },
        range: { text: '3.5-9.5' },
        flag: { text: '↑' },
      },
      {
        effective: '2024-03-05T08:12:00',
        laboratory: '某某医院',
        specimen: { zh: '全血', en: 'Whole blood' },
      },
    );
    const f = toFhirObservation(o!, { id: 'x1', subject: { reference: 'Patient/p1' } });
    expect(f).toEqual({
      resourceType: 'Observation',
      id: 'x1',
      status: 'final',
      category: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/observation-category',
              code: 'laboratory',
              display: 'Laboratory',
            },
          ],
        },
      ],
      code: {
        coding: [{ system: 'http://loinc.org', code: '6690-2', display: 'White blood cell count' }],
        text: '白细胞计数',
      },
      subject: { reference: 'Patient/p1' },
      effectiveDateTime: '2024-03-05T08:12:00+08:00',
      performer: [{ display: '某某医院' }],
      valueQuantity: { value: 12.5, unit: '10^9/L', system: 'http://unitsofmeasure.org', code: '10*9/L' },
      interpretation: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
              code: 'H',
              display: 'High',
            },
          ],
        },
      ],
      referenceRange: [
        {
          low: { value: 3.5, unit: '10^9/L', system: 'http://unitsofmeasure.org', code: '10*9/L' },
          high: { value: 9.5, unit: '10^9/L', system: 'http://unitsofmeasure.org', code: '10*9/L' },
          text: '3.5-9.5',
        },
      ],
      specimen: { display: '全血' },
    });
  });

  it('exports a result awaiting review as preliminary, tagged, with the flag conflict noted', () => {
    const o = buildLabObservation({
      name: { text: '血小板计数' },
      value: { text: '250' },
      unit: { text: '10^9/L' },
      range: { text: '125-350' },
      flag: { text: '↑' },
    });
    const f = toFhirObservation(o!);
    expect(f.status).toBe('preliminary');
    expect(f.meta?.tag).toContainEqual({ system: YIZHU_REVIEW_TAG_SYSTEM, code: 'flag_conflict' });
    expect(f.note?.[0]?.text).toMatch(/Printed flag H differs/);
  });

  it('maps qualitative values to valueString, uncoded tests to text only, and keeps date-only dates', () => {
    const o = buildLabObservation(
      { name: { text: '尿蛋白' }, value: { text: '阴性' }, range: { text: '阴性' } },
      { effective: '2024-03-05' },
    );
    const f = toFhirObservation(o!);
    expect(f).toMatchObject({
      valueString: 'negative',
      effectiveDateTime: '2024-03-05',
      code: { coding: [{ code: '20454-5' }] },
    });
    const u = toFhirObservation(
      buildLabObservation({ name: { text: '某未知项目' }, value: { text: '3' }, unit: { text: 'mg/L' } })!,
    );
    expect(u.code).toEqual({ text: '某未知项目' });
    expect(u.valueQuantity).toMatchObject({ value: 3, code: 'mg/L' });
  });
});
