/**
 * Benchmark entry: `npm run bench -- <suite>`; prints figures, asserts nothing.
 * Each suite is a module bench/<suite>/main.ts exporting `run(args: string[]): Promise<void>`.
 */
import { readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const suites = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(here, d.name, 'main.ts')))
  .map((d) => d.name)
  .sort();

const [suite, ...args] = process.argv.slice(2);
if (!suite || !suites.includes(suite)) {
  console.log(`usage: npm run bench -- <suite>\nsuites: ${suites.join(', ') || '(none yet)'}`);
  process.exit(suite ? 1 : 0);
}
const mod = (await import(join(here, suite, 'main.ts'))) as { run: (args: string[]) => Promise<void> };
await mod.run(args);
