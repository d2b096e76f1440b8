import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../../server/src/adapters/llm/fake-openai-server.ts';
import { CHROMIUM_PATH, hasChromium, newContext } from './chromium.ts';
import { DEMO_PASSWORD, startServer, type RunningServer } from './server-process.ts';
import { apiFromPage, signIn } from './ui.ts';

// Issue 9 in the workspace: recording with Chromium's fake microphone → a local OpenAI-compatible
// speech endpoint → the dialogue appears; a model that fails → the draft says it was not used.
describe.skipIf(!hasChromium)('speech and model notices in the workspace', () => {
  let server: RunningServer;
  let browser: Browser;
  let fake: FakeOpenAi;

  beforeAll(async () => {
    fake = await startFakeOpenAi((req) =>
      req.path.endsWith('/audio/transcriptions')
        ? {
            kind: 'raw',
            status: 200,
            body: JSON.stringify({
              text: '',
              segments: [
                { start: 0, text: '哪里不舒服？', speaker: 'doctor' },
                { start: 1.5, text: '我头痛三天了。', speaker: 'patient' },
              ],
            }),
          }
        : { kind: 'raw', status: 500, body: 'model down' },
    );
    server = await startServer({
      YIZHU_ASR_BASE_URL: fake.url,
      YIZHU_LLM_BASE_URL: fake.url,
      YIZHU_LLM_MODEL: 'fake-qwen',
      YIZHU_LLM_TIMEOUT_MS: '3000',
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        // A synthetic microphone, granted without a prompt.
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await fake?.close();
  });

  it('records, sends the audio for transcription, shows the dialogue; the draft notes the unused model', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page: Page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto('/');
    await signIn(page, 'dr.wang', DEMO_PASSWORD);
    await page.waitForURL((u) => u.pathname !== '/');
    const { visits } = (await apiFromPage(page, '/api/visits/today')).body as {
      visits: { id: string; patient: { name: string } }[];
    };
    const visit = visits.find((v) => v.patient.name === '周建国')!;
    await page.goto(`/visits/${visit.id}`);
    await page.getByTestId('ws-patient').waitFor();

    const record = page.getByTestId('add-audio');
    expect(await record.isEnabled()).toBe(true);
    expect(await page.getByTestId('audio-off').count()).toBe(0);
    await record.click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="add-audio"]')?.getAttribute('aria-pressed') === 'true',
    );
    await page.waitForTimeout(1500);
    await record.click(); // stop: the last (here the only) chunk goes out
    await page.getByTestId('transcript').getByText('我头痛三天了。').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('recorder-status').textContent()).toContain('已转写 1 段');

    const audio = fake.requests.filter((r) => r.path.endsWith('/audio/transcriptions'));
    expect(audio).toHaveLength(1);
    expect(audio[0]!.raw.toString('latin1')).toContain('filename="chunk-0.webm"');

    await page.getByTestId('generate').click();
    await page.getByTestId('llm-notice').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('llm-notice').textContent()).toContain('未使用大模型');
    expect(await page.getByTestId('llm-notice').textContent()).toContain('模型服务出错');
    expect(await page.getByTestId('llm-used').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
