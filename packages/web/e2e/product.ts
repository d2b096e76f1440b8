import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { startServer, type RunningServer } from './server-process.ts';

export interface Product {
  readonly server: RunningServer;
  readonly browser: Browser;
}

/** The real product for one test file: `yizhu serve` on a fresh data folder and one Chromium. */
export function useProduct(env: Record<string, string> = {}): Product {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(env);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('server not started');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('browser not started');
      return browser;
    },
  };
}
