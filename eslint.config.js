// One lint setup for the whole workspace. The rule that matters most: packages/core stays pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Modules that do I/O or belong to a framework. core must not import them (DESIGN.md: pure core).
const IO_MODULES = [
  'fs',
  'fs/promises',
  'net',
  'http',
  'https',
  'http2',
  'child_process',
  'dgram',
  'dns',
  'tls',
  'cluster',
  'worker_threads',
  'os',
  'readline',
  'process',
  'pg',
  'pg-boss',
  'fastify',
  'kysely',
  'drizzle-orm',
  'sharp',
  'pino',
  'undici',
  'axios',
  'node-fetch',
];
const ioPatterns = [
  ...IO_MODULES,
  ...IO_MODULES.map((m) => `node:${m}`),
  '@fastify/*',
  '@electric-sql/*',
  'kysely-*',
  '@gutenye/*',
  '@yizhu/server',
  '@yizhu/server/*',
  '@yizhu/web',
  '@yizhu/cli',
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.yizhu-data/**', '.ci/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['packages/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ioPatterns, message: 'packages/core is pure: no I/O or framework imports (DESIGN.md).' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'packages/core is pure: pass I/O in as a dependency.' },
        { name: 'process', message: 'packages/core is pure: read config in server, pass values in.' },
      ],
    },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@yizhu/server', '@yizhu/server/*', 'node:*'],
              message: 'web talks to server over HTTP only.',
            },
          ],
        },
      ],
    },
  },
);
