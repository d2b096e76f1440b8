import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openDatabase } from '@yizhu/server';
import { scratchPostgres } from '../../server/src/test/test-database.ts';
import { spawnYizhu, yizhu } from './test/run-yizhu.ts';

const PASSWORD = 'Demo#2026pass';

// The CLI runs against PGlite in a temp folder, or against a scratch PostgreSQL database in the
// int-postgres project — the same commands and code path either way.
let env: Record<string, string>;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  if (process.env.YIZHU_TEST_DB === 'postgres') {
    const pg = await scratchPostgres();
    env = { DATABASE_URL: pg.url, YIZHU_DEMO_PASSWORD: PASSWORD };
    cleanup = pg.drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'yizhu-cli-'));
    env = { YIZHU_DATA_DIR: dir, YIZHU_DEMO_PASSWORD: PASSWORD };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
});
afterAll(() => cleanup());

describe('yizhu CLI', () => {
  it.each([['serve'], ['migrate'], ['seed'], ['user', 'add'], ['audit', 'verify']])(
    '%s --help',
    async (...cmd) => {
      const r = await yizhu([...cmd, '--help'], {});
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: yizhu');
    },
  );

  it('serve prints URL and demo logins, answers /readyz, and stops cleanly on SIGTERM', async () => {
    const child = spawnYizhu(['serve'], { PORT: '0', ...env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 60_000);
      child.stdout.on('data', () => {
        const m = out.match(/running at (http:\/\/\S+)/);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
    await new Promise((r) => setTimeout(r, 200)); // the rest of the banner
    expect(out).toMatch(/dr\.wang\s+doctor\s+Demo#2026pass/);
    expect(out).toMatch(/admin\s+admin/);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const exited = new Promise<number | null>((r) => child.on('close', r));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 120_000); // first start seeds the clinic and starts the job runner: slow on a busy 2-core machine

  it('seed twice does not duplicate the clinic', async () => {
    const r = await yizhu(['seed'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('nothing seeded');
  });

  it('user add reads the password from stdin and applies the policy', async () => {
    const weak = await yizhu(
      ['user', 'add', '-u', 'dr.cli', '-n', '测试医生', '-r', 'doctor', '--department', 'IM'],
      env,
      'weak\n',
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('password does not meet the policy');
    const ok = await yizhu(
      ['user', 'add', '-u', 'dr.cli', '-n', '测试医生', '-r', 'doctor', '--department', 'IM'],
      env,
      'Cli-pass-2026\n',
    );
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const badRole = await yizhu(['user', 'add', '-u', 'x.y', '-n', 'X', '-r', 'root'], env);
    expect(badRole.code).toBe(2);
  });

  it('audit verify reports an intact chain', async () => {
    const r = await yizhu(['audit', 'verify'], env);
    expect(r.stdout).toMatch(/audit chain intact: \d+ events/);
    expect(r.code).toBe(0);
  });

  it('audit verify exits 1 and names the first broken link after tampering', async () => {
    // Tamper as a database administrator would: switch the guard trigger off, change a row.
    const database = await openDatabase(
      env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: join(env.YIZHU_DATA_DIR!, 'pglite') },
    );
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`.execute(database.db);
    await sql`UPDATE audit_events SET action = 'nothing.happened' WHERE seq = 1`.execute(database.db);
    await database.close();
    const r = await yizhu(['audit', 'verify'], env);
    expect(r.stdout + r.stderr).toContain('BROKEN');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('audit chain BROKEN at seq 1 (hash_mismatch)');
  });

  it('a bad configuration names the variable and exits 2', async () => {
    const r = await yizhu(['migrate'], { ...env, PORT: 'eighty', YIZHU_SESSION_IDLE_MINUTES: '600' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('PORT');
    expect(r.stderr).toContain('YIZHU_SESSION_IDLE_MINUTES');
  });
});
