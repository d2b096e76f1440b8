import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type Client, type TestApp } from '../test/test-app.ts';

/** One visit end to end through the API: sources → draft → edit → sign → amend, with every refusal. */
let t: TestApp;
let visit: string;
const c: Record<string, Client> = {};
const DIALOGUE = [
  '医生：哪里不舒服？',
  '患者：头晕三天了，血压在家量一百六十/一百。',
  '医生：降压药在吃吗？',
  '患者：氨氯地平吃着呢。',
  '医生：有没有药物过敏？',
  '患者：没有。',
  '医生：考虑高血压控制不佳，加用缬沙坦，一周后复诊。',
].join('\n');

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['dr.wang', 'dr.li', 'dr.zhang', 'nurse.chen', 'pt.zhou']) c[u] = await t.login(u);
  const row = await t.database.db
    .selectFrom('encounters')
    .select('id')
    .where('patient_id', '=', t.ids.patients['周建国']!)
    .where('status', '!=', 'finished')
    .executeTakeFirstOrThrow();
  visit = row.id;
});
afterAll(() => t.close());

const sourceCount = async () =>
  (await t.database.db.selectFrom('visit_sources').select('id').where('encounter_id', '=', visit).execute())
    .length;

describe('sources', () => {
  it('a nurse of the department adds the transcript; others cannot see the visit', async () => {
    expect(
      (
        await c['nurse.chen']!.post(`/api/visits/${visit}/sources`, {
          kind: 'transcript',
          format: 'text',
          content: DIALOGUE,
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await c['dr.zhang']!.post(`/api/visits/${visit}/sources`, {
          kind: 'transcript',
          format: 'text',
          content: DIALOGUE,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await c['pt.zhou']!.post(`/api/visits/${visit}/sources`, {
          kind: 'transcript',
          format: 'text',
          content: DIALOGUE,
        })
      ).statusCode,
    ).toBe(404);
    const list = (await c['dr.wang']!.get(`/api/visits/${visit}/sources`)).json().sources;
    expect(list).toHaveLength(1);
  });

  it.each([
    ['invalid JSON turns', { kind: 'transcript', format: 'json', content: '[{"speaker": "医生", ' }],
    ['subtitles without cues', { kind: 'transcript', format: 'vtt', content: 'WEBVTT\n\n医生：你好' }],
    ['empty transcript', { kind: 'transcript', format: 'text', content: '' }],
    ['unknown kind', { kind: 'audio', content: 'x' }],
    ['a bundle that is not an object', { kind: 'emr', bundle: 'Bundle' }],
  ])('refuses %s and stores nothing', async (_n, body) => {
    const before = await sourceCount();
    const res = await c['nurse.chen']!.post(`/api/visits/${visit}/sources`, body);
    expect(res.statusCode).toBe(400);
    expect(await sourceCount()).toBe(before);
  });

  it('accepts WebVTT with speakers and times', async () => {
    const vtt =
      'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v 医生>最近睡眠怎么样？\n\n00:00:03.500 --> 00:00:06.000\n<v 患者>睡得还行。\n';
    expect(
      (
        await c['nurse.chen']!.post(`/api/visits/${visit}/sources`, {
          kind: 'transcript',
          format: 'vtt',
          content: vtt,
        })
      ).statusCode,
    ).toBe(201);
  });

  it('lab photos: a file that is not the image it claims, an empty one, or no OCR engine are clear errors', async () => {
    const upload = (body: Buffer, type: string) =>
      c['nurse.chen']!.request({
        method: 'POST',
        url: `/api/visits/${visit}/sources/lab`,
        payload: body,
        headers: { 'content-type': type },
      });
    const before = await sourceCount();
    expect((await upload(Buffer.from('this is text, not a JPEG'), 'image/jpeg')).statusCode).toBe(415);
    expect((await upload(Buffer.alloc(0), 'image/png')).statusCode).toBe(400);
    expect((await upload(Buffer.from('%PDF-1.4'), 'application/pdf')).statusCode).toBe(400); // cut off
    expect((await upload(Buffer.from('%PDF-1.4'), 'image/png')).statusCode).toBe(415);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect((await upload(png, 'image/png')).statusCode).toBe(503); // this test app has no OCR engine
    expect(await sourceCount()).toBe(before);
  });
});

describe('draft, edit, sign, amend', () => {
  let version = 0;

  it('generates a draft from the sources and the EMR history, every sentence on evidence', async () => {
    const res = await c['dr.wang']!.post(`/api/visits/${visit}/draft`);
    expect(res.statusCode).toBe(201);
    const d = res.json().draft;
    version = d.version;
    expect(d.aiGenerated).toBe(true);
    expect(d.draft.label.zh).toContain('AI');
    expect(d.violations).toEqual([]);
    const zh = Object.fromEntries(
      d.draft.zh.map((s: { id: string; sentences: { text: string }[] }) => [
        s.id,
        s.sentences.map((x) => x.text).join(''),
      ]),
    );
    expect(zh.chief_complaint).toContain('头晕');
    expect(d.draft.visitType).toBe('followup'); // seen in this department before
    expect(zh.diagnosis).toContain('高血压'); // the EMR problem list at a follow-up
    expect(d.draft.sources.some((s: { kind: string }) => s.kind === 'emr')).toBe(true);
    expect(typeof d.qc.score).toBe('number');
  });

  it('edits with optimistic locking: a stale edit is refused with the current version, nothing lost', async () => {
    const ok = await c['dr.wang']!.request({
      method: 'PUT',
      url: `/api/visits/${visit}/draft`,
      payload: {
        baseVersion: version,
        lang: 'zh',
        sectionId: 'plan',
        text: '加用缬沙坦80mg qd。一周后复诊。',
      },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().draft.version).toBe(version + 1);
    const stale = await c['nurse.chen']!.request({
      method: 'PUT',
      url: `/api/visits/${visit}/draft`,
      payload: { baseVersion: version, lang: 'zh', sectionId: 'plan', text: '别的内容' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().issues[0].message).toBe(String(version + 1));
    version += 1;
    const versions = await t.database.db
      .selectFrom('drafts')
      .select('version')
      .where('encounter_id', '=', visit)
      .execute();
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]); // both kept
  });

  it('only the responsible doctor signs, with fresh authentication, the current version, once', async () => {
    const sign = (who: string, draftVersion = version) =>
      c[who]!.post(`/api/visits/${visit}/sign`, { draftVersion });
    expect((await sign('nurse.chen')).statusCode).toBe(403);
    expect((await sign('dr.li')).statusCode).toBe(403);
    expect((await sign('dr.zhang')).statusCode).toBe(404);
    expect((await sign('pt.zhou')).statusCode).toBe(403); // their own visit: visible, not theirs to sign
    t.advance(6 * 60_000);
    const stale = await sign('dr.wang');
    expect(stale.statusCode).toBe(401);
    expect(stale.json().code).toBe('reauth_required');
    expect((await c['dr.wang']!.post('/api/auth/reauth', { password: TEST_PASSWORD })).statusCode).toBe(204);
    expect((await sign('dr.wang', version - 1)).statusCode).toBe(409);
    const [a, b] = await Promise.all([sign('dr.wang'), sign('dr.wang')]); // double submit
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const records = await t.database.db
      .selectFrom('records')
      .select('version')
      .where('encounter_id', '=', visit)
      .execute();
    expect(records).toHaveLength(1);
  });

  it('after signing the draft is read-only: no edit, no regeneration', async () => {
    expect(
      (
        await c['dr.wang']!.request({
          method: 'PUT',
          url: `/api/visits/${visit}/draft`,
          payload: { baseVersion: version, lang: 'zh', sectionId: 'plan', text: 'x' },
        })
      ).statusCode,
    ).toBe(409);
    expect((await c['dr.wang']!.post(`/api/visits/${visit}/draft`)).statusCode).toBe(409);
  });

  it('an amendment is a new version with a reason; both versions stay and verify', async () => {
    const amend = (body: object) => c['dr.wang']!.post(`/api/visits/${visit}/amend`, body);
    expect(
      (
        await amend({
          baseVersion: 1,
          lang: 'zh',
          sectionId: 'plan',
          text: '加用缬沙坦80mg qd。两周后复诊。',
        })
      ).statusCode,
    ).toBe(400); // no reason
    expect(
      (
        await amend({
          baseVersion: 1,
          lang: 'zh',
          sectionId: 'plan',
          text: '加用缬沙坦80mg qd。两周后复诊。',
          reason: '复诊时间更正',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await amend({ baseVersion: 1, lang: 'zh', sectionId: 'plan', text: 'x', reason: '旧版本上改' }))
        .statusCode,
    ).toBe(409);
    const rec = (await c['pt.zhou']!.get(`/api/visits/${visit}/record`)).json().versions;
    expect(
      rec.map((v: { version: number; intact: boolean; amendmentReason: string | null }) => [
        v.version,
        v.intact,
        v.amendmentReason,
      ]),
    ).toEqual([
      [1, true, null],
      [2, true, '复诊时间更正'],
    ]);
    expect(rec[1].content.zh.find((s: { id: string }) => s.id === 'plan').text).toContain('两周后复诊');
    expect((await c['dr.zhang']!.get(`/api/visits/${visit}/record`)).statusCode).toBe(404);
  });

  it('every step was audited with the patient named', async () => {
    const actions = (
      await t.database.db
        .selectFrom('audit_events')
        .select(['action', 'patient_id'])
        .where('resource_type', 'in', ['Draft', 'Record', 'VisitSource'])
        .execute()
    ).filter((a) => a.patient_id === t.ids.patients['周建国']);
    for (const a of [
      'source.create',
      'draft.generate',
      'draft.edit',
      'record.sign',
      'record.amend',
      'record.read',
    ])
      expect(actions.map((x) => x.action)).toContain(a);
  });
});
