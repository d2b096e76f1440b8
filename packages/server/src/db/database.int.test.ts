import pg from 'pg';
import { expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { scratchPostgres } from './scratch-database.ts';

const base = process.env.TEST_DATABASE_URL;

// On PGlite there is no server to drop a connection; this runs in the int-postgres project.
it.runIf(process.env.YIZHU_TEST_DB === 'postgres' && base)(
  'an idle connection the server terminates neither crashes the process nor breaks the next query',
  async () => {
    const scratch = await scratchPostgres(base!, 'yizhu_test');
    const database = await openDatabase({ url: scratch.url });
    try {
      const { sql } = await import('kysely');
      await sql`select 1`.execute(database.db);
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      try {
        const name = new URL(scratch.url).pathname.slice(1);
        await admin.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [name],
        );
      } finally {
        await admin.end();
      }
      await new Promise((r) => setTimeout(r, 200));
      const r = await sql<{ n: number }>`select 2 as n`.execute(database.db);
      expect(r.rows[0]?.n).toBe(2);
    } finally {
      await database.close();
      await scratch.drop();
    }
  },
);
