#!/usr/bin/env node
/**
 * `yizhu` — the operator's command. Every command reads the same validated configuration
 * (environment variables, see README) so the CLI and the server never disagree.
 */
import { Command } from 'commander';
import { ConfigError, loadConfig, type Config } from '@yizhu/server';
import { serveCommand } from './commands/serve.ts';
import { migrateCommand, seedCommand } from './commands/database.ts';
import { userAddCommand } from './commands/user-add.ts';
import { auditVerifyCommand } from './commands/audit-verify.ts';

function config(overrides: Record<string, string | undefined> = {}): Config {
  try {
    const set = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
    return loadConfig({ ...process.env, ...set });
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
}

// Exit explicitly with the command's code: the embedded database's runtime resets process.exitCode.
const exitWith = (code: number) => process.exit(code);

const program = new Command('yizhu').description('Yizhu (医助) clinical assistant').showHelpAfterError();

program
  .command('serve')
  .description('run the API and web UI (embedded PGlite unless DATABASE_URL is set)')
  .option('-p, --port <port>', 'port to listen on (env PORT, default 8080)')
  .option('-d, --data-dir <dir>', 'embedded database folder (env YIZHU_DATA_DIR)')
  .action((o: { port?: string; dataDir?: string }) =>
    serveCommand(config({ PORT: o.port, YIZHU_DATA_DIR: o.dataDir })),
  );

program
  .command('migrate')
  .description('apply database migrations and exit')
  .action(async () => exitWith(await migrateCommand(config())));
program
  .command('seed')
  .description('seed the invented demo clinic if the database is empty')
  .action(async () => exitWith(await seedCommand(config())));

program
  .command('user')
  .description('manage users')
  .command('add')
  .description('add a user; the password is read from standard input')
  .requiredOption('-u, --username <name>', 'login name (lower-case letters, digits, . _ -)')
  .requiredOption('-n, --display-name <name>', 'name shown in the UI')
  .requiredOption('-r, --role <role>', 'doctor | nurse | admin | patient')
  .option('--department <code>', 'department code (doctor, nurse)')
  .option('--patient-mrn <mrn>', 'medical record number of the patient (patient accounts)')
  .action(async (o) => exitWith(await userAddCommand(config(), o)));

program
  .command('audit')
  .description('audit log tools')
  .command('verify')
  .description('check the hash chain of the audit log; exit 1 at the first broken link')
  .action(async () => exitWith(await auditVerifyCommand(config())));

await program.parseAsync(process.argv);
