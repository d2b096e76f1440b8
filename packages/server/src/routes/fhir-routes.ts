import {
  canPrepareEncounter,
  forbidden,
  notFound,
  toFhirDocumentBundle,
  YizhuError,
  type FhirResource,
} from '@yizhu/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { assertPatientReadable, loadEncounterFacts } from '../access/patient-access.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { Deps } from '../deps.ts';
import { capabilityStatement } from '../fhir/capability-statement.ts';
import { fhirReach } from '../fhir/fhir-reach.ts';
import { filterAndPage, parseSearch } from '../fhir/fhir-search.ts';
import { FHIR_TYPES, loadFhir, type FhirType, type StoreContext } from '../fhir/fhir-store.ts';
import { IMPORTABLE_TYPES, planTransaction } from '../fhir/fhir-transaction.ts';
import { loadSignedDocument, LAB_OBSERVATION_ID } from '../fhir/signed-document.ts';
import { requestContext, requirePrincipal, requireSession } from '../http/session-hook.ts';
import { fields, parse } from '../http/validate.ts';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const typeParams = z.strictObject({ type: z.string().max(64) });
const readParams = z.strictObject({ type: z.string().max(64), id: z.string().max(200) });
const idParams = z.strictObject({ id: fields.id });

// security.md SESS-06: exporting needs a credential entered at most 5 minutes before (as signing does).
const FRESH_AUTH_MS = 5 * 60_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Id shapes per type: a malformed id is a 400 before any query. */
const ID_OK: Record<FhirType, (id: string) => boolean> = {
  Patient: (id) => UUID.test(id),
  Encounter: (id) => UUID.test(id),
  Observation: (id) => UUID.test(id) || LAB_OBSERVATION_ID.test(id),
  DiagnosticReport: (id) => UUID.test(id),
  QuestionnaireResponse: (id) => UUID.test(id),
  Composition: (id) => UUID.test(id),
  DocumentReference: (id) => UUID.test(id),
  Provenance: (id) => UUID.test(id),
  AuditEvent: (id) => /^\d{1,18}$/.test(id),
};

function fhirType(type: string): FhirType {
  if (!(FHIR_TYPES as readonly string[]).includes(type)) throw notFound('resource type');
  return type as FhirType;
}

/** Absolute base for fullUrls and paging links; a Host header that is not a plain host name is not echoed. */
function baseUrl(req: FastifyRequest): string {
  const host = /^[A-Za-z0-9.\-:[\]]{1,255}$/.test(req.host) ? req.host : 'localhost';
  return `${req.protocol}://${host}/fhir`;
}

/**
 * The FHIR R4 endpoint: read and search narrowed by the access policy, EMR history import
 * (create / transaction), and the signed-record document export. Errors under /fhir are answered as
 * OperationOutcome by the shared error handler. See fhir/README.md.
 */
