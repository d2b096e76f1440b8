import type { SectionId } from '../record/draft-types.ts';
import type { SignedRecordContent } from '../record/signed-record.ts';
import { narrative, SECURITY, type FhirResource } from './fhir-resource.ts';
import { LOINC_SECTIONS, LOINC_SYSTEM, OUTPATIENT_NOTE } from './loinc-sections.data.ts';
import {
  toFhirEncounter,
  toFhirPatient,
  toFhirPractitioner,
  type EncounterRow,
  type PatientRow,
} from './to-fhir-clinical.ts';

/**
 * A signed 门诊病历 as a FHIR R4 document Bundle: Composition (LOINC-coded sections), the Observations
 * it cites, Provenance naming the AI as author (Device, AIAST per HL7 AI Transparency on FHIR) and the
 * doctor as verifier and attester (security.md AI-05, AI-06). Pure; only signed content comes in —
 * the caller refuses unsigned visits (invariant 1).
 */
export interface SignedDocumentInput {
  record: {
    id: string;
    version: number;
    signedAt: string;
    content: SignedRecordContent;
    /** The version this one amends (version > 1). */
    previousId?: string;
    amendmentReason?: string | null;
    draftId?: string | null;
  };
  patient: PatientRow;
  encounter: EncounterRow;
  doctor: { id: string; displayName: string };
  /** Observations the record cites: FHIR resources, and whether a machine read them (OCR). */
  observations: { resource: FhirResource; aiRead: boolean; sections: SectionId[] }[];
  software: { name: string; version: string };
  /** Absolute base of the FHIR endpoint, e.g. https://clinic.example/fhir — fullUrls resolve against it. */
  baseUrl: string;
  exportedAt: string;
}

export const AI_DEVICE_ID = 'yizhu-ai';

export function aiDevice(software: { name: string; version: string }): FhirResource {
  return {
    resourceType: 'Device',
    id: AI_DEVICE_ID,
    deviceName: [{ name: `${software.name} clinical language engine`, type: 'model-name' }],
    type: { text: 'AI clinical documentation assistant' },
    version: [{ value: software.version }],
  };
}

const participant = (code: 'author' | 'verifier' | 'attester', display: string) => ({
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type', code, display }],
});

export function toFhirComposition(input: SignedDocumentInput): FhirResource {
  const { record, doctor } = input;
  const citedBy = (id: SectionId) =>
    input.observations
      .filter((o) => o.sections.includes(id))
      .map((o) => ({ reference: `Observation/${String(o.resource.id)}` }));
  const sections = record.content.zh
    .map((s) => {
      const loinc = LOINC_SECTIONS[s.id];
      const entry = citedBy(s.id);
      return {
        title: s.title,
        code: { coding: [{ system: LOINC_SYSTEM, code: loinc.code, display: loinc.display }] },
        ...(s.text.trim() ? { text: narrative(s.text) } : {}),
        ...(entry.length ? { entry } : {}),
      };
    })
    // cmp-2: a section needs text or entries; an empty section was not written, so it is not sent.
    .filter((s) => 'text' in s || 'entry' in s);
  return {
    resourceType: 'Composition',
    id: record.id,
    meta: { security: [SECURITY.normal, SECURITY.aiAsserted] },
    language: 'zh-CN',
    identifier: { system: 'urn:yizhu:record', value: `${record.id}` },
    status: record.version > 1 ? 'amended' : 'final',
    type: {
      coding: [{ system: LOINC_SYSTEM, code: OUTPATIENT_NOTE.code, display: OUTPATIENT_NOTE.display }],
      text: '门诊病历',
    },
    subject: { reference: `Patient/${input.patient.id}` },
    encounter: { reference: `Encounter/${input.encounter.id}` },
    date: record.signedAt,
    author: [
      { reference: `Practitioner/${doctor.id}`, display: doctor.displayName },
      { reference: `Device/${AI_DEVICE_ID}`, display: 'AI draft (reviewed and signed by the doctor)' },
    ],
    title: '门诊病历',
    confidentiality: 'N',
    attester: [{ mode: 'legal', time: record.signedAt, party: { reference: `Practitioner/${doctor.id}` } }],
    ...(record.previousId
      ? {
          relatesTo: [
            { code: 'replaces', targetReference: { reference: `Composition/${record.previousId}` } },
          ],
        }
      : {}),
    section: sections,
  };
}

export function toAiProvenance(input: SignedDocumentInput): FhirResource {
  const { record, doctor } = input;
  return {
    resourceType: 'Provenance',
    id: record.id,
    meta: { security: [SECURITY.aiAsserted] },
    target: [
      { reference: `Composition/${record.id}` },
      ...input.observations
        .filter((o) => o.aiRead)
        .map((o) => ({ reference: `Observation/${String(o.resource.id)}` })),
    ],
    recorded: record.signedAt,
    reason: [{ coding: [SECURITY.aiAsserted] }],
    activity: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation',
          code: record.version > 1 ? 'UPDATE' : 'CREATE',
        },
      ],
      ...(record.amendmentReason ? { text: record.amendmentReason } : {}),
    },
    agent: [
      { type: participant('author', 'Author'), who: { reference: `Device/${AI_DEVICE_ID}` } },
      {
        type: participant('verifier', 'Verifier'),
        who: { reference: `Practitioner/${doctor.id}`, display: doctor.displayName },
      },
      {
        type: participant('attester', 'Attester'),
        who: { reference: `Practitioner/${doctor.id}`, display: doctor.displayName },
      },
    ],
    ...(record.draftId
      ? {
          entity: [
            {
              role: 'source',
              what: {
                identifier: { system: 'urn:yizhu:draft', value: record.draftId },
                display: `AI draft version ${record.content.draftVersion}`,
              },
            },
          ],
        }
      : {}),
  };
}

const withAiLabel = (r: FhirResource): FhirResource => {
  const meta = (r.meta ?? {}) as { security?: unknown[] };
  return { ...r, meta: { ...meta, security: [...(meta.security ?? []), SECURITY.aiAsserted] } };
};

export function toFhirDocumentBundle(input: SignedDocumentInput): FhirResource {
  const resources: FhirResource[] = [
    toFhirComposition(input),
    toFhirPatient(input.patient),
    toFhirEncounter(input.encounter),
    toFhirPractitioner(input.doctor),
    aiDevice(input.software),
    ...input.observations.map((o) => (o.aiRead ? withAiLabel(o.resource) : o.resource)),
    toAiProvenance(input),
  ];
  return {
    resourceType: 'Bundle',
    meta: { security: [SECURITY.normal, SECURITY.aiAsserted] },
    // bdl-9: a document has a persistent identifier — the same signed version gives the same one.
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${input.record.id}` },
    type: 'document',
    timestamp: input.exportedAt,
    entry: resources.map((resource) => ({
      fullUrl: `${input.baseUrl}/${resource.resourceType}/${String(resource.id)}`,
      resource,
    })),
  };
}
