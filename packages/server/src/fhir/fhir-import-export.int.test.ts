import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fhirErrors } from '../test/fhir-validator.ts';
import { createTestApp, TEST_PASSWORD, type Client, type TestApp } from '../test/test-app.ts';
import { addSources, generateDraft, openVisit, sign } from '../test/visit-factory.ts';

/** EMR history import (transaction/create: validated, atomic) and the signed-record document export. */
let t: TestApp;
const c: Record<string, Client> = {};
let zhou: string;
let wu: string;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['dr.wang', 'dr.zhang', 'nurse.chen', 'pt.zhou', 'admin']) c[u] = await t.login(u);
  zhou = t.ids.patients['周建国']!;
  wu = t.ids.patients['吴秀兰']!;
});
afterAll(() => t.close());

const fhirPost = (who: string, url: string, body: unknown) =>
  c[who]!.request({
    method: 'POST',
    url,
    payload: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/fhir+json' },
  });
const emrCount = async () => (await t.database.db.selectFrom('emr_resources').select('id').execute()).length;

const OBS_URN = 'urn:uuid:7f2a3c1e-0000-4000-8000-000000000001';
const historyBundle = (patient: string) => ({
  resourceType: 'Bundle',
  type: 'transaction',
  entry: [
    {
      resource: {
        resourceType: 'Condition',
        subject: { reference: `Patient/${patient}` },
        code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'E11.9' }], text: '2型糖尿病' },
        clinicalStatus: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
        },
      },
      request: { method: 'POST', url: 'Condition' },
    },
    {
      fullUrl: OBS_URN,
      resource: {
        resourceType: 'Observation',
        status: 'final',
        subject: { reference: `Patient/${patient}` },
        code: { coding: [{ system: 'http://loinc.org', code: '4548-4', display: 'Hemoglobin A1c' }] },
        effectiveDateTime: '2026-10-01',
        valueQuantity: { value: 7.9, unit: '%', system: 'http://unitsofmeasure.org', code: '%' },
      },
      request: { method: 'POST', url: 'Observation' },
    },
    {
      resource: {
        resourceType: 'DiagnosticReport',
        status: 'final',
        subject: { reference: `Patient/${patient}` },
        code: { text: '糖化血红蛋白' },
        result: [{ reference: OBS_URN }],
      },
      request: { method: 'POST', url: 'DiagnosticReport' },
    },
  ],
});

