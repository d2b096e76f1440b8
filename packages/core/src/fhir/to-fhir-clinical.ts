import type { FhirResource } from './fhir-resource.ts';

/** Yizhu rows → FHIR R4 Patient, Encounter, Practitioner (pure; inputs are plain values). */
export interface PatientRow {
  id: string;
  name: string;
  sex: 'male' | 'female' | 'other' | 'unknown';
  birthDate: string;
  mrn: string;
}

export function toFhirPatient(p: PatientRow): FhirResource {
  return {
    resourceType: 'Patient',
    id: p.id,
    identifier: [{ type: { text: 'MRN' }, system: 'urn:yizhu:mrn', value: p.mrn }],
    name: [{ text: p.name }],
    gender: p.sex,
    birthDate: p.birthDate,
  };
}

export interface EncounterRow {
  id: string;
  patientId: string;
  doctorId: string | null;
  doctorName?: string | null;
  status: 'planned' | 'arrived' | 'in-progress' | 'finished' | 'cancelled';
  scheduledAt: string;
  reason: string | null;
  department: { zh: string; en: string };
}

export function toFhirEncounter(e: EncounterRow): FhirResource {
  return {
    resourceType: 'Encounter',
    id: e.id,
    status: e.status, // Yizhu's states are a subset of R4 Encounter.status
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
    serviceType: { text: e.department.zh },
    subject: { reference: `Patient/${e.patientId}` },
    ...(e.doctorId
      ? {
          participant: [
            {
              individual: {
                reference: `Practitioner/${e.doctorId}`,
                ...(e.doctorName ? { display: e.doctorName } : {}),
              },
            },
          ],
        }
      : {}),
    period: { start: e.scheduledAt },
    ...(e.reason ? { reasonCode: [{ text: e.reason }] } : {}),
  };
}

export function toFhirPractitioner(u: { id: string; displayName: string }): FhirResource {
  return { resourceType: 'Practitioner', id: u.id, name: [{ text: u.displayName }] };
}
