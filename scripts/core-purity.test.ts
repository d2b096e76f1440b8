import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The pure-core rule is a lint error, not a habit (DESIGN.md). This proves the rule bites.
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });
const lint = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.filter((m) =>
    m.ruleId?.startsWith('no-restricted'),
  );

describe('packages/core purity rule', () => {
  it.each([
    "import { readFileSync } from 'node:fs';",
    "import net from 'net';",
    "import pg from 'pg';",
    "import Fastify from 'fastify';",
    "import { PGlite } from '@electric-sql/pglite';",
    "import { Kysely } from 'kysely';",
    "import PgBoss from 'pg-boss';",
    "import { startServer } from '@yizhu/server';",
  ])('refuses %s in core', async (code) => {
    expect(
      await lint(`${code}\nexport const x = 1;\n`, 'packages/core/src/example/example.ts'),
    ).not.toHaveLength(0);
  });

  it('refuses reaching for process and fetch in core', async () => {
    expect(
      await lint('export const x = process.env.X;\n', 'packages/core/src/example/example.ts'),
    ).not.toHaveLength(0);
    expect(
      await lint("export const y = () => fetch('http://x');\n", 'packages/core/src/example/example.ts'),
    ).not.toHaveLength(0);
  });

  it('allows the same imports in server', async () => {
    expect(
      await lint(
        "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
        'packages/server/src/example.ts',
      ),
    ).toHaveLength(0);
  });
});