export function fhirRoutes(app: FastifyInstance, deps: Deps): void {
  const offset = deps.config.utcOffsetMinutes;
  const context = async (req: FastifyRequest): Promise<StoreContext> => ({
    db: deps.db,
    reach: await fhirReach(deps.db, requirePrincipal(req)),
    baseUrl: baseUrl(req),
    now: deps.clock(),
  });

  app.get('/fhir/metadata', async (_req, reply) => {
    reply.type(FHIR_JSON);
    return capabilityStatement(deps.clock().toISOString());
  });

  app.get('/fhir/:type', async (req, reply) => {
    requirePrincipal(req);
    const type = fhirType(parse(typeParams, req.params).type);
    const search = parseSearch(type, (req.query ?? {}) as Record<string, unknown>, offset);
    const ctx = await context(req);
    const { total, page } = filterAndPage(await loadFhir(ctx, type, search.query), search, offset);

    // AUD-03: one event per patient whose data the page shows; an empty search is audited too.
    const perPatient = new Map<string, number>();
    for (const i of page) perPatient.set(i.patientId, (perPatient.get(i.patientId) ?? 0) + 1);
    const now = deps.clock();
    await deps.db.transaction().execute(async (trx) => {
      const events = perPatient.size ? [...perPatient] : [[null, 0] as const];
      for (const [patientId, returned] of events)
        await appendAudit(trx, now, {
          ...requestContext(req),
          patientId,
          action: 'fhir.search',
          resourceType: type,
          resourceId: null,
          outcome: 'success',
          detail: { returned, total },
        });
    });

    const link = (relation: string, at: number) => {
      const qs = new URLSearchParams(search.echo.filter(([k]) => k !== '_count' && k !== '_offset'));
      qs.set('_count', String(search.count));
      qs.set('_offset', String(at));
      return { relation, url: `${ctx.baseUrl}/${type}?${qs.toString()}` };
    };
    const links = [link('self', search.offset)];
    if (search.offset + search.count < total) links.push(link('next', search.offset + search.count));
    if (search.offset > 0) links.push(link('previous', Math.max(0, search.offset - search.count)));
    reply.type(FHIR_JSON);
    return {
      resourceType: 'Bundle',
      type: 'searchset',
      total,
      link: links,
      entry: page.map((i) => ({
        fullUrl: `${ctx.baseUrl}/${type}/${String(i.resource.id)}`,
        resource: i.resource,
        search: { mode: 'match' },
      })),
    };
  });

  app.get('/fhir/:type/:id', async (req, reply) => {
    requirePrincipal(req);
    const params = parse(readParams, req.params);
    const type = fhirType(params.type);
    if (!ID_OK[type](params.id))
      throw new YizhuError('validation', 'malformed id', [{ path: 'id', message: `not a ${type} id` }]);
    const ctx = await context(req);
    const [item] = await loadFhir(ctx, type, { ids: [params.id] });
    await appendAudit(deps.db, deps.clock(), {
      ...requestContext(req),
      patientId: item?.patientId ?? null, // an unknown or hidden id is not named in the log either
      action: 'fhir.read',
      resourceType: type,
      resourceId: item ? params.id : null,
      outcome: item ? 'success' : 'denied',
      detail: null,
    });
    if (!item) throw notFound(type);
    reply.type(FHIR_JSON);
    return item.resource;
  });

  /** Stores a validated plan in one transaction with its audit event: all entries or none. */
  const importHistory = async (req: FastifyRequest, body: unknown) => {
    const p = requirePrincipal(req);
    const plan = planTransaction(body);
    await assertPatientReadable(deps.db, p, plan.patientId);
    if (p.role !== 'doctor' && p.role !== 'nurse') throw forbidden('only clinical staff import EMR history');
    const now = deps.clock();
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('emr_resources')
        .values(
          plan.entries.map((e) => ({
            id: e.id,
            patient_id: plan.patientId,
            resource_type: e.type,
            resource: JSON.stringify(e.resource),
            source: 'fhir-import',
            recorded_at: now,
          })),
        )
        .execute();
      const types: Record<string, number> = {};
      for (const e of plan.entries) types[e.type] = (types[e.type] ?? 0) + 1;
      await appendAudit(trx, now, {
        ...requestContext(req),
        patientId: plan.patientId,
        action: 'emr.import',
        resourceType: 'Bundle',
        resourceId: null,
        outcome: 'success',
        detail: { entries: plan.entries.length, types },
      });
    });
    return plan;
  };

  app.post('/fhir', async (req, reply) => {
    const plan = await importHistory(req, req.body);
    reply.code(200).type(FHIR_JSON);
    return {
      resourceType: 'Bundle',
      type: 'transaction-response',
      entry: plan.entries.map((e) => ({
        response: { status: '201 Created', location: `${e.type}/${e.id}` },
      })),
    };
  });

  app.post('/fhir/:type', async (req, reply) => {
    requirePrincipal(req);
    const type = parse(typeParams, req.params).type;
    if (!(IMPORTABLE_TYPES as readonly string[]).includes(type))
      throw new YizhuError('validation', 'create is not supported for this type', [
        { path: 'resourceType', message: `create accepts ${IMPORTABLE_TYPES.join(', ')}` },
      ]);
    const resource = req.body as FhirResource | undefined;
    if (resource?.resourceType !== type)
      throw new YizhuError('validation', 'resourceType does not match the URL', [
        { path: 'resourceType', message: `expected ${type}` },
      ]);
    const plan = await importHistory(req, {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [{ resource, request: { method: 'POST', url: type } }],
    });
    const created = plan.entries[0]!;
    reply
      .code(201)
      .type(FHIR_JSON)
      .header('location', `${baseUrl(req)}/${type}/${created.id}`);
    return created.resource;
  });

  /**
   * The signed record as a FHIR document Bundle. Only a signed version exists as a Composition, so an
   * unsigned visit has nothing to export (invariant 1: nothing AI-made leaves unsigned). Clinical staff
   * of the visit's department, with a credential entered within 5 minutes (SESS-06). Audited.
   */
  const exportDocument = async (
    req: FastifyRequest,
    reply: FastifyReply,
    encounterId: string,
    recordId?: string,
  ) => {
    const s = requireSession(req);
    const e = await loadEncounterFacts(deps.db, encounterId);
    if (!e || canPrepareEncounter(s.principal, e) !== 'allow')
      throw notFound(recordId ? 'Composition' : 'visit');
    const record = await deps.db
      .selectFrom('records')
      .select(['id', 'version'])
      .where('encounter_id', '=', encounterId)
      .$if(recordId !== undefined, (qb) => qb.where('id', '=', recordId!))
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    const audit = (outcome: 'success' | 'denied', detail: Record<string, unknown> | null) =>
      appendAudit(deps.db, deps.clock(), {
        ...requestContext(req),
        patientId: e.patientId,
        action: 'record.export',
        resourceType: 'Record',
        resourceId: record?.id ?? null,
        outcome,
        detail,
      });
    if (!record) {
      await audit('denied', { reason: 'unsigned' });
      throw new YizhuError('conflict', 'the record is not signed yet; nothing AI-generated leaves unsigned');
    }
    if (deps.clock().getTime() - s.reauthAt.getTime() > FRESH_AUTH_MS) {
      await audit('denied', { reason: 'reauth_required' });
      throw new YizhuError('reauth_required', 'confirm your password or one-time code before exporting');
    }
    const now = deps.clock();
    const input = await loadSignedDocument(deps.db, record.id, {
      baseUrl: baseUrl(req),
      exportedAt: now.toISOString(),
    });
    if (!input) throw notFound('record');
    const bundle = toFhirDocumentBundle(input);
    await audit('success', { version: record.version, observations: input.observations.length });
    reply
      .type(FHIR_JSON)
      .header('content-disposition', `attachment; filename="record-${record.id}-v${record.version}.json"`);
    return bundle;
  };

  app.get('/fhir/Composition/:id/$document', async (req, reply) => {
    requirePrincipal(req);
    const { id } = parse(idParams, req.params);
    const row = await deps.db
      .selectFrom('records')
      .select('encounter_id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('Composition');
    return exportDocument(req, reply, row.encounter_id, id);
  });

  app.post('/api/visits/:id/export', async (req, reply) => {
    requirePrincipal(req);
    const { id } = parse(idParams, req.params);
    return exportDocument(req, reply, id);
  });
}
