import { describe, expect, it } from 'vitest';
import { hasChromium, newContext } from './chromium.ts';
import { useProduct } from './product.ts';
import { DEMO_PASSWORD } from './server-process.ts';
import { screenshotPath, signIn } from './ui.ts';

// The real idle timeout, shortened to its 1-minute minimum so the test waits about a minute, not thirty.
describe.skipIf(!hasChromium)('idle timeout', () => {
  const product = useProduct({ YIZHU_SESSION_IDLE_MINUTES: '1' });

  it(
    'after the idle timeout the next action returns to the login page with a clear notice',
    { timeout: 150_000 },
    async () => {
      const ctx = await newContext(product.browser, product.server.baseUrl);
      const page = await ctx.newPage();
      await page.goto('/');
      await signIn(page, 'dr.wang', DEMO_PASSWORD);
      await page.getByTestId('visit').first().waitFor();

      await page.waitForTimeout(65_000);
      await page.getByTestId('refresh').click();

      const notice = page.getByTestId('login-notice');
      await notice.waitFor();
      expect(await notice.textContent()).toBe('您已长时间未操作，为保护患者信息已自动退出。请重新登录。');
      expect(await page.getByTestId('visit').count()).toBe(0);
      await page.screenshot({ path: screenshotPath('idle-notice'), fullPage: true });

      // Signing in again works and goes straight back to the list.
      await signIn(page, 'dr.wang', DEMO_PASSWORD);
      await page.getByTestId('visit').first().waitFor();
      await ctx.close();
    },
  );
});
