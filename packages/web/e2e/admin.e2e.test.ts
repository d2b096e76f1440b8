import { describe, expect, it } from 'vitest';
import { hasChromium, newContext } from './chromium.ts';
import { useProduct } from './product.ts';
import { DEMO_PASSWORD } from './server-process.ts';
import { screenshotPath, signIn } from './ui.ts';

// The admin's user list, creating a staff account, and disabling it while that person is signed in.
describe.skipIf(!hasChromium)('admin web shell', () => {
  const product = useProduct();

  it('creates a doctor who can sign in, then disables them and their open session ends', async () => {
    const adminCtx = await newContext(product.browser, product.server.baseUrl);
    const admin = await adminCtx.newPage();
    await admin.goto('/');
    await signIn(admin, 'admin', DEMO_PASSWORD);
    await admin.getByRole('heading', { level: 1, name: '用户管理' }).waitFor();
    expect(await admin.getByRole('navigation').getByRole('link').allTextContents()).toEqual([
      '用户管理',
      '数据看板',
    ]);
    await admin.locator('tr[data-username="dr.wang"]').waitFor();
    // An admin cannot disable their own account from here.
    expect(await admin.locator('tr[data-username="admin"] button').count()).toBe(0);

    const form = admin.getByTestId('create-user');
    await form.getByLabel('用户名').fill('dr.e2e');
    await form.getByLabel('姓名').fill('测试医生');
    await form.getByLabel('角色').selectOption('doctor');
    await form.getByLabel('科室').selectOption({ label: '内科' });
    await form.getByLabel('初始密码').fill('Ward#Round2026');
    await form.getByRole('button', { name: '创建用户' }).click();
    await expect.poll(() => admin.getByTestId('admin-message').textContent()).toBe('已创建用户 dr.e2e。');
    await admin.locator('tr[data-username="dr.e2e"]').waitFor();
    await admin.screenshot({ path: screenshotPath('admin-users'), fullPage: true });

    const docCtx = await newContext(product.browser, product.server.baseUrl);
    const doctor = await docCtx.newPage();
    await doctor.goto('/');
    await signIn(doctor, 'dr.e2e', 'Ward#Round2026');
    await doctor.getByRole('heading', { level: 1, name: '今日就诊' }).waitFor();
    await doctor.getByTestId('visits-empty').waitFor(); // a new doctor has no visits yet

    const row = admin.locator('tr[data-username="dr.e2e"]');
    await row.getByRole('button', { name: '停用' }).click();
    await row.getByRole('button', { name: '确认停用 dr.e2e' }).click();
    await expect.poll(() => admin.getByTestId('admin-message').textContent()).toContain('已停用用户 dr.e2e');
    await expect.poll(() => row.locator('.badge').textContent()).toBe('已停用');

    // The doctor's next request is refused; the screen returns to the login page with a notice.
    await doctor.getByTestId('refresh').click();
    const notice = doctor.getByTestId('login-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toBe('您的登录已失效，请重新登录。');
    expect(await doctor.getByTestId('visit-list').count()).toBe(0);

    // And the disabled account cannot sign in again (same message as a wrong password).
    await signIn(doctor, 'dr.e2e', 'Ward#Round2026');
    await expect.poll(() => doctor.getByTestId('login-error').textContent()).toBe('用户名或密码错误。');
    await docCtx.close();
    await adminCtx.close();
  });

  it('rejects a weak password with a clear message and creates nothing', async () => {
    const ctx = await newContext(product.browser, product.server.baseUrl);
    const page = await ctx.newPage();
    await page.goto('/');
    await signIn(page, 'admin', DEMO_PASSWORD);
    const form = page.getByTestId('create-user');
    await form.waitFor();
    await form.getByLabel('用户名').fill('nurse.weak');
    await form.getByLabel('姓名').fill('弱密码');
    await form.getByLabel('角色').selectOption('nurse');
    await form.getByLabel('科室').selectOption({ label: '内科' });
    await form.getByLabel('初始密码').fill('password');
    await form.getByRole('button', { name: '创建用户' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').textContent()).toContain('提交的信息有误');
    // The policy problems come back as codes and are shown in the UI language, next to the field.
    const problems = await form.getByTestId('password-problems').locator('li').allTextContents();
    expect(problems).toContain('密码过于常见，容易被猜到。');
    expect(await form.getByLabel('初始密码').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('tr[data-username="nurse.weak"]').count()).toBe(0);
    await ctx.close();
  });
});
