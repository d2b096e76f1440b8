import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// The admin's pilot-metrics page (issue 6) after one scripted, signed visit.
describe.skipIf(!hasChromium)('pilot metrics page', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
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
    // No patient appears anywhere on the page.
    expect(await page.locator('body').textContent()).not.toContain('周建国');
    await page.screenshot({ path: screenshotPath('admin-metrics'), fullPage: true });

    await page.getByLabel('科室', { exact: true }).selectOption({ label: '全科医学科' });
    await page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => tile('visits')).toBe('0');
    expect(await page.getByTestId('chart-time-to-sign').locator('svg').count()).toBe(0);
  });
});
