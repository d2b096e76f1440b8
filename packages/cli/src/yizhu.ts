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
import { ocrCommand } from './commands/ocr.ts';
import { triageCommand } from './commands/triage.ts';
import { extractCommand } from './commands/extract.ts';
import { draftCommand } from './commands/draft.ts';

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

program
  .command('triage')
  .description('triage a complaint (urgency, department, reasons; never a diagnosis)')
  .option('-t, --text <text>', 'what the patient says')
  .option('--age <years>', 'age in years')
  .option('--sex <sex>', 'M or F')
  .option('--lang <lang>', 'zh or en (text output)', 'zh')
  .option('-q, --questionnaire <file>', 'a FHIR QuestionnaireResponse (JSON)')
  .option('--json', 'print JSON: {disposition, level?, departments[], redFlags[], reasons[]}')
  .action((o) => exitWith(triageCommand(o)));

program
  .command('extract')
  .description('clinical facts with evidence from a dialogue (text or JSON turns) or questionnaire')
  .requiredOption('--transcript <file>', 'dialogue: one turn per line (医生：… / [doctor] …) or JSON turns')
  .option('--lang <lang>', 'zh or en (text output)', 'zh')
  .option('--json', 'print JSON: {facts[], ignored[]}')
  .action((o) => exitWith(extractCommand(o)));

program
  .command('draft')
  .description('draft the visit record from its sources (AI draft; a doctor must review and sign)')
  .option('--transcript <file>', 'dialogue: one turn per line or JSON turns')
  .option('--questionnaire <file>', 'pre-consultation answers (FHIR QuestionnaireResponse JSON)')
  .option('--lab <images...>', 'lab report photos (read by OCR)')
  .option('--ehr <file>', 'EMR history (FHIR R4 Bundle JSON)')
  .option('--lang <lang>', 'zh (门诊病历) or en (note) for text output', 'zh')
  .option('--format <format>', 'text', 'text')
  .option('--json', 'print JSON: {draft, qc, violations, turns}')
  .action(async (o) => exitWith(await draftCommand(o)));

program
  .command('ocr <file>')
  .description('read a lab-report photo or PDF into observations (nothing is stored)')
  .option('--json', 'print the full reading as JSON')
  .action(async (file: string, o: { json?: boolean }) => exitWith(await ocrCommand(file, o)));

await program.parseAsync(process.argv);
