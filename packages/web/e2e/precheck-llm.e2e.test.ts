import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerIdWith,
  startFakeOpenAi,
  type FakeOpenAi,
  type FakeReply,
  type FakeRequest,
} from '../../server/src/adapters/llm/fake-openai-server.ts';
import { hasChromium, launchChromium, newContext } from './chromium.ts';
import { DEMO_PASSWORD, startServer, type RunningServer } from './server-process.ts';
import { screenshotPath, signIn, staffApi } from './ui.ts';

// A pre-consultation read by a (local, fake) language model, as the doctor then sees it.
describe.skipIf(!hasChromium)('pre-consultation with a language model, in the doctor’s view', () => {
  let fake: FakeOpenAi;
  let server: RunningServer;
  let browser: Browser;
  let reply: (req: FakeRequest) => FakeReply;

  beforeAll(async () => {
    fake = await startFakeOpenAi((req) => reply(req));
    server = await startServer({
      YIZHU_LLM_BASE_URL: fake.url,
      YIZHU_LLM_MODEL: 'fake-qwen',
      YIZHU_LLM_TIMEOUT_MS: '5000',
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await fake?.close();
  });

  /** The patient answers by link (no account) and submits; returns the visit id. */
  async function precheckFor(
    pick: (v: { patient: { name: string } }) => boolean,
    complaint: string,
  ): Promise<string> {
    const dr = await staffApi(server.baseUrl, 'dr.wang');
    const visits = (
      await dr.call<{ visits: { id: string; patient: { name: string } }[] }>('GET', '/api/visits/today')
    ).body.visits;
    const visit = visits.find(pick)!;
    const link = await dr.call<{ url: string }>('POST', `/api/visits/${visit.id}/precheck`);
    expect(link.status).toBe(201);
    const token = link.body.url.replace(/^\/p\//, '');
    const post = (path: string, body: object) =>
      fetch(`${server.baseUrl}/api/precheck/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-precheck-token': token },
        body: JSON.stringify(body),
      });
    expect((await post('start', { chiefComplaint: complaint })).status).toBe(200);
    expect((await post('finish', { lang: 'zh' })).status).toBe(200);
    return visit.id;
  }

  async function doctorSummary(visitId: string) {
    // The server's side first, so a failure says whether the model read was stored or not shown.
    const dr = await staffApi(server.baseUrl, 'dr.wang');
    const stored = await dr.call<{ precheck: { llm: unknown } | null }>(
      'GET',
      `/api/visits/${visitId}/precheck`,
    );
    expect(stored.status).toBe(200);
    expect(stored.body.precheck?.llm, 'the model read is stored with the pre-consultation').toBeTruthy();
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'dr.wang', DEMO_PASSWORD);
    // The landing page's heading, not any h1: the sign-in page has one too, and navigating away
    // before the sign-in answer arrives leaves the page signed out.
    await page.getByRole('heading', { level: 1, name: '今日就诊' }).waitFor();
    await page.goto(`/visits/${visitId}`);
    const summary = page.getByTestId('precheck-summary');
    // Generous: on a loaded CI machine the workspace loads several panels before this one.
    await summary.getByTestId('precheck-model').waitFor();
    return { context, summary };
  }

  it(
    'a verified model finding is marked with the patient’s words, and the raised triage says why',
    { timeout: 120_000 },
    async () => {
      reply = (req) => ({
        kind: 'chat',
        content: JSON.stringify({
          findings: [
            {
              answer: answerIdWith(req, '大象'),
              quote: '胸前像被大象踩着',
              type: 'symptom',
              concept: 'chest_pain',
              present: true,
              value: null,
              unit: null,
            },
          ],
        }),
      });
      const visitId = await precheckFor((v) => v.patient.name === '周建国', '胸前像被大象踩着一样');
      const { context, summary } = await doctorSummary(visitId);
      const finding = summary.getByTestId('precheck-model-finding');
      expect(await finding.count()).toBe(1);
      const text = (await finding.textContent()) ?? '';
      expect(text).toContain('模型');
      expect(text).toContain('胸痛');
      expect(text).toContain('“胸前像被大象踩着”');
      expect(await summary.getByTestId('precheck-disposition').textContent()).toContain('立即急诊');
      expect(await summary.getByTestId('precheck-model-raised').textContent()).toContain(
        '普通门诊 → 立即急诊',
      );
      expect(await summary.getByTestId('precheck-model-notice').count()).toBe(0);
      await summary.screenshot({ path: screenshotPath('precheck-llm-finding') });
      await context.close();
    },
  );

  it(
    'when the model fails, the summary says it was not used and the rules’ triage stands',
    { timeout: 120_000 },
    async () => {
      reply = () => ({ kind: 'raw', status: 500, body: '{}' });
      const visitId = await precheckFor((v) => v.patient.name !== '周建国', '胸前像被大象踩着一样');
      const { context, summary } = await doctorSummary(visitId);
      expect(await summary.getByTestId('precheck-model-notice').textContent()).toContain('未使用大模型');
      expect(await summary.getByTestId('precheck-model-finding').count()).toBe(0);
      expect(await summary.getByTestId('precheck-disposition').textContent()).not.toContain('立即急诊');
      await context.close();
    },
  );
});