describe('EMR history import (transaction)', () => {
  it('stores every entry, rewrites urn:uuid references, audits once, and the history becomes searchable', async () => {
    const before = await emrCount();
    const res = await fhirPost('nurse.chen', '/fhir', historyBundle(zhou));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/fhir+json');
    const out = res.json();
    expect(out.type).toBe('transaction-response');
    expect(out.entry).toHaveLength(3);
    expect(await emrCount()).toBe(before + 3);
    const obsId = (out.entry[1].response.location as string).split('/')[1];
    const reportId = (out.entry[2].response.location as string).split('/')[1];
    const report = (await c['dr.wang']!.get(`/fhir/DiagnosticReport/${reportId}`)).json();
    expect(report.result).toEqual([{ reference: `Observation/${obsId}` }]);
    const a1c = (await c['dr.wang']!.get(`/fhir/Observation?patient=${zhou}&code=4548-4`)).json();
    expect(a1c.entry.map((e: { resource: { id: string } }) => e.resource.id)).toContain(obsId);
    expect(fhirErrors(a1c.entry[0].resource)).toEqual([]);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['patient_id', 'detail'])
      .where('action', '=', 'emr.import')
      .execute();
    expect(audit).toEqual([
      {
        patient_id: zhou,
        detail: { entries: 3, types: { Condition: 1, Observation: 1, DiagnosticReport: 1 } },
      },
    ]);
  });

  it('one malformed entry refuses the whole bundle: OperationOutcome naming it, nothing stored', async () => {
    const before = await emrCount();
    const bad = historyBundle(zhou);
    delete (bad.entry[1]!.resource as Record<string, unknown>).status;
    const res = await fhirPost('dr.wang', '/fhir', bad);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'invalid', expression: ['Bundle.entry[1].resource.status'] }],
    });
    expect(await emrCount()).toBe(before);
  });

  it('refuses malformed bundles of every kind', async () => {
    const before = await emrCount();
    const mixed = historyBundle(zhou);
    (mixed.entry[0]!.resource.subject as { reference: string }).reference = `Patient/${wu}`;
    const dangling = historyBundle(zhou);
    dangling.entry[2]!.resource.result = [{ reference: 'urn:uuid:7f2a3c1e-0000-4000-8000-00000000dead' }];
    const cases: [string, unknown][] = [
      ['not json', '{"resourceType": "Bundle", '],
      ['not a bundle', { resourceType: 'Patient' }],
      ['a batch', { ...historyBundle(zhou), type: 'batch' }],
      ['no entries', { resourceType: 'Bundle', type: 'transaction', entry: [] }],
      ['two patients', mixed],
      ['dangling urn:uuid', dangling],
      [
        'a type not imported',
        {
          resourceType: 'Bundle',
          type: 'transaction',
          entry: [{ resource: { resourceType: 'Patient' }, request: { method: 'POST', url: 'Patient' } }],
        },
      ],
      [
        'a PUT',
        {
          ...historyBundle(zhou),
          entry: historyBundle(zhou).entry.map((e) => ({
            ...e,
            request: { method: 'PUT', url: e.request.url },
          })),
        },
      ],
      [
        'no subject',
        {
          resourceType: 'Bundle',
          type: 'transaction',
          entry: [{ resource: { resourceType: 'Condition' }, request: { method: 'POST', url: 'Condition' } }],
        },
      ],
    ];
    for (const [what, body] of cases) {
      const res = await fhirPost('dr.wang', '/fhir', body);
      expect(res.statusCode, what).toBe(400);
      expect(res.json().resourceType, what).toBe('OperationOutcome');
    }
    expect(await emrCount()).toBe(before);
  });

  it('only clinical staff who can see the patient may import', async () => {
    const before = await emrCount();
    expect((await fhirPost('dr.zhang', '/fhir', historyBundle(zhou))).statusCode).toBe(404);
    expect((await fhirPost('admin', '/fhir', historyBundle(zhou))).statusCode).toBe(404);
    expect((await fhirPost('pt.zhou', '/fhir', historyBundle(zhou))).statusCode).toBe(403);
    expect(
      (await fhirPost('dr.wang', '/fhir', historyBundle('00000000-0000-4000-8000-000000000000'))).statusCode,
    ).toBe(404);
    expect(await emrCount()).toBe(before);
  });

  it('create is a one-entry transaction answering 201 with a Location', async () => {
    const res = await fhirPost('dr.wang', '/fhir/AllergyIntolerance', {
      resourceType: 'AllergyIntolerance',
      patient: { reference: `Patient/${zhou}` },
      clinicalStatus: {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' },
        ],
      },
      code: { text: '青霉素' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers.location).toMatch(/\/fhir\/AllergyIntolerance\/[0-9a-f-]{36}$/);
    expect(fhirErrors(res.json())).toEqual([]);
    expect((await fhirPost('dr.wang', '/fhir/Patient', { resourceType: 'Patient' })).statusCode).toBe(400);
    expect((await fhirPost('dr.wang', '/fhir/Condition', { resourceType: 'Observation' })).statusCode).toBe(
      400,
    );
  });
});

