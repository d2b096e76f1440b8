export { buildApp } from './app.ts';
export { loadConfig, ConfigError, type Config } from './config/config.ts';
export { openDatabase, type Database } from './db/database.ts';
export { migrate } from './db/migrate.ts';
export { startServer, openConfiguredDatabase, type RunningServer } from './server.ts';
export { createLogger } from './logger.ts';
export { verifyAuditLog, appendAudit } from './audit/audit-log.ts';
export { createUser } from './auth/create-user.ts';
export { seedDemoClinic } from './seed/demo-clinic.ts';
