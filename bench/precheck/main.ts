/**
 * `npm run bench -- precheck [--rounds N]`: how long the server takes to answer "next question"
 * (issue 7 target: under 20 ms). Each round walks a full pre-consultation through the real app
 * (link token lookup, row lock, tree walk, triage of the answers so far, save, audit append) with
 * in-process requests, so network time is left out. PGlite always; PostgreSQL when
 * TEST_DATABASE_URL names a server. Also prints the pure core step alone.
 */
import { Writable } from 'node:stream';
import { nextQuestion, QUESTION_TREES } from '@yizhu/core';
import {
  buildApp,
  createLogger,
  loadConfig,
  migrate,
  openDatabase,
  scratchPostgres,
  seedDemoClinic,
} from '@yizhu/server';

const PASSWORD = 'Bench#2026pass';

function arg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const fmt = (xs: number[]) =>
  `p50 ${pct(xs, 50).toFixed(2)} ms   p95 ${pct(xs, 95).toFixed(2)} ms   p99 ${pct(xs, 99).toFixed(2)} ms   max ${Math.max(...xs).toFixed(2)} ms   (n=${xs.length})`;

async function benchOne(label: string, url: string | undefined, rounds: number): Promise<void> {
  const database = await openDatabase(url ? { url } : {});
  await migrate(database.db);
  const config = loadConfig({ YIZHU_DEMO_PASSWORD: PASSWORD, LOG_LEVEL: 'silent' });
  let now = new Date('2026-11-22T02:00:00Z');
  await seedDemoClinic(database.db, {
    now,
    policy: config.passwordPolicy,
    password: PASSWORD,
    utcOffsetMinutes: config.utcOffsetMinutes,
  });
  const sink = new Writable({ write: (_c, _e, cb) => cb() });
  const app = await buildApp({
    db: database.db,
    config,
    clock: () => now,
    log: createLogger('silent', sink),
  });
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'dr.wang', password: PASSWORD },
    });
    const cookie = `yizhu_session=${login.cookies.find((c) => c.name === 'yizhu_session')!.value}`;
    const csrf = login.json().csrfToken as string;
    const visits = (await app.inject({ method: 'GET', url: '/api/visits/today', headers: { cookie } })).json()
      .visits as { id: string }[];
    const reads: number[] = [];
    const answers: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const visit = visits[r % visits.length]!;
      await database.db.deleteFrom('precheck_sessions').where('encounter_id', '=', visit.id).execute();
      await database.db.deleteFrom('visit_sources').where('encounter_id', '=', visit.id).execute();
      const created = await app.inject({
        method: 'POST',
        url: `/api/visits/${visit.id}/precheck`,
        headers: { cookie, 'x-csrf-token': csrf },
      });
      const headers = { 'x-precheck-token': (created.json().url as string).slice(3) };
      await app.inject({
        method: 'POST',
        url: '/api/precheck/start',
        headers,
        payload: { chiefComplaint: '肚子疼两天，有点恶心' },
      });
      for (let i = 0; i < 60; i++) {
        let t0 = performance.now();
        const state = (await app.inject({ method: 'GET', url: '/api/precheck/session', headers })).json();
        reads.push(performance.now() - t0);
        const q = state.next?.question;
        if (!q) break;
        const value =
          q.type === 'boolean'
            ? false
            : q.type === 'scale' || q.type === 'integer'
              ? (q.min ?? 0) + 1
              : q.type === 'duration'
                ? '2天'
                : q.options
                  ? q.options.at(-1).code
                  : '没有';
        t0 = performance.now();
        const res = await app.inject({
          method: 'POST',
          url: '/api/precheck/answer',
          headers,
          payload: { linkId: q.linkId, value },
        });
        answers.push(performance.now() - t0);
        if (res.statusCode !== 200) throw new Error(`answer failed: ${res.statusCode}`);
      }
      now = new Date(now.getTime() + 1000);
    }
    console.log(`${label.padEnd(10)} GET next question      ${fmt(reads)}`);
    console.log(`${label.padEnd(10)} POST answer → next     ${fmt(answers)}`);
  } finally {
    await app.close();
    await database.close();
  }
}

export async function run(args: string[]): Promise<void> {
  const rounds = arg(args, 'rounds', 20);
  const tree = QUESTION_TREES.abdominal;
  const core: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t0 = performance.now();
    nextQuestion(tree, {}, { ageYears: 30, sex: 'F', respondent: 'self' });
    core.push(performance.now() - t0);
  }
  console.log(`core       nextQuestion()         ${fmt(core)}`);
  await benchOne('PGlite', undefined, rounds);
  const base = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!base) {
    console.log('PostgreSQL skipped: set TEST_DATABASE_URL=postgres://user@host:5432/db to include it');
    return;
  }
  const scratch = await scratchPostgres(base, 'yizhu_bench_precheck');
  try {
    await benchOne('PostgreSQL', scratch.url, rounds);
  } finally {
    await scratch.drop();
  }
}
