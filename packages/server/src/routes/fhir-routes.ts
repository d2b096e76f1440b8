import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { assertPatientReadable } from '../access/patient-access.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { Deps } from '../deps.ts';
import { requestContext, requirePrincipal } from '../http/session-hook.ts';
import { fields, parse } from '../http/validate.ts';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const idParams = z.strictObject({ id: fields.id });

/**
 * The FHIR R4 endpoint. The CapabilityStatement lists exactly what is implemented; errors under
 * /fhir are answered as OperationOutcome by the shared error handler.
 */
export function fhirRoutes(app: FastifyInstance, deps: Deps): void {
  app.get('/fhir/metadata', async (_req, reply) => {
    reply.type(FHIR_JSON);
    return {
      resourceType: 'CapabilityStatement',
      status: 'active',
      date: '2026-11-22',
      kind: 'instance',
      fhirVersion: '4.0.1',
      format: ['json'],
      software: { name: 'Yizhu', version: '0.1.0' },
      rest: [
        {
          mode: 'server',
          security: { description: 'Session cookie from /api/auth/login; CSRF header on writes.' },
          resource: [{ type: 'Patient', interaction: [{ code: 'read' }] }],
        },
      ],
    };
  });

  app.get('/fhir/Patient/:id', async (req, reply) => {
    const p = requirePrincipal(req);
    const { id } = parse(idParams, req.params);
    await assertPatientReadable(deps.db, p, id);
    const row = await deps.db
      .selectFrom('patients')
      .select(['id', 'name', 'sex', 'birth_date', 'mrn'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await appendAudit(deps.db, deps.clock(), {
      ...requestContext(req),
      patientId: id,
      action: 'patient.read',
      resourceType: 'Patient',
      resourceId: id,
      outcome: 'success',
      detail: { via: 'fhir' },
    });
    reply.type(FHIR_JSON);
    return {
      resourceType: 'Patient',
      id: row.id,
      identifier: [{ type: { text: 'MRN' }, value: row.mrn }],
      name: [{ text: row.name }],
      gender: row.sex,
      birthDate: row.birth_date,
    };
  });
}
