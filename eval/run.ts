/**
 * Evaluation harness entry: `npm run eval -- <suite> [--json] [...]`.
 * Each suite is a module eval/<suite>/main.ts exporting `run(args: string[]): Promise<void>`.
 * Suites read ../shared/data when present and skip with a message when it is absent.
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
  console.log(`usage: npm run eval -- <suite> [--json]\nsuites: ${suites.join(', ') || '(none yet)'}`);
  process.exit(suite ? 1 : 0);
}
const mod = (await import(join(here, suite, 'main.ts'))) as { run: (args: string[]) => Promise<void> };
await mod.run(args);
