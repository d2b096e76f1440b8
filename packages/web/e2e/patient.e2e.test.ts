import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, newContext } from './chromium.ts';
import { useProduct } from './product.ts';
import { DEMO_PASSWORD } from './server-process.ts';
import { apiFromPage, screenshotPath, signIn } from './ui.ts';

interface SessionBody {
  user: { patientId: string | null; role: string };
}
interface VisitsBody {
  visits: { id: string; patient: { id: string } }[];
}

// A patient sees their own visits and nothing of anyone else's, in the UI and through the API.
describe.skipIf(!hasChromium)('patient web shell', () => {
  const product = useProduct();

  async function signedIn(
    username: string,
  ): Promise<{ context: BrowserContext; page: Page; patientId: string }> {
    const context = await newContext(product.browser, product.server.baseUrl);
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, username, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: '我的就诊' }).waitFor();
    const session = (await apiFromPage(page, '/api/auth/session')).body as SessionBody;
    expect(session.user.role).toBe('patient');
    expect(session.user.patientId).toBeTruthy();
    return { context, page, patientId: session.user.patientId as string };
  }

  it('a patient sees only their own visits and only the patient menu', async () => {
    const { context, page, patientId } = await signedIn('pt.zhou');
    expect(page.url()).toMatch(/\/me\/visits$/);
    const links = await page.getByRole('navigation').getByRole('link').allTextContents();
    expect(links).toEqual(['我的就诊', '检验结果解读']);

    const mine = (await apiFromPage(page, '/api/me/visits')).body as VisitsBody;
    expect(mine.visits.every((v) => v.patient.id === patientId)).toBe(true);
    if (mine.visits.length > 0) await page.getByTestId('visit').first().waitFor();
    else await page.getByTestId('visits-empty').waitFor();
    expect(await page.getByTestId('visit').count()).toBe(mine.visits.length);
    // The patient's own name is not repeated on each card; staff-only fields are absent.
    expect(await page.getByTestId('visit-patient-name').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('patient-zh'), fullPage: true });

    // A staff page typed into the address bar falls back to the patient's own page.
    await page.goto('/visits/today');
    await page.getByRole('heading', { level: 1, name: '我的就诊' }).waitFor();
    expect(page.url()).toMatch(/\/me\/visits$/);
    await context.close();
  });

  it('another patient’s record answers 404 (not 403), while their own answers 200', async () => {
    const other = await signedIn('pt.wu');
    const otherId = other.patientId;
    const otherName = (
      (await apiFromPage(other.page, `/api/patients/${otherId}`)).body as { patient: { name: string } }
    ).patient.name;
    await other.context.close();

    const { context, page, patientId } = await signedIn('pt.zhou');
    expect(otherId).not.toBe(patientId);

    const own = await apiFromPage(page, `/api/patients/${patientId}`);
    expect(own.status).toBe(200);
    expect((own.body as { patient: { id: string } }).patient.id).toBe(patientId);

    const foreign = await apiFromPage(page, `/api/patients/${otherId}`);
    expect(foreign.status).toBe(404);
    expect(foreign.contentType).toContain('application/problem+json');
    expect(JSON.stringify(foreign.body)).not.toContain(otherName);
    expect((foreign.body as { status: number }).status).toBe(404);

    // Staff lists are not reachable either, and also answer as if they did not exist.
    expect((await apiFromPage(page, '/api/visits/today')).status).toBe(404);
    expect((await apiFromPage(page, '/api/admin/users')).status).toBeGreaterThanOrEqual(403);
    await context.close();
  });
});
