import { describe, expect, it } from 'vitest';
import type { DraftSection } from '../record/draft-types.ts';
import type { LabObservation } from '../labs/lab-observation.ts';
import { citedObservations } from './cited-observations.ts';
import { LOINC_SECTIONS } from './loinc-sections.data.ts';
import { auditAction } from './to-fhir-audit-event.ts';
import {
  toAiProvenance,
  toFhirComposition,
  toFhirDocumentBundle,
  type SignedDocumentInput,
} from './to-fhir-document.ts';

const input: SignedDocumentInput = {
  record: {
    id: '11111111-1111-4111-8111-111111111111',
    version: 1,
    signedAt: '2026-11-22T02:07:00.000Z',
    content: {
      zh: [
        { id: 'chief_complaint', title: '主诉', text: '头晕3天。' },
        { id: 'family', title: '家族史', text: '' },
        { id: 'results', title: '辅助检查', text: 'ALT 62 U/L <偏高>。' },
      ],
      en: [],
      draftVersion: 2,
      aiAssisted: true,
      unresolvedConflicts: 0,
    },
    draftId: '22222222-2222-4222-8222-222222222222',
  },
  patient: { id: 'p1', name: '周建国', sex: 'male', birthDate: '1960-01-01', mrn: 'MZ1' },
  encounter: {
    id: 'e1',
    patientId: 'p1',
    doctorId: 'd1',
    status: 'finished',
    scheduledAt: '2026-11-22T02:00:00.000Z',
    reason: null,
    department: { zh: '内科', en: 'Internal medicine' },
  },
  doctor: { id: 'd1', displayName: '王明' },
  observations: [
    { resource: { resourceType: 'Observation', id: 'o-lab' }, aiRead: true, sections: ['results'] },
    { resource: { resourceType: 'Observation', id: 'o-emr' }, aiRead: false, sections: ['results'] },
  ],
  software: { name: 'Yizhu', version: '0.1.0' },
  baseUrl: 'http://clinic/fhir',
  exportedAt: '2026-11-22T03:00:00.000Z',
};

describe('signed record → FHIR document', () => {
  it('codes each written section with LOINC, escapes the narrative, drops empty sections, cites observations', () => {
    const c = toFhirComposition(input) as unknown as {
      section: { code: { coding: { code: string }[] }; text?: { div: string }; entry?: unknown[] }[];
    };
    expect(c.section.map((s) => s.code.coding[0]!.code)).toEqual([
      LOINC_SECTIONS.chief_complaint.code,
      LOINC_SECTIONS.results.code,
    ]);
    expect(c.section[1]!.text!.div).toBe(
      '<div xmlns="http://www.w3.org/1999/xhtml"><p>ALT 62 U/L &lt;偏高&gt;。</p></div>',
    );
    expect(c.section[1]!.entry).toEqual([
      { reference: 'Observation/o-lab' },
      { reference: 'Observation/o-emr' },
    ]);
  });

  it('names the AI as author and the doctor as verifier and attester; only machine-read results are targets', () => {
    const p = toAiProvenance(input) as unknown as {
      target: unknown[];
      agent: { type: { coding: { code: string }[] } }[];
    };
    expect(p.agent.map((a) => a.type.coding[0]!.code)).toEqual(['author', 'verifier', 'attester']);
    expect(p.target).toEqual([
      { reference: `Composition/${input.record.id}` },
      { reference: 'Observation/o-lab' },
    ]);
  });

  it('an amendment is status amended and replaces the version before it', () => {
    const c = toFhirComposition({ ...input, record: { ...input.record, version: 2, previousId: 'r0' } });
    expect(c).toMatchObject({
      status: 'amended',
      relatesTo: [{ code: 'replaces', targetReference: { reference: 'Composition/r0' } }],
    });
  });

  it('puts the Composition first and labels machine-read observations AIAST', () => {
    const b = toFhirDocumentBundle(input) as unknown as {
      entry: {
        fullUrl: string;
        resource: { resourceType: string; id: string; meta?: { security?: { code: string }[] } };
      }[];
    };
    expect(b.entry[0]!.resource.resourceType).toBe('Composition');
    expect(b.entry[0]!.fullUrl).toBe(`http://clinic/fhir/Composition/${input.record.id}`);
    const obs = b.entry.filter((e) => e.resource.resourceType === 'Observation');
    expect(obs.map((o) => [o.resource.id, o.resource.meta?.security?.map((s) => s.code)])).toEqual([
      ['o-lab', ['AIAST']],
      ['o-emr', undefined],
    ]);
  });

  it('every section id has a LOINC code; uncertain ones say why', () => {
    for (const s of Object.values(LOINC_SECTIONS)) {
      expect(s.code).toMatch(/^\d{4,5}-\d$/);
      if (s.uncertain) expect(s.note).toBeTruthy();
    }
  });
});

describe('citedObservations', () => {
  const obs = (start: number, end: number) =>
    ({
      evidence: [{ sourceId: 'lab', locator: { kind: 'text', charStart: start, charEnd: end } }],
    }) as unknown as LabObservation;
  const section = (
    id: DraftSection['id'],
    evidence: DraftSection['sentences'][number]['evidence'],
  ): DraftSection => ({
    id,
    title: id,
    role: 'objective',
    sentences: [{ text: 'x', evidence, factIds: [] }],
  });

  it('matches overlapping evidence of the same source, and FHIR references', () => {
    const r = citedObservations(
      [
        section('results', [
          { sourceId: 'lab', locator: { kind: 'text', charStart: 12, charEnd: 14 } },
          { sourceId: 'emr', locator: { kind: 'fhir', reference: 'Observation/abc', path: 'valueQuantity' } },
        ]),
        section('hpi', [{ sourceId: 'other', locator: { kind: 'text', charStart: 0, charEnd: 100 } }]),
      ],
      [{ sourceId: 'lab', observations: [obs(0, 5), obs(10, 20)] }],
    );
    expect(r.labs).toEqual([{ sourceId: 'lab', index: 1, sections: ['results'] }]);
    expect(r.emr).toEqual([{ reference: 'Observation/abc', sections: ['results'] }]);
  });
});

describe('auditAction', () => {
  it('maps action verbs to FHIR AuditEvent.action', () => {
    expect(
      ['fhir.read', 'fhir.search', 'draft.generate', 'draft.edit', 'record.sign', 'emr.import'].map(
        auditAction,
      ),
    ).toEqual(['R', 'R', 'C', 'U', 'E', 'C']);
  });
});
