import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, newContext } from './chromium.ts';
import { DEMO_PASSWORD, startServer, type RunningServer } from './server-process.ts';
import { screenshotPath, signIn } from './ui.ts';

/** Answers whatever question is on screen with a plausible, calm answer. */
async function answerCurrent(page: Page): Promise<void> {
  const form = page.getByTestId('question');
  const linkId = await form.getAttribute('data-link-id');
  const choices = form.locator('.pc-choices .pc-choice');
  const scale = form.locator('.pc-scale .pc-choice');
  const checkboxes = form.locator('input[type="checkbox"]');
  if ((await scale.count()) > 0) await scale.nth(3).click();
  else if ((await choices.count()) > 0) {
    // yes/no questions: "否"; choice questions: the first option.
    const no = form.getByRole('button', { name: '否', exact: true });
    await ((await no.count()) > 0 ? no.click() : choices.first().click());
  } else if ((await checkboxes.count()) > 0) {
    await checkboxes.last().check();
    await form.getByRole('button', { name: '下一题' }).click();
  } else {
    const field = form.locator('input.pc-input, textarea.pc-textarea').first();
    await field.fill(linkId === 'duration' ? '2天' : linkId?.includes('weeks') ? '10' : '没有');
    await form.getByRole('button', { name: '下一题' }).click();
  }
  // Wait until the screen has moved on from this question.
  await page.waitForFunction(
    (id) => document.querySelector('[data-testid="question"]')?.getAttribute('data-link-id') !== id,
    linkId,
  );
}

