import type { Page } from 'playwright-core';

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
