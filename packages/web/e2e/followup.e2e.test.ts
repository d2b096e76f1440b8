import { describe, expect, it } from 'vitest';
import { hasChromium, newContext } from './chromium.ts';
import { useProduct } from './product.ts';
import { DEMO_PASSWORD } from './server-process.ts';
import { screenshotPath, signIn } from './ui.ts';

// The family-doctor panel and the patient's check-in link, against the real `yizhu serve` (jobs on).
describe.skipIf(!hasChromium)('follow-up panel and patient check-in', () => {
  const product = useProduct();

  it('a doctor filters overdue residents, opens a trend, and a patient check-in by link alerts the doctor', async () => {
    const context = await newContext(product.browser, product.server.baseUrl);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto('/');
    await page.getByLabel('用户名').waitFor();
    await signIn(page, 'dr.wang', DEMO_PASSWORD);
    await page.getByRole('link', { name: '慢病随访' }).click();
    await page.getByRole('heading', { level: 1, name: '慢病随访' }).waitFor();
    await page.getByTestId('kpis').waitFor();
    expect(await page.getByTestId('kpis').textContent()).toContain('规范管理率');
    const all = await page.getByTestId('panel-row').count();
    expect(all).toBeGreaterThan(1);

    await page.getByTestId('filter-overdue').click();
    await page.locator('[data-testid="panel-table"][data-filter="overdue"]').waitFor();
    const states = await page
      .getByTestId('panel-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
    expect(states.length).toBeGreaterThan(0);
    expect(states.length).toBeLessThan(all);
    expect(new Set(states)).toEqual(new Set(['overdue']));

    await page.getByTestId('panel-patient').first().click();
    await page.getByTestId('trend-bp').waitFor();
    expect(await page.getByTestId('trend-bp-point').count()).toBeGreaterThan(2);
    await page.screenshot({ path: screenshotPath('followup-trend'), fullPage: true });

    await page.getByTestId('make-link').click();
    const link = (await page.getByTestId('checkin-link').textContent())!;
    expect(link).toMatch(/\/checkin#[A-Za-z0-9_-]{43}$/);

    // The patient, on their own phone: no session, a narrow screen.
    const phone = await product.browser.newContext({
      baseURL: product.server.baseUrl,
      viewport: { width: 390, height: 844 },
    });
    const p = await phone.newPage();
    await p.goto(link);
    await p.locator('input[name="systolic"]').fill('300');
    await p.locator('input[name="diastolic"]').fill('20');
    await p.getByTestId('checkin-submit').click();
    await p.getByText('血压数值看起来不合理').waitFor(); // implausible: sent back, not accepted
    await p.locator('input[name="systolic"]').fill('186');
    await p.locator('input[name="diastolic"]').fill('114');
    await p.getByTestId('checkin-submit').click();
    await p.getByTestId('checkin-urgent').waitFor();
    await p.screenshot({ path: screenshotPath('checkin-urgent'), fullPage: true });
    await phone.close();

    await page.getByTestId('back').click();
    await page.getByRole('button', { name: '刷新' }).click();
    await page.getByTestId('note-urgent').first().waitFor();
    expect(await page.getByTestId('note-urgent').first().textContent()).toContain('紧急转诊指征');
    await page.screenshot({ path: screenshotPath('followup-panel'), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });
});