describe.skipIf(!hasChromium)('pre-consultation on a phone, then in the doctor’s view', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('doctor makes a code, patient walks the whole pre-consultation by code, doctor reads the summary', async () => {
    const doctorCtx = await newContext(browser, server.baseUrl);
    const doctor = await doctorCtx.newPage();
    await doctor.goto('/');
    await signIn(doctor, 'dr.wang', DEMO_PASSWORD);
    const card = doctor.getByTestId('visit').first();
    await card.waitFor();
    const visitHref = await card.getByTestId('visit-open').getAttribute('href');
    expect(visitHref).toMatch(/^\/visits\/[0-9a-f-]{36}$/);
    await card.getByTestId('precheck-create').click();
    const code = (await card.getByTestId('precheck-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const url = (await card.getByTestId('precheck-url').textContent())!;
    expect(url).toMatch(new RegExp(`^${server.baseUrl}/p/[A-Za-z0-9_-]{43}$`));

    // The patient: a phone, no account, the code from the slip.
    const phoneCtx = await newContext(browser, server.baseUrl, { mobile: true });
    const phone = await phoneCtx.newPage();
    const problems: string[] = [];
    phone.on('pageerror', (e) => problems.push(e.message));
    await phone.goto('/p');
    await phone.getByLabel('预问诊码').fill(code.toLowerCase());
    await phone.getByRole('button', { name: '开始填写' }).click();
    await phone.waitForURL(/\/p\/[A-Za-z0-9_-]{43}$/);
    expect(await phone.getAttribute('html', 'lang')).toBe('zh-CN');

    // Large-text mode really enlarges the text.
    const sizeOf = () => phone.evaluate(() => getComputedStyle(document.querySelector('.pc-root')!).fontSize);
    const before = await sizeOf();
    await phone.getByTestId('large-text').click();
    expect(parseFloat(await sizeOf())).toBeGreaterThan(parseFloat(before));

    await phone.getByLabel('哪里不舒服？请用自己的话说一说').fill('胸口闷，走路时加重');
    await phone.getByRole('button', { name: '下一步' }).click();
    await phone.getByTestId('question').waitFor();
    expect(await phone.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');
    await phone.screenshot({ path: screenshotPath('precheck-question-mobile') });

    // A few answers, then the page is closed and the link opened again: it resumes.
    for (let i = 0; i < 3; i++) await answerCurrent(phone);
    const at = await phone.getByTestId('question').getAttribute('data-link-id');
    const tokenUrl = phone.url();
    await phone.close();
    const again = await phoneCtx.newPage();
    await again.goto(tokenUrl);
    await again.getByTestId('question').waitFor();
    expect(await again.getByTestId('question').getAttribute('data-link-id')).toBe(at);
    expect(Number(await again.getByRole('progressbar').getAttribute('aria-valuenow'))).toBeGreaterThan(0);

    // One question per screen, fitting the phone: no sideways scrolling.
    expect(await again.getByTestId('question').count()).toBe(1);
    expect(
      await again.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);

    for (let i = 0; i < 40 && (await again.getByTestId('question').count()) > 0; i++)
      await answerCurrent(again);
    await again.getByTestId('finish').click();
    const result = again.getByTestId('precheck-result');
    await result.waitFor();
    expect(await again.getByTestId('disposition').textContent()).toBeTruthy();
    expect(await result.textContent()).toContain('不是诊断');
    await again.screenshot({ path: screenshotPath('precheck-result-mobile'), fullPage: true });
    expect(problems).toEqual([]);

    // Back to the doctor: the visit page shows the summary of what the patient answered.
    await doctor.goto(visitHref!);
    const summary = doctor.getByTestId('precheck-summary');
    await summary.getByTestId('precheck-lines').waitFor();
    expect(await summary.getByTestId('precheck-status').textContent()).toContain('已提交');
    expect(await summary.getByTestId('precheck-lines').textContent()).toContain('胸口闷，走路时加重');
    expect(await summary.getByTestId('precheck-disposition').textContent()).toBeTruthy();
    await doctor.screenshot({ path: screenshotPath('precheck-doctor'), fullPage: true });
    await doctorCtx.close();
    await phoneCtx.close();
  });

  it('an emergency is shown at once, prominently, with a one-tap call to 120 (English too)', async () => {
    const doctorCtx = await newContext(browser, server.baseUrl);
    const doctor = await doctorCtx.newPage();
    await doctor.goto('/');
    await signIn(doctor, 'dr.wang', DEMO_PASSWORD);
    const card = doctor.getByTestId('visit').nth(1);
    await card.waitFor();
    await card.getByTestId('precheck-create').click();
    const url = (await card.getByTestId('precheck-url').textContent())!;

    const phoneCtx = await newContext(browser, server.baseUrl, { mobile: true });
    const phone = await phoneCtx.newPage();
    await phone.goto(url);
    await phone.getByTestId('language-switch').click();
    await phone.getByLabel('Me, the patient').check();
    await phone
      .getByLabel('What is bothering you? Tell us in your own words')
      .fill('crushing chest pain for 30 minutes, sweating, pain going to my left arm');
    await phone.getByRole('button', { name: 'Next' }).click();
    const alert = phone.getByTestId('emergency');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toContain('Call 120');
    expect(await phone.getByTestId('call-120').getAttribute('href')).toBe('tel:120');
    const box = await alert.boundingBox();
    expect(box!.y).toBeLessThan(400); // near the top of the screen, not below the fold
    expect(
      await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: screenshotPath('precheck-emergency-mobile') });
    await doctorCtx.close();
    await phoneCtx.close();
  });

  it('a wrong code says so; an unknown link says it is invalid', async () => {
    const ctx = await newContext(browser, server.baseUrl, { mobile: true });
    const page = await ctx.newPage();
    await page.goto('/p');
    await page.getByLabel('预问诊码').fill('ZZZZ-ZZZZ');
    await page.getByRole('button', { name: '开始填写' }).click();
    await page.getByTestId('code-error').waitFor();
    expect(await page.getByTestId('code-error').textContent()).toContain('不正确');
    await page.goto(`/p/${'A'.repeat(43)}`);
    await page.getByTestId('precheck-invalid').waitFor();
    await ctx.close();
  });
});
