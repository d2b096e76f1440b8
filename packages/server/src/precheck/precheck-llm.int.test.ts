import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createChatClient } from '../adapters/llm/chat-client.ts';
import {
  answerIdWith,
  startFakeOpenAi,
  type FakeOpenAi,
  type FakeReply,
  type FakeRequest,
} from '../adapters/llm/fake-openai-server.ts';
import { createTestApp, type Client, type TestApp } from '../test/test-app.ts';

/**
 * The pre-consultation with a language model configured, against a local OpenAI-compatible fake:
 * whatever the model does, the pre-consultation finishes with every answer kept; verified findings
 * can only raise the triage; the doctor sees which findings came from the model, or that it was
 * not used.
 */

let t: TestApp;
let fake: FakeOpenAi;
let dr: Client;
let visit: string;
let reply: (req: FakeRequest) => FakeReply;

const findings = (list: object[]): FakeReply => ({
  kind: 'chat',
  content: JSON.stringify({ findings: list }),
});
const symptom = (answer: string, quote: string, concept: string, present = true) => ({
  answer,
  quote,
  type: 'symptom',
  concept,
  present,
  value: null,
  unit: null,
});

beforeAll(async () => {
  fake = await startFakeOpenAi((req) => reply(req));
  const client = createChatClient({
    baseUrl: fake.url,
    model: 'fake-qwen',
    stream: false,
    timeoutMs: 1500,
    backoffMs: 10,
    locality: 'hospital',
  });
  t = await createTestApp({ YIZHU_LLM_BASE_URL: fake.url, YIZHU_LLM_MODEL: 'fake-qwen' }, { llm: client });
  dr = await t.login('dr.wang');
  visit = (
    await t.database.db
      .selectFrom('encounters')
      .select('id')
      .where('patient_id', '=', t.ids.patients['周建国']!)
      .where('status', '!=', 'finished')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});
beforeEach(async () => {
  fake.requests.length = 0;
  // One visit, started afresh for each case.
  await t.database.db.deleteFrom('precheck_sessions').where('encounter_id', '=', visit).execute();
  await t.database.db.deleteFrom('visit_sources').where('encounter_id', '=', visit).execute();
});

/** Link → chief complaint → optional answers → finish; returns the patient's and the doctor's views. */
async function precheck(complaint: string, answers: Record<string, unknown> = {}) {
  const created = await dr.post(`/api/visits/${visit}/precheck`);
  expect(created.statusCode).toBe(201);
  const token = (created.json() as { url: string }).url.replace(/^\/p\//, '');
  const post = (path: string, body: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/precheck/${path}`,
      payload: body,
      headers: { 'x-precheck-token': token },
    });
  const started = await post('start', { chiefComplaint: complaint });
  expect(started.statusCode, started.body).toBe(200);
  for (const [linkId, value] of Object.entries(answers)) {
    const r = await post('answer', { linkId, value });
    expect(r.statusCode, `${linkId}: ${r.body}`).toBe(200);
  }
  expect(fake.requests).toHaveLength(0); // answering never calls the model
  const finished = await post('finish', { lang: 'zh' });
  expect(finished.statusCode, finished.body).toBe(200);
  const patient = finished.json();
  expect(patient.status).toBe('finished');
  const staff = (await dr.get(`/api/visits/${visit}/precheck`)).json().precheck;
  // Nothing lost: the QuestionnaireResponse holds the complaint and every answer, as typed.
  const source = await t.database.db
    .selectFrom('visit_sources')
    .select('content')
    .where('encounter_id', '=', visit)
    .executeTakeFirstOrThrow();
  const qr = source.content as { item: { linkId: string; answer?: { valueString?: string }[] }[] };
  expect(qr.item[0]).toMatchObject({ linkId: 'chief-complaint', answer: [{ valueString: complaint }] });
  for (const linkId of Object.keys(answers)) expect(qr.item.map((i) => i.linkId)).toContain(linkId);
  return { patient, staff, qr };
}

async function llmAudits() {
  const rows = await t.database.db
    .selectFrom('audit_events')
    .selectAll()
    .where('action', '=', 'llm.precheck')
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    ...r,
    detail: (typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail) as Record<string, unknown>,
  }));
}

describe('pre-consultation with a language model', () => {
  it('a verified paraphrase of chest pain raises the triage; marked as the model’s, with its span', async () => {
    reply = (req) => findings([symptom(answerIdWith(req, '大象'), '胸前像被大象踩着', 'chest_pain')]);
    const before = (await llmAudits()).length;
    const { patient, staff } = await precheck('胸前像被大象踩着一样，我是周建国，电话13812345678', {
      other: '建国平时身体还行',
    });
    // The rules alone do not recognise the paraphrase; with the verified finding it is an emergency.
    expect(staff.llm).toMatchObject({
      used: true,
      model: 'fake-qwen',
      raised: true,
      deterministicDisposition: 'routine',
      notice: null,
      stats: { offered: 2, returned: 1, accepted: 1, rejected: 0 },
    });
    expect(staff.llm.findings).toEqual([
      expect.objectContaining({
        linkId: 'chief-complaint',
        concept: 'chest_pain',
        present: true,
        quote: '胸前像被大象踩着',
        start: 0,
        end: 8,
        question: { zh: '主诉（患者自述）', en: 'Chief complaint (patient words)' },
      }),
    ]);
    expect(staff.triage.disposition).toBe('emergency');
    expect(patient.result.disposition).toBe('emergency');
    expect(patient.result.advice.zh).toContain('120');
    // Stored: the rules' own result beside the raised one.
    const row = await t.database.db
      .selectFrom('precheck_sessions')
      .select(['llm', 'triage'])
      .where('encounter_id', '=', visit)
      .executeTakeFirstOrThrow();
    expect((row.llm as { deterministic: { disposition: string } }).deterministic.disposition).toBe('routine');
    // One call, at finish; de-identified; the name, given name and phone never left.
    expect(fake.requests).toHaveLength(1);
    const outbound = fake.requests[0]!.raw.toString('utf8');
    expect(outbound).toContain('大象');
    for (const s of ['周建国', '建国', '13812345678']) expect(outbound).not.toContain(s);
    expect(JSON.parse(outbound).response_format.json_schema.name).toBe('yizhu_precheck_findings');
    // Audited: one event with counts, linked to the patient and the session, no text.
    const audits = (await llmAudits()).slice(before);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      outcome: 'success',
      patient_id: t.ids.patients['周建国'],
      resource_id: staff.id,
      actor_role: 'patient-link',
    });
    expect(audits[0]!.detail).toMatchObject({
      model: 'fake-qwen',
      use: 'precheck',
      accepted: 1,
      rejected: 0,
    });
    for (const s of ['大象', '胸', '周建国', '13812345678'])
      expect(JSON.stringify(audits[0]!.detail)).not.toContain(s);
  });

  it('an invented number is dropped and counted; the rules’ triage stands', async () => {
    reply = (req) =>
      findings([
        {
          answer: answerIdWith(req, '咳嗽'),
          quote: '咳嗽三天',
          type: 'duration',
          concept: null,
          present: null,
          value: 30,
          unit: 'day',
        },
      ]);
    const { staff } = await precheck('咳嗽三天');
    expect(staff.llm).toMatchObject({
      used: false,
      raised: false,
      notice: { code: 'llm_not_used', reason: 'all_rejected' },
      findings: [],
    });
    const row = await t.database.db
      .selectFrom('precheck_sessions')
      .select('llm')
      .where('encounter_id', '=', visit)
      .executeTakeFirstOrThrow();
    expect((row.llm as { stats: { rejections: Record<string, number> } }).stats.rejections).toMatchObject({
      unmatched_number: 1,
      span_not_found: 0,
    });
    expect((await llmAudits()).at(-1)!.detail).toMatchObject({ rejections: { unmatched_number: 1 } });
  });

  it('a model trying to lower urgency cannot: the denial is refused and the emergency stands', async () => {
    reply = (req) =>
      findings([
        symptom(answerIdWith(req, '胸痛'), '胸痛', 'chest_pain', false),
        // Its number is in the quote, so it verifies — but as a duration it would switch the
        // chest-pain emergency rule off (urgent); triage keeps the more urgent result.
        {
          answer: answerIdWith(req, '体检'),
          quote: '1次',
          type: 'duration',
          concept: null,
          present: null,
          value: 1,
          unit: 'month',
        },
      ]);
    const { staff, patient } = await precheck('胸痛，今天加重', { other: '上个月体检过1次，都正常' });
    expect(patient.result.disposition).toBe('emergency');
    expect(staff.triage.disposition).toBe('emergency');
    expect(staff.llm.raised).toBe(false);
    expect(staff.llm.deterministicDisposition).toBeNull();
    expect(staff.llm.findings.map((f: { type: string }) => f.type)).toEqual(['duration']);
    expect(staff.llm.notice).toMatchObject({ code: 'llm_partly_used' });
    const row = await t.database.db
      .selectFrom('precheck_sessions')
      .select('llm')
      .where('encounter_id', '=', visit)
      .executeTakeFirstOrThrow();
    expect(
      (row.llm as { stats: { rejections: Record<string, number> } }).stats.rejections.negation_changed,
    ).toBe(1);
  });

  it.each([
    [
      'malformed JSON',
      (): FakeReply => ({ kind: 'chat', content: '{"findings": [{"answer": "A1", ' }),
      'malformed_json',
    ],
    ['a 500', (): FakeReply => ({ kind: 'raw', status: 500, body: '{}' }), 'server_error'],
    ['a timeout', (): FakeReply => ({ kind: 'hang' }), 'timeout'],
    [
      'a model that ignores the schema',
      (): FakeReply => ({ kind: 'chat', content: JSON.stringify({ triage: 'routine', note: 'all fine' }) }),
      'schema_mismatch',
    ],
    [
      'prose instead of JSON',
      (): FakeReply => ({ kind: 'chat', content: 'The patient seems fine, routine care.' }),
      'malformed_json',
    ],
  ])(
    '%s: the pre-consultation completes on the rules alone, with a notice for the doctor',
    async (_name, make, reason) => {
      reply = make;
      const { staff, patient } = await precheck('胸前像被大象踩着一样', { other: '没有别的' });
      expect(patient.result.disposition).toBe('routine');
      expect(staff.triage.disposition).toBe('routine');
      expect(staff.llm).toMatchObject({
        used: false,
        raised: false,
        findings: [],
        notice: { code: 'llm_not_used', reason },
      });
      expect(staff.llm.notice.zh).toContain('未使用大模型');
      expect(staff.summary.zh.lines.join('\n')).toContain('大象');
      expect((await llmAudits()).at(-1)).toMatchObject({ outcome: 'failure' });
    },
  );
});
