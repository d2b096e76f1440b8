import { openDatabase, type Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { scratchPostgres as scratchDatabase } from '../db/scratch-database.ts';

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
  const scratch = await scratchPostgres();
  const database = await openDatabase({ url: scratch.url });
  await migrate(database.db);
  return {
    ...database,
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}

/** An empty database on TEST_DATABASE_URL's server, and a way to drop it. */
export async function scratchPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('YIZHU_TEST_DB=postgres needs TEST_DATABASE_URL');
  return scratchDatabase(base, 'yizhu_test');
}
