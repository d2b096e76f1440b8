import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../test/test-app.ts';
import { addSources, openVisit, sign } from '../test/visit-factory.ts';

// Issue 6: a doctor's resolution of a conflict or QC finding is kept with the draft, across versions.
let t: TestApp;
const c: Record<string, Client> = {};
let visit: string;

interface Review {
  item: string;
  resolution: string;
  reason: string | null;
  sideIndex: number | null;
  byName: string;
  draftVersion: number;
  target: { kind: string; id?: string; index?: number } | null;
}
interface Draft {
  version: number;
  review: Review[];
  qc: { findings: { ruleId: string; message: { en: string } }[] };
  draft: { contradictions: { id: string; type: string; sides: unknown[] }[] };
}

const url = () => `/api/visits/${visit}/draft/review`;
const getDraft = async (who = 'dr.wang'): Promise<Draft> =>
  (await c[who]!.get(`/api/visits/${visit}/draft`)).json().draft;
const stored = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('draft_reviews')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

let d1: Draft;
let qcIndex: number;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['dr.wang', 'dr.zhang', 'nurse.chen', 'pt.zhou']) c[u] = await t.login(u);
  visit = await openVisit(t, '周建国');
  await addSources(t, c['nurse.chen']!, visit);
  const res = await c['dr.wang']!.post(`/api/visits/${visit}/draft`, {});
  expect(res.statusCode).toBe(201);
  d1 = res.json().draft;
  expect(d1.review).toEqual([]);
  expect(d1.draft.contradictions.length).toBeGreaterThan(0);
  qcIndex = d1.qc.findings.findIndex((f) => f.ruleId !== 'QC-XS-01');
  expect(qcIndex).toBeGreaterThanOrEqual(0);
});
afterAll(() => t.close());

describe('POST /api/visits/:id/draft/review', () => {
  it('refuses bad input with 400 and stores nothing', async () => {
    const doc = c['dr.wang']!;
    const conflict = { kind: 'conflict', id: d1.draft.contradictions[0]!.id };
    const bad = [
      { draftVersion: d1.version, target: conflict, resolution: 'dismissed' }, // no reason
      { draftVersion: d1.version, target: conflict, resolution: 'dismissed', reason: ' ' },
      {
        draftVersion: d1.version,
        target: { kind: 'qc', index: qcIndex },
        resolution: 'side_taken',
        sideIndex: 0,
      },
      { draftVersion: d1.version, target: conflict, resolution: 'side_taken' }, // no side
      { draftVersion: d1.version, target: conflict, resolution: 'side_taken', sideIndex: 9 },
      {
        draftVersion: d1.version,
        target: { kind: 'conflict', id: 'c999' },
        resolution: 'dismissed',
        reason: '已核实',
      },
      {
        draftVersion: d1.version,
        target: { kind: 'qc', index: 999 },
        resolution: 'dismissed',
        reason: '已核实',
      },
      { draftVersion: 99, target: conflict, resolution: 'dismissed', reason: '已核实' },
      { draftVersion: d1.version, target: conflict, resolution: 'dismissed', reason: '已核实', extra: 1 },
    ];
    for (const body of bad) expect((await doc.post(url(), body)).statusCode, JSON.stringify(body)).toBe(400);
    expect(await stored()).toBe(0);
  });

  it('hides the visit from another department and from patients (404)', async () => {
    const body = {
      draftVersion: d1.version,
      target: { kind: 'qc', index: qcIndex },
      resolution: 'dismissed',
      reason: '不适用',
    };
    expect((await c['dr.zhang']!.post(url(), body)).statusCode).toBe(404);
    expect((await c['pt.zhou']!.post(url(), body)).statusCode).toBe(404);
    expect(await stored()).toBe(0);
  });

  it('records a dismissal with its reason and a side taken, audited, returned with the draft', async () => {
    const doc = c['dr.wang']!;
    const q = await doc.post(url(), {
      draftVersion: d1.version,
      target: { kind: 'qc', index: qcIndex },
      resolution: 'dismissed',
      reason: '患者已在院外完成该检查',
    });
    expect(q.statusCode, q.body).toBe(201);
    const conflict = d1.draft.contradictions[0]!;
    const s = await doc.post(url(), {
      draftVersion: d1.version,
      target: { kind: 'conflict', id: conflict.id },
      resolution: 'side_taken',
      sideIndex: 0,
    });
    expect(s.statusCode, s.body).toBe(201);
    expect(s.json().review).toHaveLength(2);
    const again = await doc.post(url(), {
      draftVersion: d1.version,
      target: { kind: 'conflict', id: conflict.id },
      resolution: 'dismissed',
      reason: '改主意了',
    });
    expect(again.statusCode).toBe(409);

    const d = await getDraft();
    expect(d.version).toBe(d1.version); // a resolution is not a text edit: no new version
    expect(d.review).toMatchObject([
      {
        item: 'qc',
        resolution: 'dismissed',
        reason: '患者已在院外完成该检查',
        sideIndex: null,
        byName: '王明',
        draftVersion: d1.version,
        target: { kind: 'qc', index: qcIndex },
      },
      {
        item: 'conflict',
        resolution: 'side_taken',
        sideIndex: 0,
        reason: null,
        target: { kind: 'conflict', id: conflict.id },
      },
    ]);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['detail', 'actor_id', 'patient_id'])
      .where('action', '=', 'draft.review')
      .orderBy('seq')
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      actor_id: t.ids.users['dr.wang'],
      patient_id: t.ids.patients['周建国'],
      detail: { item: 'qc', resolution: 'dismissed', version: d1.version },
    });
    expect(audit[1]!.detail).toMatchObject({ item: 'conflict', conflictType: conflict.type });
    expect(JSON.stringify(audit)).not.toContain('院外'); // free-text reason stays out of the audit log
  });

  it('keeps resolutions across an edit and a regeneration, located in each new version', async () => {
    const doc = c['dr.wang']!;
    const edit = await doc.request({
      method: 'PUT',
      url: `/api/visits/${visit}/draft`,
      payload: { baseVersion: d1.version, lang: 'zh', sectionId: 'plan', text: '加用缬沙坦。一周后复诊。' },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const edited: Draft = edit.json().draft;
    expect(edited.version).toBe(d1.version + 1);
    expect(edited.review.map((r) => r.reason)).toEqual(['患者已在院外完成该检查', null]);
    const regen: Draft = (await doc.post(`/api/visits/${visit}/draft`, {})).json().draft;
    expect(regen.version).toBe(d1.version + 2);
    const [qcReview, conflictReview] = regen.review;
    expect(conflictReview!.target).toEqual({ kind: 'conflict', id: d1.draft.contradictions[0]!.id });
    expect(qcReview!.target?.kind).toBe('qc');
    expect(regen.qc.findings[qcReview!.target!.index!]!.message.en).toBe(d1.qc.findings[qcIndex]!.message.en);
    // The nurse preparing the visit sees the same resolutions.
    expect((await getDraft('nurse.chen')).review).toHaveLength(2);
  });

  it('refuses resolutions once the record is signed', async () => {
    const d = await getDraft();
    await sign(c['dr.wang']!, visit, d.version);
    const idx = d.qc.findings.findIndex((f, i) => f.ruleId !== 'QC-XS-01' && i !== qcIndex);
    const res = await c['dr.wang']!.post(url(), {
      draftVersion: d.version,
      target: { kind: 'qc', index: Math.max(idx, 0) },
      resolution: 'dismissed',
      reason: '已核实',
    });
    expect(res.statusCode).toBe(409);
  });
});
