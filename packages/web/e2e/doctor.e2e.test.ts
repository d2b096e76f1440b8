import { describe, expect, it } from 'vitest';
import { hasChromium, newContext } from './chromium.ts';
import { useProduct } from './product.ts';
import { DEMO_PASSWORD } from './server-process.ts';
import { apiFromPage, screenshotPath, signIn } from './ui.ts';

// Doctors and nurses against the real `yizhu serve` with its seeded demo clinic.
describe.skipIf(!hasChromium)('doctor web shell', () => {
  const product = useProduct();

  it('a doctor signs in in Chinese (the default) and sees today’s visits', async () => {
    const context = await newContext(product.browser, product.server.baseUrl);
    const page = await context.newPage();
    // The CSP forbids inline scripts and foreign origins: any violation or script error shows up here.
    // (Chromium logs every 4xx fetch as a console error; the first session check is a 401 by design.)
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
    });
    await page.goto('/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.getByLabel('用户名').waitFor();

    await signIn(page, 'dr.wang', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: '今日就诊' }).waitFor();
    expect(page.url()).toMatch(/\/visits\/today$/);
    expect(await page.getByRole('link', { name: '今日就诊' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('link', { name: '用户管理' }).count()).toBe(0);

    const cards = page.getByTestId('visit');
    await cards.first().waitFor();
    const api = await apiFromPage(page, '/api/visits/today');
    const visits = (api.body as { visits: { patient: { name: string }; doctor: { id: string } }[] }).visits;
    const me = ((await apiFromPage(page, '/api/auth/session')).body as { user: { id: string } }).user;
    expect(visits.length).toBeGreaterThan(1); // the seed gives dr.wang several visits today
    expect(await cards.count()).toBe(visits.length);
    const shown = await page.getByTestId('visit-patient-name').allTextContents();
    expect(shown.sort()).toEqual(visits.map((v) => v.patient.name).sort());
    expect(visits.every((v) => v.doctor.id === me.id)).toBe(true); // only their own visits
    expect(await page.getByTestId('visit-count').textContent()).toContain(`共 ${visits.length} 位`);
    expect(await page.getByTestId('current-user').textContent()).toContain('内科');

    await page.screenshot({ path: screenshotPath('doctor-zh'), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches to English, remembers only the language, and shows the same list in English', async () => {
    const context = await newContext(product.browser, product.server.baseUrl);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByTestId('language-switch').click();
    await page.getByLabel('Username').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await signIn(page, 'dr.wang', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: "Today's visits" }).waitFor();
    await page.getByTestId('visit').first().waitFor();
    expect(await page.getByTestId('current-user').textContent()).toContain('Internal Medicine');
    expect(await page.getByTestId('visit-count').textContent()).toMatch(/^ · \d+ visits?$/);
    await page.screenshot({ path: screenshotPath('doctor-en'), fullPage: true });

    // Reload: still English, still signed in; the device stores the language and nothing else.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: "Today's visits" }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const stored = await page.evaluate(() => ({
      local: { ...localStorage },
      session: { ...sessionStorage },
    }));
    expect(stored).toEqual({ local: { 'yizhu.lang': 'en' }, session: {} });

    // And back to Chinese while signed in.
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: '今日就诊' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await context.close();
  });

  it('a nurse sees the department’s visits with each doctor named', async () => {
    const context = await newContext(product.browser, product.server.baseUrl);
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'nurse.chen', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: '今日就诊' }).waitFor();
    await page.getByTestId('visit').first().waitFor();
    const meta = await page.locator('.visit-meta').allTextContents();
    expect(meta.every((m) => m.startsWith('医生：'))).toBe(true);
    await context.close();
  });

  it('shows the same error for a wrong password and an unknown user', async () => {
    const context = await newContext(product.browser, product.server.baseUrl);
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'dr.zhang', 'Wrong#Pass2026');
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('用户名或密码错误。');
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('登录');

    await signIn(page, 'no.such.user', 'Wrong#Pass2026');
    await expect.poll(() => page.getByTestId('login-error').textContent()).toBe('用户名或密码错误。');
    await page.screenshot({ path: screenshotPath('login-error'), fullPage: true });
    await context.close();
  });

  it('after repeated failures the account is locked, and says so, even for the right password', async () => {
    const context = await newContext(product.browser, product.server.baseUrl);
    const page = await context.newPage();
    await page.goto('/');
    // nurse.chen's sign-in test above has already run; this one leaves the account locked.
    const locked = '由于多次登录失败，该账户已被暂时锁定，请稍后再试。';
    let attempts = 0;
    for (; attempts < 7; attempts++) {
      await signIn(page, 'nurse.chen', `Wrong#Pass${attempts}x`);
      await page.getByTestId('login-error').waitFor();
      await page.locator('form button[type="submit"]:not([disabled])').waitFor();
      if ((await page.getByTestId('login-error').textContent()) === locked) break;
    }
    expect(attempts).toBeLessThanOrEqual(5); // 5 failures lock the account (issue 2)
    await signIn(page, 'nurse.chen', DEMO_PASSWORD);
    await page.locator('form button[type="submit"]:not([disabled])').waitFor();
    expect(await page.getByTestId('login-error').textContent()).toBe(locked);
    await context.close();
  });

  it('signs out: back to the login page with a notice, and the session is gone on the server', async () => {
    const context = await newContext(product.browser, product.server.baseUrl);
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'dr.li', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: '今日就诊' }).waitFor();

    await page.getByTestId('logout').click();
    const notice = page.getByTestId('login-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toBe('您已安全退出。');
    expect((await apiFromPage(page, '/api/auth/session')).status).toBe(401);

    // Back button or a deep link must not bring the list back.
    await page.goto('/visits/today');
    await page.getByLabel('用户名').waitFor();
    expect(await page.getByTestId('visit').count()).toBe(0);
    await context.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const context = await newContext(product.browser, product.server.baseUrl, { mobile: true });
    const page = await context.newPage();
    await page.goto('/');
    await page.screenshot({ path: screenshotPath('login-mobile') });
    await signIn(page, 'dr.wang', DEMO_PASSWORD);
    await page.getByTestId('visit').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('doctor-mobile'), fullPage: true });
    await context.close();
  });
});
