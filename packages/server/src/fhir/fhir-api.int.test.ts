import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FHIR_TYPES } from './fhir-store.ts';
import { fhirErrors } from '../test/fhir-validator.ts';
import { createTestApp, type Client, type TestApp } from '../test/test-app.ts';
import { addSources, generateDraft, openVisit, sign } from '../test/visit-factory.ts';

/** /fhir read and search: narrowing by the access policy, 404s, paging, audit, R4 validity. */
let t: TestApp;
let visit: string;
let recordId: string;
let labSourceId: string;
const c: Record<string, Client> = {};
const users = ['dr.wang', 'dr.zhang', 'nurse.chen', 'pt.zhou', 'pt.wu', 'admin'] as const;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of users) c[u] = await t.login(u);
  visit = await openVisit(t, '周建国');
  ({ labSourceId } = await addSources(t, c['nurse.chen']!, visit));
});
afterAll(() => t.close());

const search = async (who: string, q: string) => {
  const res = await c[who]!.get(`/fhir/${q}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('application/fhir+json');
  return res.json() as {
    total: number;
    entry?: { resource: Record<string, unknown> }[];
    link: { relation: string; url: string }[];
  };
};
const ids = (b: { entry?: { resource: Record<string, unknown> }[] }) =>
  (b.entry ?? []).map((e) => e.resource.id);

async function patientsOf(deptCode: string) {
  const rows = await t.database.db
    .selectFrom('encounters as e')
    .innerJoin('departments as d', 'd.id', 'e.department_id')
    .select('e.patient_id')
    .distinct()
    .where('d.code', '=', deptCode)
    .execute();
  return rows.map((r) => r.patient_id);
}

describe('metadata', () => {
  it('lists exactly the served types, interactions and search parameters', async () => {
    const res = await c['dr.wang']!.get('/fhir/metadata');
    expect(res.headers['content-type']).toContain('application/fhir+json');
    const cs = res.json();
    expect(fhirErrors(cs)).toEqual([]);
    const served = cs.rest[0].resource.filter((r: { interaction: { code: string }[] }) =>
      r.interaction.some((i) => i.code === 'read'),
    );
    expect(served.map((r: { type: string }) => r.type)).toEqual([...FHIR_TYPES]);
    const obs = served.find((r: { type: string }) => r.type === 'Observation');
    expect(obs.searchParam.map((p: { name: string }) => p.name)).toEqual([
      '_id',
      'patient',
      'subject',
      'encounter',
      'code',
      'date',
      '_count',
      '_offset',
    ]);
    expect(cs.rest[0].interaction).toEqual([expect.objectContaining({ code: 'transaction' })]);
  });
});

describe('search narrowing (AC-10)', () => {
  it('each role sees only the patients it may: Bundle.total is the visible count', async () => {
    const im = await patientsOf('IM');
    const gp = await patientsOf('GP');
    const wang = await search('dr.wang', 'Patient?_count=100');
    expect(wang.total).toBe(im.length);
    expect(new Set(ids(wang))).toEqual(new Set(im));
    const zhang = await search('dr.zhang', 'Patient?_count=100');
    expect(new Set(ids(zhang))).toEqual(new Set(gp));
    expect(ids(zhang)).not.toContain(t.ids.patients['周建国']);
    expect(ids(await search('pt.zhou', 'Patient'))).toEqual([t.ids.patients['周建国']]);
    expect((await search('admin', 'Patient')).total).toBe(0);
  });

  it('a search naming a patient out of reach returns nothing (not an error that confirms it exists)', async () => {
    const b = await search('dr.zhang', `Encounter?patient=Patient/${t.ids.patients['周建国']}`);
    expect(b).toMatchObject({ total: 0 });
    expect(b.entry ?? []).toEqual([]);
    expect((await search('pt.wu', `Observation?subject=Patient/${t.ids.patients['周建国']}`)).total).toBe(0);
  });

  it('pages with _count and _offset; total stays the full visible count', async () => {
    const all = await search('dr.wang', 'Patient?_count=100');
    const p1 = await search('dr.wang', 'Patient?_count=2');
    expect(p1.total).toBe(all.total);
    expect(p1.entry).toHaveLength(2);
    const next = p1.link.find((l) => l.relation === 'next')!;
    expect(next.url).toMatch(/\/fhir\/Patient\?_count=2&_offset=2$/);
    const p2 = await search('dr.wang', next.url.slice(next.url.indexOf('/fhir/') + 6));
    expect(ids(p2)).toEqual(ids(all).slice(2, 4));
    expect(p2.link.map((l) => l.relation)).toContain('previous');
  });

  it('refuses unknown or malformed parameters with OperationOutcome', async () => {
    for (const q of [
      'Patient?name=周',
      'Encounter?patient=not-an-id',
      'Encounter?date=yesterday',
      'Patient?_count=0',
      'Observation?_id=a,b;c',
    ]) {
      const res = await c['dr.wang']!.get(`/fhir/${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'invalid' }] });
    }
  });

  it('filters encounters by date in clinic time', async () => {
    const today = await search('dr.wang', `Encounter?patient=${t.ids.patients['周建国']}&date=2026-11-22`);
    expect(ids(today)).toEqual([visit]);
    const before = await search('dr.wang', `Encounter?patient=${t.ids.patients['周建国']}&date=lt2026-11-22`);
    expect(before.total).toBe(1); // the seeded visit two months ago
    const range = await search(
      'dr.wang',
      `Encounter?patient=${t.ids.patients['周建国']}&date=ge2026-01-01&date=le2026-12-31`,
    );
    expect(range.total).toBe(2);
  });
});

