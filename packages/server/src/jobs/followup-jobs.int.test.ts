import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { createLogger } from '../logger.ts';
import { seedDemoClinic } from '../seed/demo-clinic.ts';
import { seedDemoFollowup } from '../seed/demo-followup.ts';
import { START, TEST_PASSWORD } from '../test/test-app.ts';
import { testDatabase } from '../test/test-database.ts';
import { cronZone, startFollowupJobs, type JobRunner } from './followup-jobs.ts';

// pg-boss on the real thing: PostgreSQL in int-postgres, embedded PGlite in int-pglite.
let database: Database;
let runner: JobRunner | undefined;
const config = loadConfig({ YIZHU_DEMO_PASSWORD: TEST_PASSWORD });

beforeAll(async () => {
  if (process.env.YIZHU_TEST_DB === 'postgres') database = await testDatabase();
  else {
    database = await openDatabase({});
    await migrate(database.db);
  }
  await seedDemoClinic(database.db, {
    now: START,
    policy: config.passwordPolicy,
    password: TEST_PASSWORD,
    utcOffsetMinutes: 480,
  });
  await seedDemoFollowup(database.db, { now: START, utcOffsetMinutes: 480 });
}, 60_000);
afterAll(async () => {
  await runner?.stop();
  await database.close();
});

it('runs the nightly follow-up job through pg-boss on the same database, and stops cleanly', async () => {
  const log = createLogger('silent');
  runner = await startFollowupJobs(database, {
    db: database.db,
    clock: () => START,
    config,
    log,
  });
  const deadline = Date.now() + 30_000;
  let n = 0;
  while (Date.now() < deadline) {
    // App transactions keep working while the runner polls over its own connections.
    await database.db.transaction().execute(async (trx) => {
      await trx.selectFrom('patients').select('id').limit(1).execute();
    });
    const r = await database.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('kind', '=', 'followup.overdue')
      .executeTakeFirstOrThrow();
    n = Number(r.n);
    if (n > 0) break;
    await new Promise((res) => setTimeout(res, 250));
  }
  expect(n).toBeGreaterThan(0);
  await runner.stop();
  runner = undefined;
}, 60_000);

it('maps the clinic offset to a cron time zone', () => {
  expect(cronZone(480)).toBe('Asia/Shanghai');
  expect(cronZone(-300)).toBe('Etc/GMT+5');
  expect(cronZone(330)).toBe('UTC');
});
