import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './server-process.ts';

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
}

/** Calls the API from inside the page, with the page's own cookie, the way the app itself would. */
export function apiFromPage(
  page: Page,
  path: string,
): Promise<{ status: number; contentType: string; body: unknown }> {
  return page.evaluate(async (p) => {
    const res = await fetch(p, { headers: { accept: 'application/json' } });
    const contentType = res.headers.get('content-type') ?? '';
    const body: unknown = await res.json().catch(() => null);
    return { status: res.status, contentType, body };
  }, path);
}

export const screenshotPath = (name: string) => `/tmp/yizhu-e2e-${name}.png`;

/** A staff member's API session from the test itself (cookie + CSRF token), as the web app holds one. */
export async function staffApi(baseUrl: string, username: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`sign-in of ${username} failed: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  /** `T`: the shape of the answer, as far as the caller reads it. */
  const call = async <T>(method: string, path: string, body?: unknown, type = 'application/json') => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': type }),
      },
      body:
        body === undefined ? undefined : Buffer.isBuffer(body) ? new Uint8Array(body) : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json().catch(() => null)) as T };
  };
  return { call };
}
