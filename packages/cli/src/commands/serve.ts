import { join } from 'node:path';
import { startServer, type Config } from '@yizhu/server';

export async function serveCommand(config: Config): Promise<void> {
  const server = await startServer(config);
  const where = config.databaseUrl
    ? 'PostgreSQL (DATABASE_URL)'
    : `embedded PGlite in ${join(config.dataDir, 'pglite')}`;
  const lines = ['', `  Yizhu 医助 is running at ${server.url}`, `  database: ${where}`];
  if (server.demoLogins) {
    lines.push('', '  Demo clinic created (invented data). Logins:');
    for (const l of server.demoLogins)
      lines.push(`    ${l.username.padEnd(11)} ${l.role.padEnd(8)} ${l.password}`);
    if (!config.demoPassword) lines.push(`  (also saved to ${join(config.dataDir, 'demo-logins.txt')})`);
  } else if (config.seedDemo && !config.databaseUrl) {
    lines.push(`  Demo logins: see ${join(config.dataDir, 'demo-logins.txt')} (printed at first start)`);
  }
  console.log(lines.join('\n') + '\n');

  // Graceful shutdown: stop accepting, finish in-flight requests, close the database.
  const shutdown = (signal: string) => {
    server.app.log.info({ signal }, 'shutting down');
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
