import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or — in the int-postgres project —
 * a new database on TEST_DATABASE_URL's server that is dropped again on close.
 */
export async function testDatabase(): Promise<Database> {
  if (process.env.YIZHU_TEST_DB !== 'postgres') {
    const database = await openDatabase({});
    await migrate(database.db);
    return database;
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('YIZHU_TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `yizhu_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  await migrate(database.db);
  return {
    ...database,
    async close() {
      await database.close();
      const again = new pg.Client({ connectionString: base });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}
