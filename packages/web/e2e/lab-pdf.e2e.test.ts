import { describe, expect, it } from 'vitest';
import { generateLabReport } from '../../../eval/labs/generate-lab-report.ts';
import { labReportPdfTexts } from '../../../eval/labs/render-lab-report-pdf.ts';
import { makePdf } from '../../server/src/test/make-pdf.ts';
import { hasChromium, newContext } from './chromium.ts';
import { useProduct } from './product.ts';
import { DEMO_PASSWORD } from './server-process.ts';
import { apiFromPage, screenshotPath, signIn } from './ui.ts';

// A lab report PDF in the doctor workspace: picked like a photo, read from its text layer (no OCR),
// shown page by page (the server renders the page), with the read values outlined.
describe.skipIf(!hasChromium)('lab report PDF in the workspace', () => {
  const product = useProduct();

  it('uploads a two-page PDF, shows each page with its boxes, and turns to the page of a clicked value', async () => {
    const context = await newContext(product.browser, product.server.baseUrl);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto('/');
    await signIn(page, 'dr.wang', DEMO_PASSWORD);
    await page.waitForURL((u) => u.pathname !== '/');
    const today = (await apiFromPage(page, '/api/visits/today')).body as {
      visits: { id: string; patient: { name: string } }[];
    };
    const visit = today.visits.find((v) => v.patient.name === '周建国')!;
    await page.goto(`/visits/${visit.id}`);
    await page.getByTestId('ws-patient').waitFor();

    expect(await page.getByTestId('add-lab').getAttribute('accept')).toContain('application/pdf');
    const pdf = makePdf([
      { texts: labReportPdfTexts(generateLabReport(2, 1)) }, // 血脂血糖
      { texts: labReportPdfTexts(generateLabReport(1, 11)) }, // liver and kidney, in English
    ]);
    await page
      .getByTestId('add-lab')
      .setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByTestId('add-ok').filter({ hasText: '已识别化验单' }).waitFor({ timeout: 60_000 });
    const figure = page.getByTestId('lab-photo');
    await figure.waitFor();

    // Page 1 is shown as the server's rendering of it, drawn at the page's size in points.
    const image = figure.locator('svg image');
    const href = await image.getAttribute('href');
    expect(href).toMatch(/\/media\?page=1$/);
    expect(await figure.locator('svg').getAttribute('viewBox')).toBe('0 0 595 842');
    const rendered = await page.evaluate(async (u) => {
      const r = await fetch(u);
      return { status: r.status, type: r.headers.get('content-type') };
    }, href!);
    expect(rendered).toEqual({ status: 200, type: 'image/png' });
    expect(await figure.locator('rect.ws-box').count()).toBeGreaterThan(5);
    expect(await page.getByTestId('lab-page').count()).toBe(2);

    // A value from page 2: the view turns to page 2 and outlines it.
    const pageTwo = page.waitForResponse((r) => r.url().endsWith('/media?page=2') && r.ok());
    await figure.locator('.ws-lab-table tr').filter({ hasText: '第2页' }).first().click();
    await pageTwo; // drawn by the server on demand
    expect(await image.getAttribute('href')).toMatch(/\/media\?page=2$/);
    expect(await page.getByTestId('lab-page').nth(1).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('focused-box').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('workspace-lab-pdf'), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });
});
