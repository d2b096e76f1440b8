import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.ts';

/** Either the database or an open transaction: functions that must join the caller's transaction take this. */
export type Executor = Kysely<DB> | Transaction<DB>;

/** Runs `fn` in a transaction, reusing the caller's one when there is already one open. */
export function inTransaction<T>(db: Executor, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db as Transaction<DB>) : db.transaction().execute(fn);
}
