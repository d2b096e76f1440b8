import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLabReport } from '../../../eval/labs/generate-lab-report.ts';
import { renderLabReport } from '../../../eval/labs/render-lab-report.ts';
import { hasChromium, launchChromium, newContext } from './chromium.ts';
import { DEMO_PASSWORD, startServer, type RunningServer } from './server-process.ts';
import { fhirErrors } from '../../server/src/test/fhir-validator.ts';
import { apiFromPage, signIn } from './ui.ts';

// The doctor workspace (issue 6) against the real server: sources → draft → evidence → conflicts → sign.
const ARTIFACTS = join(import.meta.dirname, 'artifacts');
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

const DIALOGUE = [
  '医生：哪里不舒服？',
  '患者：头晕三天了，血压在家量一百六十/一百。',
  '医生：降压药在吃吗？',
  '患者：氨氯地平吃着呢。',
  '医生：有没有药物过敏？',
  '患者：没有。',
  '医生：考虑高血压控制不佳，加用缬沙坦，一周后复诊。',
].join('\n');

interface TodayVisit {
  id: string;
  patient: { name: string };
  doctor: { id: string } | null;
}

async function login(browser: Browser, baseUrl: string, user: string): Promise<Page> {
  const context = await newContext(browser, baseUrl);
  const page = await context.newPage();
  await page.goto('/');
  await signIn(page, user, DEMO_PASSWORD);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForURL((u) => u.pathname !== '/');
  return page;
}

/** Writes through the API with the page's own session and CSRF token, as the app does. */
function apiWrite(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const s = await (await fetch('/api/auth/session')).json();
      const res = await fetch(path, {
        method,
        headers: {
          'x-csrf-token': s.csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: await res.json().catch(() => null) };
    },
    { method, path, body },
  );
}

async function todayOf(page: Page): Promise<TodayVisit[]> {
  return ((await apiFromPage(page, '/api/visits/today')).body as { visits: TodayVisit[] }).visits;
}

