import type { FhirResource } from './fhir-resource.ts';

/**
 * One row of the hash-chained audit log → FHIR R4 AuditEvent (AUD-02 mapping: recorded, agent with
 * requestor=true, type+subtype+action, outcome, entity Patient). The client IP is left out: the
 * people who may read these (the patient; doctors of the department) need who and when, not where.
 */
export interface AuditRow {
  seq: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  patientId: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  outcome: 'success' | 'failure' | 'denied';
}

const OUTCOME = { success: '0', failure: '4', denied: '8' } as const;

/** C create · R read/search · U update · D delete · E execute (sign, export, login …). */
export function auditAction(action: string): 'C' | 'R' | 'U' | 'D' | 'E' {
  const verb = action.split('.').pop() ?? '';
  if (/^(create|generate|import|transaction|add)$/.test(verb)) return 'C';
  if (/^(read|list|search|vread)$/.test(verb)) return 'R';
  if (/^(edit|update|amend)$/.test(verb)) return 'U';
  if (/^(delete|revoke)$/.test(verb)) return 'D';
  return 'E';
}

export function toFhirAuditEvent(a: AuditRow): FhirResource {
  const entity: Record<string, unknown>[] = [];
  if (a.patientId)
    entity.push({
      what: { reference: `Patient/${a.patientId}` },
      type: {
        system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type',
        code: '1',
        display: 'Person',
      },
      role: { system: 'http://terminology.hl7.org/CodeSystem/object-role', code: '1', display: 'Patient' },
    });
  if (a.resourceType && a.resourceId)
    entity.push({
      what: { identifier: { system: `urn:yizhu:${a.resourceType}`, value: a.resourceId } },
      type: {
        system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type',
        code: '2',
        display: 'System Object',
      },
    });
  return {
    resourceType: 'AuditEvent',
    id: a.seq,
    type: {
      system: 'http://terminology.hl7.org/CodeSystem/audit-event-type',
      code: 'rest',
      display: 'RESTful Operation',
    },
    subtype: [{ system: 'urn:yizhu:audit-action', code: a.action }],
    action: auditAction(a.action),
    recorded: a.at,
    outcome: OUTCOME[a.outcome],
    agent: [
      {
        requestor: true,
        who: a.actorId
          ? {
              identifier: { system: 'urn:yizhu:user', value: a.actorId },
              ...(a.actorName ? { display: a.actorName } : {}),
            }
          : { display: 'system' },
        ...(a.actorRole ? { role: [{ text: a.actorRole }] } : {}),
      },
    ],
    source: { observer: { display: 'Yizhu' } },
    ...(entity.length ? { entity } : {}),
  };
}
