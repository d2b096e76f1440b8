import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from './app.ts';
import { createOcrEngine, type OcrEngine } from './adapters/ocr/create-ocr-engine.ts';
import { createLlm } from './adapters/llm/create-llm.ts';
import type { LocalGgufClient } from './adapters/llm/local-gguf-client.ts';
import { createAsr } from './adapters/asr/index.ts';
import type { Config } from './config/config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { startFollowupJobs, type JobRunner } from './jobs/followup-jobs.ts';
import { createLogger } from './logger.ts';
import { seedDemoClinic, type DemoLogin } from './seed/demo-clinic.ts';
import { seedDemoFollowup } from './seed/demo-followup.ts';

export const DEFAULT_WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  demoLogins: DemoLogin[] | null;
  stop(): Promise<void>;
}

/** Opens the database named by config, applies migrations. Used by serve, migrate, seed, user add. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const database = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: join(config.dataDir, 'pglite') },
  );
  await migrate(database.db);
  return database;
}

/** The configured model client, if any (endpoint locality is checked on every call). */
const llmDep = (config: Config) => {
  const { client } = createLlm(config);
  return client ? { llm: client } : {};
};

/** The configured speech engine, if any (locality checked on every call, like the model's). */
const asrDep = (config: Config) => {
  const { client } = createAsr(config);
  return client ? { asr: client } : {};
};

/** Explicit start: database, migrations, first-start seed, HTTP. `stop` drains requests then closes the database. */
export async function startServer(
  config: Config,
  log: Logger = createLogger(config.logLevel),
): Promise<RunningServer> {
  const database = await openConfiguredDatabase(config);
  const clock = () => new Date();
  const demoLogins = config.seedDemo
    ? await seedDemoClinic(database.db, {
        now: clock(),
        policy: config.passwordPolicy,
        password: config.demoPassword,
        utcOffsetMinutes: config.utcOffsetMinutes,
      })
    : null;
  if (demoLogins)
    await seedDemoFollowup(database.db, { now: clock(), utcOffsetMinutes: config.utcOffsetMinutes });
  if (demoLogins && !config.demoPassword) {
    // Written once for the operator of a fresh install; readable by the owner only.
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(
      join(config.dataDir, 'demo-logins.txt'),
      demoLogins.map((l) => `${l.username}\t${l.role}\t${l.password}`).join('\n') + '\n',
      { mode: 0o600 },
    );
  }
  // A local GGUF model loads on the first model call, not at boot.
  const llm = llmDep(config);
  // The OCR model loads on the first lab upload, in its worker thread, not at boot.
  let ocr: Promise<OcrEngine> | undefined;
  const getOcr = () => (ocr ??= createOcrEngine());
  const app = await buildApp(
    { db: database.db, config, clock, log, ocr: getOcr, ...llm, ...asrDep(config) },
    { webDist: config.webDist ?? DEFAULT_WEB_DIST },
  );
  await app.listen({ port: config.port, host: config.host });
  const jobs: JobRunner | null = config.jobs
    ? await startFollowupJobs(database, { db: database.db, config, clock, log }).catch(
        async (err: unknown) => {
          await app.close(); // a failed start leaves nothing listening or open
          await database.close();
          throw err;
        },
      )
    : null;
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  let stopped = false;
  return {
    app,
    database,
    url: `http://${shownHost}:${port}`,
    demoLogins,
    async stop() {
      if (stopped) return;
      stopped = true;
      await app.close(); // stops accepting, lets in-flight requests finish
      await jobs?.stop(); // lets a running job finish before the database goes
      if (ocr) await (await ocr).close();
      // A local GGUF model holds its weights in memory until released; an HTTP client holds nothing.
      if (llm.llm?.kind === 'local-gguf') await (llm.llm as LocalGgufClient).dispose();
      await database.close();
    },
  };
}
