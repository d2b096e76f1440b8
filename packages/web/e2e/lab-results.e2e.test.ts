import { describe, expect, it } from 'vitest';
import { generateLabReport } from '../../../eval/labs/generate-lab-report.ts';
import { renderLabReport } from '../../../eval/labs/render-lab-report.ts';
import { hasChromium, newContext } from './chromium.ts';
import { useProduct } from './product.ts';
import { DEMO_PASSWORD } from './server-process.ts';
import { screenshotPath, signIn, staffApi } from './ui.ts';

// The patient's side of lab explanations (issue 9): only what a doctor approved reaches them.
describe.skipIf(!hasChromium)('patient lab results page', () => {
  const product = useProduct();

  it('shows the explanation a doctor approved, and not the one still in draft', async () => {
    const { baseUrl } = product.server;
    const dr = await staffApi(baseUrl, 'dr.wang');
    const today = (
      await dr.call<{ visits: { id: string; patient: { name: string } }[] }>('GET', '/api/visits/today')
    ).body.visits;
    const visit = today.find((v) => v.patient.name === '周建国')!;
    expect(visit).toBeTruthy();

    // A lab photo read by OCR becomes the report both explanations are made from.
    const png = await renderLabReport(generateLabReport(2, 1));
    const lab = await dr.call<{ source: { id: string } }>(
      'POST',
      `/api/visits/${visit.id}/sources/lab`,
      png,
      'image/png',
    );
    expect(lab.status, JSON.stringify(lab.body)).toBe(201);
    const sourceId = lab.body.source.id;
    const create = async () => {
      const r = await dr.call<{ explanation: { id: string } }>(
        'POST',
        `/api/visits/${visit.id}/lab-explanations`,
        { sourceId },
      );
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.explanation.id;
    };
    const approvedId = await create();
    const draftId = await create();
    // Approval needs a fresh password check, as in the workspace.
    expect((await dr.call('POST', '/api/auth/reauth', { password: DEMO_PASSWORD })).status).toBe(204);
    const approve = (id: string) =>
      dr.call('POST', `/api/visits/${visit.id}/lab-explanations/${id}/approve`, {});
    expect((await approve(approvedId)).status).toBe(200);

    // The patient signs in on a phone, lands on their visits, and follows the link.
    const context = await newContext(product.browser, baseUrl, { mobile: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto('/');
    await signIn(page, 'pt.zhou', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: '我的就诊' }).waitFor();
    await page.getByTestId('lab-results-link').click();
    await page.getByRole('heading', { level: 1, name: '我的检验结果解读' }).waitFor();
    expect(page.url()).toMatch(/\/me\/lab-results$/);
    await page.getByTestId('lab-explanation').first().waitFor();

    const cards = page.getByTestId('lab-explanation');
    expect(await cards.count()).toBe(1);
    expect(await cards.first().getAttribute('data-id')).toBe(approvedId);
    expect(await page.locator(`[data-id="${draftId}"]`).count()).toBe(0);
    const text = (await cards.first().getByTestId('lab-explanation-text').textContent()) ?? '';
    expect(text).toContain('不是诊断');
    expect(await page.getByTestId('lab-results-note').textContent()).toContain('请联系您的医生');
    // Each result with its value and flag; a value the doctor will check shows no number.
    const results = cards.first().getByTestId('lab-result');
    expect(await results.count()).toBeGreaterThan(0);
    const first = (await results.first().textContent()) ?? '';
    expect(first).toMatch(/\d|医生会核对/);
    expect(await cards.first().getByTestId('lab-result-flag').count()).toBeGreaterThan(0);
    // Large type for a phone: body text of the page is at least 18px.
    const size = await page
      .getByTestId('lab-explanation-text')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(18);
    await page.screenshot({ path: screenshotPath('lab-results-zh'), fullPage: true });

    // English, from the same data.
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: 'My lab results explained' }).waitFor();
    expect(await page.getByTestId('lab-explanation-text').first().textContent()).toContain('not a diagnosis');
    await page.screenshot({ path: screenshotPath('lab-results-en'), fullPage: true });

    // Once the second one is approved too, it appears: the page lists exactly what is approved.
    expect((await approve(draftId)).status).toBe(200);
    await page.reload();
    await page.getByTestId('lab-explanation').nth(1).waitFor();
    expect(await page.getByTestId('lab-explanation').count()).toBe(2);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
