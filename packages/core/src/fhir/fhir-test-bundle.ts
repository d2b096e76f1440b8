/** A small EMR history used by the fhir, fusion and record tests (fictional patient). */
export function sampleEmrBundle(): Record<string, unknown> {
  const entry = (resource: Record<string, unknown>) => ({
    fullUrl: `urn:uuid:${String(resource.resourceType)}-${String(resource.id)}`,
    resource,
  });
  const subject = { reference: 'Patient/p1' };
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      entry({ resourceType: 'Patient', id: 'p1', gender: 'female', birthDate: '1980-05-01' }),
      entry({
        resourceType: 'Condition',
        id: 'c1',
        subject,
        clinicalStatus: { coding: [{ code: 'active' }] },
        code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'I10', display: '高血压' }] },
        recordedDate: '2019-03-02',
      }),
      entry({
        resourceType: 'MedicationStatement',
        id: 'm1',
        subject,
        status: 'active',
        medicationCodeableConcept: {
          coding: [{ system: 'http://www.whocc.no/atc', code: 'C08CA01', display: '氨氯地平' }],
        },
        dosage: [
          {
            timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } },
            doseAndRate: [{ doseQuantity: { value: 5, unit: 'mg' } }],
          },
        ],
      }),
      entry({
        resourceType: 'MedicationRequest',
        id: 'm2',
        subject,
        status: 'active',
        medicationCodeableConcept: {
          coding: [{ system: 'http://www.whocc.no/atc', code: 'A10BA02', display: '二甲双胍' }],
        },
        dosageInstruction: [
          {
            timing: { code: { coding: [{ code: 'BID' }] } },
            doseAndRate: [{ doseQuantity: { value: 0.5, unit: 'g' } }],
          },
        ],
      }),
      entry({
        resourceType: 'AllergyIntolerance',
        id: 'a1',
        patient: subject,
        clinicalStatus: { coding: [{ code: 'active' }] },
        code: { coding: [{ system: 'http://www.whocc.no/atc', code: 'J01CE', display: '青霉素' }] },
        reaction: [{ manifestation: [{ text: '皮疹' }], severity: 'moderate' }],
      }),
      entry({
        resourceType: 'Observation',
        id: 'o1',
        subject,
        status: 'final',
        category: [{ coding: [{ code: 'laboratory' }] }],
        code: { coding: [{ system: 'http://loinc.org', code: '718-7', display: '血红蛋白' }] },
        valueQuantity: { value: 128, unit: 'g/L' },
        effectiveDateTime: '2024-06-01',
      }),
      entry({
        resourceType: 'Observation',
        id: 'o2',
        subject,
        status: 'final',
        category: [{ coding: [{ code: 'vital-signs' }] }],
        code: { coding: [{ system: 'http://loinc.org', code: '85354-9', display: '血压' }] },
        component: [
          {
            code: { coding: [{ system: 'http://loinc.org', code: '8480-6' }] },
            valueQuantity: { value: 150 },
          },
          {
            code: { coding: [{ system: 'http://loinc.org', code: '8462-4' }] },
            valueQuantity: { value: 95 },
          },
        ],
        effectiveDateTime: '2024-05-20',
      }),
      entry({
        resourceType: 'Encounter',
        id: 'e1',
        subject,
        class: { code: 'AMB' },
        period: { start: '2024-05-20' },
      }),
      entry({
        resourceType: 'DiagnosticReport',
        id: 'r1',
        subject,
        status: 'final',
        code: { text: '胸部X线' },
        conclusion: '双肺纹理增粗',
        effectiveDateTime: '2024-05-20',
      }),
    ],
  };
}
