import { defineConfig } from 'vitest/config';

// Projects: unit (pure, fast), int on PGlite always, int on PostgreSQL when TEST_DATABASE_URL is set,
// and the browser suite (real Chromium; skips with a message when no browser is installed).
const pgUrl = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // Pure tests, but some build large lexicons or regexes on first use (triage ~2 s); CI runs
          // them on 2 cores beside the other projects, where vitest's 5 s default flakes.
          testTimeout: 20_000,
          include: [
            'packages/*/src/**/*.test.ts',
            'eval/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'int-pglite',
          include: ['packages/*/src/**/*.int.test.ts'],
          env: { YIZHU_TEST_DB: 'pglite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(pgUrl
        ? [
            {
              test: {
                name: 'int-postgres',
                include: ['packages/*/src/**/*.int.test.ts'],
                env: { YIZHU_TEST_DB: 'postgres' },
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'browser',
          include: ['packages/web/e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
