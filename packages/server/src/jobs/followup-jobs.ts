import type { PGlite } from '@electric-sql/pglite';
import { CompiledQuery, type Kysely } from 'kysely';
import PgBoss from 'pg-boss';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { clinicDate } from '../followup/clinic-date.ts';
import { DEFAULT_MESSENGERS, type MessagingAdapter } from '../followup/messaging.ts';
import { runNightlyPlanning, type NightlyReport } from '../followup/nightly-planning.ts';

export const NIGHTLY_QUEUE = 'followup-nightly';

export interface JobRunner {
  /** Queues a nightly run now (start-up catch-up, or an operator's "run now"). */
  runNightlyNow(): Promise<string | null>;
  stop(): Promise<void>;
}

/** pg-boss wants an IANA zone for cron; whole-hour offsets map to Etc/GMT∓N (POSIX sign is inverted). */
export function cronZone(utcOffsetMinutes: number): string {
  if (utcOffsetMinutes === 480) return 'Asia/Shanghai';
  if (utcOffsetMinutes % 60 !== 0 || utcOffsetMinutes === 0) return 'UTC';
  const h = utcOffsetMinutes / 60;
  return `Etc/GMT${h > 0 ? '-' : '+'}${Math.abs(h)}`;
}

/** The job handler, exported so tests can drive it with a fake clock instead of waiting for cron. */
export function nightlyHandler(
  deps: Pick<Deps, 'db' | 'clock' | 'config' | 'log'>,
  messengers: readonly MessagingAdapter[] = DEFAULT_MESSENGERS,
) {
  return async (): Promise<NightlyReport> => {
    const now = deps.clock();
    const report = await runNightlyPlanning(
      deps.db,
      now,
      clinicDate(now, deps.config.utcOffsetMinutes),
      messengers,
    );
    // Counts only: no patient in the log.
    const { timings, ...counts } = report;
    deps.log.info({ job: NIGHTLY_QUEUE, ...counts, timings }, 'follow-up nightly run');
    return report;
  };
}

/**
 * pg-boss's database port for embedded PGlite. PGlite has one connection; pglite-socket 0.1.6
 * multiplexes clients message by message, so two clients' extended-protocol messages interleave and
 * PostgreSQL answers 08P01 (protocol violation) under concurrent requests — measured here, see the
 * README. Instead pg-boss shares the app's own serialised Kysely connection: a job statement can
 * never land inside an open request transaction, nor split one of its own.
 */
export function pgliteBossDb(db: Kysely<DB>, pglite: PGlite): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      if (values.length) return { rows: (await db.executeQuery(CompiledQuery.raw(text, values))).rows };
      // Unparameterised text may be a multi-statement script (pg-boss migrations, locked commands),
      // which only the simple protocol (exec) runs; hold Kysely's connection meanwhile.
      return db.connection().execute(async () => {
        const results = await pglite.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      });
    },
  };
}

/**
 * Starts pg-boss on the same database (PostgreSQL by URL, or embedded PGlite through the app's connection) and
 * schedules the nightly follow-up run at 02:00 clinic time, plus one catch-up run at start. Urgent
 * check-ins do not wait for a job: they notify in the request's own transaction.
 */
export async function startFollowupJobs(
  database: Pick<Database, 'db' | 'pgConnection' | 'pglite'>,
  deps: Pick<Deps, 'db' | 'clock' | 'config' | 'log'>,
  opts: { messengers?: readonly MessagingAdapter[]; catchUp?: boolean } = {},
): Promise<JobRunner> {
  const connection = database.pgConnection
    ? { ...database.pgConnection, max: 2 }
    : database.pglite
      ? { db: pgliteBossDb(database.db, database.pglite) }
      : null;
  if (!connection) throw new Error('job runner: no database connection to share');
  const boss = new PgBoss({ ...connection, schema: 'pgboss', application_name: 'yizhu-jobs' });
  boss.on('error', (err: Error & { code?: string }) =>
    deps.log.error({ errType: err.name, errCode: err.code }, 'job runner error'),
  );
  await boss.start();
  await boss.createQueue(NIGHTLY_QUEUE, {
    name: NIGHTLY_QUEUE,
    policy: 'singleton',
    retryLimit: 3,
    retryDelay: 300,
  });
  await boss.schedule(NIGHTLY_QUEUE, '0 2 * * *', {}, { tz: cronZone(deps.config.utcOffsetMinutes) });
  const handler = nightlyHandler(deps, opts.messengers);
  await boss.work(NIGHTLY_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
    await handler();
  });
  const runNightlyNow = () => boss.send(NIGHTLY_QUEUE, {});
  if (opts.catchUp !== false) await runNightlyNow();
  return {
    runNightlyNow,
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
