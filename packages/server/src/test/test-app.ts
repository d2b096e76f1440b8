import { Writable } from 'node:stream';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { loadConfig, type Config } from '../config/config.ts';
import type { Deps } from '../deps.ts';
import type { Database } from '../db/database.ts';
import { createLogger } from '../logger.ts';
import { seedDemoClinic } from '../seed/demo-clinic.ts';
import { testDatabase } from './test-database.ts';

export const TEST_PASSWORD = 'Demo#2026pass';
export const START = new Date('2026-11-22T02:00:00Z'); // 10:00 in the clinic (UTC+8)

export interface Client {
  csrf: string;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  logs: string[];
  now(): Date;
  advance(ms: number): void;
  login(username: string, password?: string, totp?: string): Promise<Client>;
  anonymous(): Client;
  ids: { patients: Record<string, string>; users: Record<string, string> };
  close(): Promise<void>;
}

/** The real app on a fresh database with the demo clinic, a fake clock and captured logs. */
export async function createTestApp(
  env: Record<string, string> = {},
  /** Optional engines (e.g. `llm`), as server.ts would pass them in. */
  extra: Partial<Pick<Deps, 'llm' | 'ocr' | 'asr'>> = {},
): Promise<TestApp> {
  const database = await testDatabase();
  const config = loadConfig({ YIZHU_DEMO_PASSWORD: TEST_PASSWORD, LOG_LEVEL: 'info', ...env });
  let now = START;
  const clock = () => now;
  await seedDemoClinic(database.db, {
    now,
    policy: config.passwordPolicy,
    password: TEST_PASSWORD,
    utcOffsetMinutes: config.utcOffsetMinutes,
  });
  const logs: string[] = [];
  const sink = new Writable({ write: (chunk, _enc, cb) => (logs.push(String(chunk)), cb()) });
  const app = await buildApp({ db: database.db, config, clock, log: createLogger('info', sink), ...extra });
  await app.ready();

  const patients = Object.fromEntries(
    (await database.db.selectFrom('patients').select(['id', 'name']).execute()).map((p) => [p.name, p.id]),
  );
  const users = Object.fromEntries(
    (await database.db.selectFrom('users').select(['id', 'username']).execute()).map((u) => [
      u.username,
      u.id,
    ]),
  );

  const client = (cookie: string | undefined, csrf: string): Client => {
    const request = (opts: InjectOptions) =>
      app.inject({
        ...opts,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(csrf ? { 'x-csrf-token': csrf } : {}),
          ...opts.headers,
        },
      });
    return {
      csrf,
      request,
      get: (url) => request({ method: 'GET', url }),
      post: (url, body) =>
        request({ method: 'POST', url, ...(body === undefined ? {} : { payload: body as object }) }),
    };
  };

  return {
    app,
    database,
    config,
    logs,
    now: clock,
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
    async login(username, password = TEST_PASSWORD, totp) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password, ...(totp ? { totp } : {}) },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'yizhu_session');
      return client(`yizhu_session=${cookie!.value}`, res.json().csrfToken);
    },
    anonymous: () => client(undefined, ''),
    ids: { patients, users },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
