import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = new URL('../../../..', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const ENTRY = join(ROOT, 'packages/cli/src/yizhu.ts');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts the real `yizhu` command as a process (for long-running commands such as serve). */
export function spawnYizhu(args: string[], env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  return spawn(TSX, [ENTRY, ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, cwd: ROOT });
}

/** Runs `yizhu` to completion with the given environment and standard input. */
export function yizhu(args: string[], env: Record<string, string> = {}, stdin = ''): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawnYizhu(args, env);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
