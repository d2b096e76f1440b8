import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../core/src/llm/test-visit.ts';
import { startFakeOpenAi, type FakeOpenAi } from '../../server/src/adapters/llm/fake-openai-server.ts';
import { hasChromium, launchChromium, newContext } from './chromium.ts';
import { DEMO_PASSWORD, startServer, type RunningServer } from './server-process.ts';
import { screenshotPath, signIn } from './ui.ts';

/** A doctor's session over plain HTTP (cookie + CSRF), to script a signed visit before the admin looks. */
async function apiSession(baseUrl: string, username: string) {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json: unknown = await r.json().catch(() => null);
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status}`);
    return json;
  };
}

// The admin's pilot-metrics page (issue 6) after one scripted, signed visit, whose draft a local fake
// model reworded: every sentence with a digit gets a different number, so verification rejects it.
describe.skipIf(!hasChromium)('pilot metrics page', () => {
  let server: RunningServer;
  let browser: Browser;
  let fake: FakeOpenAi;

  beforeAll(async () => {
    fake = await startFakeOpenAi((req) => ({
      kind: 'chat',
      content: answer({ messages: (req.json as { messages: never }).messages }, (s) =>
        s.replace(/\d/, (d) => String((Number(d) + 1) % 10)),
      ),
    }));
    server = await startServer({
      YIZHU_LLM_BASE_URL: fake.url,
      YIZHU_LLM_MODEL: 'fake-qwen',
      YIZHU_LLM_TIMEOUT_MS: '5000',
    });
    browser = await launchChromium();
    const api = await apiSession(server.baseUrl, 'dr.wang');
    const { visits } = (await api('GET', '/api/visits/today')) as {
      visits: { id: string; doctor: { username?: string } | null }[];
    };
    const visit = visits[0]!.id;
    await api('POST', `/api/visits/${visit}/sources`, {
      kind: 'transcript',
      format: 'text',
      content: '医生：哪里不舒服？\n患者：头晕三天了。\n医生：考虑高血压，加用缬沙坦，一周后复诊。',
    });
    const { draft } = (await api('POST', `/api/visits/${visit}/draft`, {})) as { draft: { version: number } };
    await api('POST', `/api/visits/${visit}/sign`, { draftVersion: draft.version });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await fake?.close();
  });

  it('shows the aggregates and SVG charts, and filters by department', async () => {
    const ctx = await newContext(browser, server.baseUrl);
    const page = await ctx.newPage();
    await page.goto('/');
    await signIn(page, 'admin', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: '用户管理' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: '数据看板' }).click();
    await page.getByRole('heading', { level: 1, name: '试点数据看板' }).waitFor();

    const tile = (key: string) => page.getByTestId(`metric-${key}`).locator('dd').textContent();
    expect(await tile('visits')).toBe('1');
    expect(await tile('acceptedUnchanged')).toBe('100%'); // signed as drafted
    expect(await tile('editRatio')).toBe('0%');
    expect(await page.getByTestId('chart-time-to-sign').locator('svg circle').count()).toBe(1);
    expect(await page.getByTestId('chart-by-department-bar').allTextContents()).toEqual(['内科1']);
    expect(await page.getByTestId('chart-by-doctor-bar').count()).toBe(1);
    // AI model use: one draft, reworded by the model, its invented numbers rejected and counted.
    const cells = (row: string) => page.getByTestId(`model-use-${row}`).locator('td').allTextContents();
    expect(await cells('items')).toEqual(['1', '0', '0']);
    expect(await cells('configured')).toEqual(['1', '0', '0']);
    expect(await cells('proposed')).toEqual([expect.stringMatching(/^[1-9]\d*$/), '0', '—']);
    const byNumber = page.getByTestId('model-use-rejected-unmatched_number');
    expect(await byNumber.locator('th').textContent()).toBe('数字不在依据中');
    expect(Number((await cells('rejected-unmatched_number'))[0])).toBeGreaterThan(0);
    const first = async (row: string) => Number((await cells(row))[0]);
    expect(await first('proposed')).toBe(
      (await first('accepted')) + (await first('unchanged')) + (await first('rejected')),
    );
    expect(await cells('failed')).toEqual(['0', '0', '0']);
    // No patient appears anywhere on the page.
    expect(await page.locator('body').textContent()).not.toContain('周建国');
    await page.screenshot({ path: screenshotPath('admin-metrics'), fullPage: true });

    await page.getByLabel('科室', { exact: true }).selectOption({ label: '全科医学科' });
    await page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => tile('visits')).toBe('0');
    expect(await cells('items')).toEqual(['0', '0', '0']);
    expect(await page.getByTestId('chart-time-to-sign').locator('svg').count()).toBe(0);
  });
});