describe('signed record export (document Bundle)', () => {
  let visit: string;
  let recordId: string;
  let labSourceId: string;

  it('an unsigned visit has nothing to export (409) — and the refusal is audited', async () => {
    visit = await openVisit(t, '周建国');
    ({ labSourceId } = await addSources(t, c['nurse.chen']!, visit));
    await generateDraft(c['dr.wang']!, visit);
    const res = await c['dr.wang']!.post(`/api/visits/${visit}/export`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'conflict' });
    const e = await t.database.db
      .selectFrom('audit_events')
      .select(['outcome', 'detail'])
      .where('action', '=', 'record.export')
      .executeTakeFirstOrThrow();
    expect(e).toEqual({ outcome: 'denied', detail: { reason: 'unsigned' } });
  });

  it('exports the signed record: Composition with LOINC sections, cited Observations, AI Provenance — all valid R4', async () => {
    const v = (await c['dr.wang']!.get(`/api/visits/${visit}/draft`)).json().draft.version;
    recordId = await sign(c['dr.wang']!, visit, v);
    const res = await c['dr.wang']!.post(`/api/visits/${visit}/export`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/fhir+json');
    const bundle = res.json();
    expect(fhirErrors(bundle)).toEqual([]);
    for (const e of bundle.entry) expect(fhirErrors(e.resource), e.fullUrl).toEqual([]);

    expect(bundle).toMatchObject({
      resourceType: 'Bundle',
      type: 'document',
      identifier: { value: `urn:uuid:${recordId}` },
    });
    const types = bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType);
    expect(types[0]).toBe('Composition');
    expect(types).toEqual(
      expect.arrayContaining(['Patient', 'Encounter', 'Practitioner', 'Device', 'Observation', 'Provenance']),
    );
    const of = (type: string) =>
      bundle.entry
        .filter((e: { resource: { resourceType: string } }) => e.resource.resourceType === type)
        .map((e: { resource: unknown }) => e.resource);
    const [composition] = of('Composition');
    expect(composition).toMatchObject({
      status: 'final',
      type: { coding: [{ system: 'http://loinc.org', code: '34108-1' }] },
      subject: { reference: `Patient/${zhou}` },
      attester: [{ mode: 'legal', party: { reference: `Practitioner/${t.ids.users['dr.wang']}` } }],
    });
    const sectionCodes = composition.section.map(
      (s: { code: { coding: { code: string }[] } }) => s.code.coding[0]!.code,
    );
    expect(sectionCodes[0]).toBe('10154-3'); // 主诉 Chief complaint
    expect(sectionCodes).toContain('10164-2'); // 现病史 HPI
    const results = composition.section.find(
      (s: { code: { coding: { code: string }[] } }) => s.code.coding[0]!.code === '30954-2',
    );
    const observations = of('Observation');
    expect(observations.length).toBeGreaterThan(0);
    expect(results.entry.map((e: { reference: string }) => e.reference)).toEqual(
      observations.map((o: { id: string }) => `Observation/${o.id}`),
    );
    // Every reference inside the document resolves to an entry of it.
    const fullUrls = new Set(bundle.entry.map((e: { fullUrl: string }) => e.fullUrl));
    const base = bundle.entry[0].fullUrl.replace(/\/Composition\/.*$/, '');
    const refs = JSON.stringify(bundle)
      .match(/"reference":"[^"]+"/g)!
      .map((r) => r.slice(13, -1));
    for (const r of refs) expect(fullUrls, r).toContain(`${base}/${r}`);

    const AIAST = { system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue', code: 'AIAST' };
    expect(bundle.meta.security).toContainEqual(expect.objectContaining(AIAST));
    expect(composition.meta.security).toContainEqual(expect.objectContaining(AIAST));
    // Machine-read (OCR) results carry the AI label and are Provenance targets; hospital EMR rows do not.
    const machineRead = observations.filter((o: { id: string }) => o.id.startsWith(labSourceId));
    expect(machineRead.length).toBeGreaterThan(0);
    for (const o of machineRead) expect(o.meta.security).toContainEqual(expect.objectContaining(AIAST));
    for (const o of observations.filter((x: { id: string }) => !machineRead.includes(x)))
      expect(o.meta).toBeUndefined();
    const [prov] = of('Provenance');
    expect(prov.meta.security).toContainEqual(expect.objectContaining(AIAST));
    const agents = prov.agent.map(
      (a: { type: { coding: { code: string }[] }; who: { reference: string } }) => [
        a.type.coding[0]!.code,
        a.who.reference,
      ],
    );
    expect(agents).toEqual([
      ['author', 'Device/yizhu-ai'],
      ['verifier', `Practitioner/${t.ids.users['dr.wang']}`],
      ['attester', `Practitioner/${t.ids.users['dr.wang']}`],
    ]);
    expect(prov.target).toEqual([
      { reference: `Composition/${recordId}` },
      ...machineRead.map((o: { id: string }) => ({ reference: `Observation/${o.id}` })),
    ]);
    expect(of('Device')[0]).toMatchObject({ id: 'yizhu-ai', version: [{ value: expect.any(String) }] });
  });

  it('GET /fhir/Composition/:id/$document gives the same document', async () => {
    const res = await c['dr.wang']!.get(`/fhir/Composition/${recordId}/$document`);
    expect(res.statusCode).toBe(200);
    expect(res.json().entry[0].resource.id).toBe(recordId);
  });

  it('needs fresh re-authentication (SESS-06) and reach', async () => {
    t.advance(6 * 60_000);
    const stale = await c['dr.wang']!.post(`/api/visits/${visit}/export`);
    expect(stale.statusCode).toBe(401);
    expect(stale.json()).toMatchObject({ code: 'reauth_required' });
    expect((await c['dr.wang']!.get(`/fhir/Composition/${recordId}/$document`)).json()).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ code: 'login' }],
    });
    expect((await c['dr.wang']!.post('/api/auth/reauth', { password: TEST_PASSWORD })).statusCode).toBe(204);
    expect((await c['dr.wang']!.post(`/api/visits/${visit}/export`)).statusCode).toBe(200);
    const zhang = await t.login('dr.zhang');
    expect((await zhang.post(`/api/visits/${visit}/export`)).statusCode).toBe(404);
    expect((await zhang.get(`/fhir/Composition/${recordId}/$document`)).statusCode).toBe(404);
    const pt = await t.login('pt.zhou');
    expect((await pt.post(`/api/visits/${visit}/export`)).statusCode).toBe(404);
    const events = await t.database.db
      .selectFrom('audit_events')
      .select(['outcome', 'detail'])
      .where('action', '=', 'record.export')
      .where('outcome', '=', 'success')
      .execute();
    expect(events).toHaveLength(3);
  });

  it('the validator used here does reject invalid resources (the checks above can fail)', () => {
    expect(fhirErrors({ resourceType: 'Composition', status: 'final' }).length).toBeGreaterThan(0);
    expect(
      fhirErrors({ resourceType: 'Provenance', target: [], recorded: 'soon', agent: [{}] }).length,
    ).toBeGreaterThan(0);
  });
});
