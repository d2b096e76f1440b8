import type { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { DB } from './schema.ts';

export interface Database {
  db: Kysely<DB>;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** How another client (the pg-boss job runner) reaches the same PostgreSQL server. */
  pgConnection?: { connectionString: string };
  /** The embedded instance, for a second client (the job runner) that must share its one connection. */
  pglite?: PGlite;
}

// Same value types from both drivers: int8 as string (exact), date as 'YYYY-MM-DD' (no time-zone
// shift), timestamptz as Date.
const INT8 = 20;
const DATE = 1082;
pg.types.setTypeParser(INT8, (v) => v);
pg.types.setTypeParser(DATE, (v) => v);

/**
 * One code path for both engines: Kysely over node-postgres when a URL is given, otherwise over
 * PGlite (PostgreSQL compiled to WASM) keeping its files in `dataDir` ('memory://' for tests).
 */
export async function openDatabase(opts: { url?: string; dataDir?: string }): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: 10 });
    // An idle connection the server drops (a restart, pg_terminate_backend, DROP DATABASE … FORCE at
    // test teardown) emits 'error' on the pool; unhandled, that would crash the process. The pool
    // discards that connection and opens a new one for the next query, and a query in flight still
    // gets its own error, so there is nothing else to do here.
    pool.on('error', () => {});
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy(), pgConnection: { connectionString: opts.url } };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const client = await PGlite.create(opts.dataDir ?? 'memory://', {
    parsers: { [INT8]: (v: string) => v, [DATE]: (v: string) => v },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(client) });
  return { db, kind: 'pglite', close: () => db.destroy(), pglite: client };
}
