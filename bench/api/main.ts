/**
 * `npm run bench -- api [--seconds N] [--connections N]`: requests per second and latency of an
 * authenticated patient read (session lookup + policy + query + audit append) with 50 concurrent
 * clients, on embedded PGlite and — when TEST_DATABASE_URL or DATABASE_URL names a server — on PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadConfig, scratchPostgres, startServer } from '@yizhu/server';

const PASSWORD = 'Bench#2026pass';

function arg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

async function benchOne(label: string, env: Record<string, string>, seconds: number, connections: number) {
  const config = loadConfig({
    ...env,
    PORT: '0',
    LOG_LEVEL: 'silent',
    YIZHU_DEMO_PASSWORD: PASSWORD,
    YIZHU_MAX_SESSIONS_PER_USER: '20',
  });
  const server = await startServer(config);
  try {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'dr.wang', password: PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const visits = (await (
      await fetch(`${server.url}/api/visits/today`, { headers: { cookie } })
    ).json()) as { visits: { patient: { id: string } }[] };
    const patientId = visits.visits[0]!.patient.id;
    const result = await autocannon({
      url: `${server.url}/api/patients/${patientId}`,
      connections,
      duration: seconds,
      headers: { cookie },
    });
    const ok = result['2xx'];
    console.log(
      `${label.padEnd(10)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   ` +
        `${ok} ok, ${result.non2xx} non-2xx, ${result.errors} errors (${connections} clients, ${seconds}s)`,
    );
  } finally {
    await server.stop();
  }
}

export async function run(args: string[]): Promise<void> {
  const seconds = arg(args, 'seconds', 10);
  const connections = arg(args, 'connections', 50);
  console.log(
    'GET /api/patients/:id as a signed-in doctor (each request: session, policy, read, audit append)',
  );
  const dir = mkdtempSync(join(tmpdir(), 'yizhu-bench-'));
  try {
    await benchOne('PGlite', { YIZHU_DATA_DIR: dir }, seconds, connections);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const base = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!base) {
    console.log('PostgreSQL skipped: set TEST_DATABASE_URL=postgres://user@host:5432/db to include it');
    return;
  }
  const scratch = await scratchPostgres(base, 'yizhu_bench_api');
  try {
    await benchOne('PostgreSQL', { DATABASE_URL: scratch.url }, seconds, connections);
  } finally {
    await scratch.drop();
  }
}