describe('read', () => {
  it('answers out-of-reach and unknown ids alike: 404 OperationOutcome, audited as denied', async () => {
    const zhou = t.ids.patients['周建国']!;
    for (const [who, url] of [
      ['dr.zhang', `/fhir/Patient/${zhou}`],
      ['dr.zhang', `/fhir/Encounter/${visit}`],
      ['pt.wu', `/fhir/Encounter/${visit}`],
      ['admin', `/fhir/Patient/${zhou}`],
      ['nurse.chen', '/fhir/AuditEvent/1'],
      ['dr.wang', '/fhir/Composition/00000000-0000-4000-8000-000000000000'],
    ] as const) {
      const res = await c[who]!.get(url);
      expect(res.statusCode, `${who} ${url}`).toBe(404);
      expect(res.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'not-found' }] });
    }
    const denied = await t.database.db
      .selectFrom('audit_events')
      .select(['patient_id', 'resource_id'])
      .where('action', '=', 'fhir.read')
      .where('actor_id', '=', t.ids.users['dr.zhang']!)
      .execute();
    expect(denied).toEqual([
      { patient_id: null, resource_id: null },
      { patient_id: null, resource_id: null },
    ]);
  });

  it('a malformed id is a 400; an unknown type a 404', async () => {
    expect((await c['dr.wang']!.get('/fhir/Encounter/1;DROP')).statusCode).toBe(400);
    expect((await c['dr.wang']!.get('/fhir/AuditEvent/abc')).statusCode).toBe(400);
    expect((await c['dr.wang']!.get('/fhir/Condition/1')).statusCode).toBe(404);
  });
});