describe.skipIf(!hasChromium)('doctor workspace', () => {
  let server: RunningServer;
  let browser: Browser;
  let visits: TodayVisit[];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
    browser = await launchChromium();
    const page = await login(browser, server.baseUrl, 'dr.wang');
    visits = (await todayOf(page))
      .filter((v) => v.patient.name !== '')
      .sort((a, b) => a.id.localeCompare(b.id));
    await page.context().close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sources → draft → evidence → conflict → sign with re-authentication → read-only record → amend', async () => {
    const page = await login(browser, server.baseUrl, 'dr.wang');
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    const visit = (await todayOf(page)).find((v) => v.patient.name === '周建国')!;
    await page.locator(`a[href="/visits/${visit.id}"]`).first().click();
    await page.getByTestId('ws-patient').waitFor();
    expect(await page.getByTestId('ws-patient').textContent()).toContain('周建国');
    // No speech engine here: the audio button is there, off, and says why.
    expect(await page.getByTestId('add-audio').isDisabled()).toBe(true);
    expect(await page.getByTestId('audio-off').textContent()).toContain('语音识别');

    // Paste the dialogue.
    await page.getByTestId('add-paste').click();
    await page.getByTestId('paste-text').fill(DIALOGUE);
    await page.getByTestId('paste-submit').click();
    await page.getByTestId('add-ok').waitFor();
    await page.getByTestId('transcript').waitFor();

    // A file that is not a photo is refused with a clear message; a rendered lab report is read.
    await page
      .getByTestId('add-lab')
      .setInputFiles({ name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('not a png') });
    await page.getByTestId('add-error').waitFor();
    expect(await page.getByTestId('add-error').textContent()).toContain('文件类型不符');
    const spec = generateLabReport(2, 1); // a Chinese lipid/glucose report
    const png = await renderLabReport(spec);
    await page.getByTestId('add-lab').setInputFiles({ name: 'lab.png', mimeType: 'image/png', buffer: png });
    await page.getByTestId('add-ok').filter({ hasText: '已识别化验单' }).waitFor({ timeout: 60_000 });
    await page.getByTestId('lab-photo').waitFor();

    // Generate the draft: labelled AI-generated, Chinese record first.
    await page.getByTestId('generate').click();
    await page.getByTestId('draft-pane').waitFor();
    expect(await page.getByTestId('ai-label').textContent()).toContain('AI生成草稿');
    expect(await page.getByTestId('tab-zh').getAttribute('aria-selected')).toBe('true');

    // Click a sentence: its words are marked in the transcript turn.
    await page.getByTestId('sentence').filter({ hasText: '头晕' }).first().click();
    await expect.poll(() => page.getByTestId('evidence-mark').allTextContents()).toContain('头晕');
    expect(await page.locator('.ws-turn.is-focused').count()).toBeGreaterThan(0);
    await shot(page, 'workspace-evidence-transcript');

    // A lab value: its boxes are outlined on the photo.
    await page.locator('.ws-lab-table tr').first().click();
    expect(await page.getByTestId('focused-box').count()).toBeGreaterThan(0);

    // A sentence from the EMR opens its timeline item.
    const emrSentence = page.locator('.ws-sentence.has-conflict').first();
    await emrSentence.click();
    await expect.poll(() => page.locator('details[data-testid="emr-item"][open]').count()).toBeGreaterThan(0);
    await shot(page, 'workspace-evidence-emr');

    // Resolve a conflict by taking a side: the to-verify mark goes, as a new saved version.
    const conflicts = page.getByTestId('conflict');
    const before = await conflicts.count();
    expect(before).toBeGreaterThan(0);
    await conflicts.first().getByTestId('take-side').first().click();
    await expect.poll(() => conflicts.count()).toBe(before - 1);
    await expect.poll(() => page.getByTestId('save-state').textContent()).toContain('已保存');
    // Dismiss another with a reason.
    if ((await conflicts.count()) > 0) {
      await conflicts.first().getByTestId('dismiss').click();
      await conflicts.first().getByTestId('dismiss-reason').fill('患者已停药，既往记录未更新');
      await conflicts.first().getByRole('button', { name: '确认忽略' }).click();
      await expect.poll(() => conflicts.count()).toBe(before - 2);
      await expect.poll(() => page.getByTestId('save-state').textContent()).toContain('已保存');
    }
    // Dismiss a QC finding with a reason: kept with the draft, so a reload still shows it dismissed.
    const findings = page.getByTestId('qc-finding');
    const nQc = await findings.count();
    expect(nQc).toBeGreaterThan(0);
    await findings.first().getByTestId('dismiss').click();
    await findings.first().getByTestId('dismiss-reason').fill('体格检查已由护士完成并记录');
    await findings.first().getByRole('button', { name: '确认忽略' }).click();
    await expect.poll(() => findings.count()).toBe(nQc - 1);
    const reasons = async () =>
      (
        (await apiFromPage(page, `/api/visits/${visit.id}/draft`)).body as {
          draft: { review: { reason: string | null }[] };
        }
      ).draft.review.map((r) => r.reason);
    await expect.poll(reasons).toContain('体格检查已由护士完成并记录');
    await page.reload();
    await page.getByTestId('draft-pane').waitFor();
    await expect.poll(() => page.getByTestId('qc-finding').count()).toBe(nQc - 1);
    expect(await page.locator('.ws-dismissed').textContent()).toContain('体格检查已由护士完成并记录');
    await shot(page, 'workspace-draft-zh');

    // Sign: a wrong password is refused, the right one signs; a double click signs once.
    await page.getByTestId('sign').click();
    await page.getByTestId('sign-secret').fill('Wrong#Pass2026');
    await page.getByTestId('sign-confirm').click();
    await page.getByTestId('sign-error').waitFor();
    expect(await page.getByTestId('sign-error').textContent()).toContain('不正确');
    await shot(page, 'workspace-sign-dialog');
    await page.getByTestId('sign-secret').fill(DEMO_PASSWORD);
    await page.getByTestId('sign-confirm').dblclick();
    await page.getByTestId('signed-record').waitFor();
    const rec = await apiFromPage(page, `/api/visits/${visit.id}/record`);
    expect((rec.body as { versions: unknown[] }).versions).toHaveLength(1);
    expect(await page.getByTestId('signed-badge').textContent()).toContain('第 1 版');
    expect(await page.getByTestId('edit-section').count()).toBe(0); // read-only
    expect(await page.getByTestId('sign').count()).toBe(0);
    expect(await page.getByTestId('ai-label').count()).toBe(0);
    await shot(page, 'workspace-signed');

    // Amendment: a new version with a reason; both kept.
    await page.getByTestId('amend').click();
    await page.getByTestId('amend-text').fill('头晕3天，加重1天。');
    await page.getByTestId('amend-reason').fill('补充病程');
    await page.getByRole('button', { name: '签名并保存修订' }).click();
    await page.getByTestId('sign-secret').fill(DEMO_PASSWORD);
    await page.getByTestId('sign-confirm').click();
    await expect.poll(() => page.getByTestId('record-versions').locator('li').count()).toBe(2);
    expect(await page.getByTestId('signed-badge').textContent()).toContain('第 2 版');

    // Export: the signed record as a FHIR document Bundle, every resource valid R4.
    await page.getByTestId('export').click();
    await page.getByTestId('sign-secret').fill(DEMO_PASSWORD);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('sign-confirm').click(),
    ]);
    const bundle = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      resourceType: string;
      type: string;
      entry: { resource: { resourceType: string } }[];
    };
    expect([bundle.resourceType, bundle.type]).toEqual(['Bundle', 'document']);
    expect(bundle.entry[0]!.resource.resourceType).toBe('Composition');
    expect(bundle.entry.map((e) => e.resource.resourceType)).toContain('Provenance');
    for (const e of bundle.entry) expect(fhirErrors(e.resource), e.resource.resourceType).toEqual([]);
    expect(fhirErrors(bundle)).toEqual([]);

    // The A4 print view shows only the record.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.getByTestId('sources-pane').isVisible()).toBe(false);
    expect(await page.getByTestId('record-text').isVisible()).toBe(true);
    await page.pdf({ path: join(ARTIFACTS, 'record-a4.pdf'), format: 'A4' }).catch(() => undefined);
    await shot(page, 'workspace-print');
    await page.emulateMedia({ media: 'screen' });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('two tabs editing: the stale save is refused with a clear message, the text kept and reapplied', async () => {
    const a = await login(browser, server.baseUrl, 'dr.wang');
    const visit = (await todayOf(a)).find((v) => v.patient.name === '郑海涛')!;
    expect(
      (
        await apiWrite(a, 'POST', `/api/visits/${visit.id}/sources`, {
          kind: 'transcript',
          format: 'text',
          content: DIALOGUE,
        })
      ).status,
    ).toBe(201);
    expect((await apiWrite(a, 'POST', `/api/visits/${visit.id}/draft`)).status).toBe(201);
    const b = await a.context().newPage();
    for (const p of [a, b]) {
      await p.goto(`/visits/${visit.id}`);
      await p.getByTestId('draft-pane').waitFor();
    }
    const edit = async (p: Page, section: string, text: string) => {
      const s = p.getByTestId(`section-${section}`);
      await s.getByTestId('edit-section').click();
      await s.getByTestId('section-editor').fill(text);
      await s.getByTestId('done-section').click();
    };
    await edit(a, 'chief_complaint', '头晕3天，伴头胀。');
    await expect.poll(() => a.getByTestId('save-state').textContent()).toContain('已保存');
    await edit(b, 'plan', '加用缬沙坦80mg qd。一周后复诊。');
    await b.getByTestId('save-conflict').waitFor();
    expect(await b.getByTestId('save-conflict').textContent()).toContain('第 2 版');
    await shot(b, 'workspace-save-conflict');
    // Nothing lost: reopening the section shows the kept text; reapplying saves it on the latest version.
    await b.getByTestId('section-plan').getByTestId('edit-section').click();
    expect(await b.getByTestId('section-plan').getByTestId('section-editor').inputValue()).toContain('80mg');
    await b.getByTestId('reapply').click();
    await expect.poll(() => b.getByTestId('save-state').textContent()).toContain('第 3 版');
    const latest = (await apiFromPage(b, `/api/visits/${visit.id}/draft`)).body as {
      draft: { version: number; draft: { zh: { id: string; sentences: { text: string }[] }[] } };
    };
    const zh = Object.fromEntries(
      latest.draft.draft.zh.map((s) => [s.id, s.sentences.map((x) => x.text).join('')]),
    );
    expect(zh.chief_complaint).toBe('头晕3天，伴头胀。');
    expect(zh.plan).toContain('80mg');

    // Signing a version that another tab has since changed: refused, the latest shown, nothing signed.
    await a.getByTestId('sign').click();
    await edit(b, 'chief_complaint', '头晕3天，加重1天。');
    await expect.poll(() => b.getByTestId('save-state').textContent()).toContain('第 4 版');
    await a.getByTestId('sign-secret').fill(DEMO_PASSWORD);
    await a.getByTestId('sign-confirm').click();
    await a.getByTestId('sign-notice').waitFor();
    expect((await apiFromPage(a, `/api/visits/${visit.id}/record`)).status).toBe(404);
    await a.context().close();
  });

  it('a nurse prepares sources but has no sign button; a colleague of the department cannot sign', async () => {
    const nurse = await login(browser, server.baseUrl, 'nurse.chen');
    const visit = (await todayOf(nurse)).find((v) => v.patient.name === '孙丽华')!;
    await nurse.goto(`/visits/${visit.id}`);
    await nurse.getByTestId('sources-pane').waitFor();
    await nurse.getByTestId('add-paste').click();
    await nurse.getByTestId('paste-text').fill('医生：哪里不舒服？\n患者：上腹痛三天。');
    await nurse.getByTestId('paste-submit').click();
    await nurse.getByTestId('add-ok').waitFor();
    await nurse.getByTestId('generate').click();
    await nurse.getByTestId('draft-pane').waitFor();
    expect(await nurse.getByTestId('sign').count()).toBe(0);
    await shot(nurse, 'workspace-nurse');
    await nurse.context().close();

    const li = await login(browser, server.baseUrl, 'dr.li');
    await li.goto(`/visits/${visit.id}`);
    await li.getByTestId('draft-pane').waitFor();
    expect(await li.getByTestId('sign').isDisabled()).toBe(true);
    await li.context().close();
  });

  it('another department’s doctor and a patient get not-found for the visit URL', async () => {
    const visit = visits.find((v) => v.patient.name === '周建国')!;
    for (const user of ['dr.zhang', 'pt.zhou']) {
      const page = await login(browser, server.baseUrl, user);
      await page.goto(`/visits/${visit.id}`);
      await page.getByTestId('visit-not-found').waitFor();
      expect(await page.getByTestId('sources-pane').count()).toBe(0);
      expect(await page.getByTestId('ws-patient').count()).toBe(0);
      if (user === 'dr.zhang') await shot(page, 'workspace-not-found');
      await page.context().close();
    }
  });
});
