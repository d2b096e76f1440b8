import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const DEMO_PASSWORD = 'Demo#2026pass';
const WEB_DIR = join(REPO_ROOT, 'packages/web');

export interface RunningServer {
  baseUrl: string;
  /** Everything the server printed, for the failure message when a test goes wrong. */
  output: () => string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? ok(addr.port) : fail(new Error('no port'))));
    });
  });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** The server serves packages/web/dist; rebuild it when missing or older than the sources, so tests see this code. */
export function ensureWebBuild(): void {
  const index = join(WEB_DIR, 'dist/index.html');
  const sourcesChanged = () =>
    Math.max(newestMtime(join(WEB_DIR, 'src')), statSync(join(WEB_DIR, 'index.html')).mtimeMs) >
    statSync(index).mtimeMs;
  if (existsSync(index) && !sourcesChanged()) return;
  const r = spawnSync(
    join(REPO_ROOT, 'node_modules/.bin/vite'),
    ['build', '--config', 'packages/web/vite.config.ts', '--logLevel', 'warn'],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`web build failed:\n${r.stdout}\n${r.stderr}`);
}

async function waitReady(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not ready within ${timeoutMs} ms:\n${output()}`);
}

/** Starts the real product (`yizhu serve`) on a free port with a fresh embedded database. */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  ensureWebBuild();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'yizhu-e2e-'));
  let log = '';
  const child = spawn(
    join(REPO_ROOT, 'node_modules/.bin/tsx'),
    // --port/--data-dir repeat the env values so the test never falls back to :8080 or ./.yizhu-data.
    ['packages/cli/src/yizhu.ts', 'serve', '--port', String(port), '--data-dir', dataDir],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        YIZHU_DATA_DIR: dataDir,
        YIZHU_DEMO_PASSWORD: DEMO_PASSWORD,
        LOG_LEVEL: 'warn',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Own process group, so a last-resort SIGKILL also reaches the node process tsx starts.
      detached: true,
    },
  );
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const output = () => log.slice(-4000);
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      // tsx relays SIGTERM to the server, which then shuts down gracefully.
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      }, 15_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitReady(baseUrl, child, output, 90_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return { baseUrl, output, stop };
}