describe('machine-read lab results stay inside until the record is signed (invariant 1)', () => {
  it('lab observations and the report appear only after signing; the photo and questionnaire before', async () => {
    const zhou = t.ids.patients['周建国']!;
    const labIds = (b: { entry?: { resource: Record<string, unknown> }[] }) =>
      ids(b).filter((i) => String(i).startsWith(labSourceId));
    expect(labIds(await search('dr.wang', `Observation?patient=${zhou}&_count=100`))).toEqual([]);
    expect((await search('dr.wang', `DiagnosticReport?encounter=Encounter/${visit}`)).total).toBe(0);
    expect(ids(await search('dr.wang', `DocumentReference?encounter=${visit}`))).toEqual([labSourceId]);
    expect((await search('nurse.chen', `QuestionnaireResponse?encounter=${visit}`)).total).toBe(1);
    expect((await search('dr.wang', `Composition?encounter=${visit}`)).total).toBe(0);

    recordId = await sign(c['dr.wang']!, visit, await generateDraft(c['dr.wang']!, visit));

    const obs = await search('dr.wang', `Observation?encounter=${visit}`);
    expect(ids(obs)).toEqual([`${labSourceId}-0`, `${labSourceId}-1`]);
    const alt = await search('dr.wang', `Observation?patient=${zhou}&code=http://loinc.org|1742-6`);
    expect(ids(alt)).toEqual([`${labSourceId}-0`]);
    expect(ids(await search('dr.wang', `DiagnosticReport?encounter=${visit}`))).toEqual([labSourceId]);
    expect(ids(await search('dr.wang', `Composition?patient=${zhou}`))).toEqual([recordId]);
    expect(ids(await search('dr.wang', `Provenance?patient=${zhou}`))).toEqual([recordId]);
    expect((await c['dr.zhang']!.get(`/fhir/Observation/${labSourceId}-0`)).statusCode).toBe(404);
  });

  it('every resource type served validates against FHIR R4', async () => {
    const zhou = t.ids.patients['周建国']!;
    for (const type of FHIR_TYPES) {
      const who = type === 'AuditEvent' ? 'pt.zhou' : 'dr.wang';
      const q = type === 'Patient' ? `_id=${zhou}` : `patient=${zhou}`;
      const b = await search(who, `${type}?${q}&_count=5`);
      expect(b.total, type).toBeGreaterThan(0);
      expect(fhirErrors(b), type).toEqual([]);
      for (const e of b.entry ?? [])
        expect(fhirErrors(e.resource), `${type}/${String(e.resource.id)}`).toEqual([]);
    }
  });
});

describe('audit of FHIR reads and searches (AUD-03)', () => {
  it('a search records one event per patient on the page', async () => {
    const before = await t.database.db
      .selectFrom('audit_events')
      .select('seq')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const b = await search('dr.wang', 'Patient?_count=3');
    const events = await t.database.db
      .selectFrom('audit_events')
      .select(['patient_id', 'action', 'resource_type'])
      .where('seq', '>', before.seq as never)
      .execute();
    expect(events.map((e) => e.patient_id).sort()).toEqual(ids(b).sort());
    expect(new Set(events.map((e) => `${e.action} ${e.resource_type}`))).toEqual(
      new Set(['fhir.search Patient']),
    );
  });

  it('a patient sees who looked at their record; nurses and other departments see no audit events', async () => {
    const zhou = t.ids.patients['周建国']!;
    const mine = await search('pt.zhou', 'AuditEvent?_count=100');
    expect(mine.total).toBeGreaterThan(0);
    const entities = (mine.entry ?? []).map(
      (e) => (e.resource.entity as { what: { reference?: string } }[])[0]!.what.reference,
    );
    expect(new Set(entities)).toEqual(new Set([`Patient/${zhou}`]));
    const whos = (mine.entry ?? []).map(
      (e) => (e.resource.agent as { who: { display?: string } }[])[0]!.who.display,
    );
    expect(whos).toContain('王明');
    expect((await search('dr.wang', `AuditEvent?patient=${zhou}`)).total).toBeGreaterThan(0);
    expect((await search('nurse.chen', 'AuditEvent')).total).toBe(0);
    expect((await search('dr.zhang', `AuditEvent?patient=${zhou}`)).total).toBe(0);
    expect((await search('admin', 'AuditEvent')).total).toBe(0);
    expect((await search('pt.wu', `AuditEvent?patient=${zhou}`)).total).toBe(0);
  });
});
