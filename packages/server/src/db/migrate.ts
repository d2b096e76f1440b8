import { Migrator, type Migration, type Kysely } from 'kysely';
import * as m0001 from './migrations/0001-init.ts';
import * as m0002 from './migrations/0002-precheck.ts';
import * as m0003 from './migrations/0003-followup.ts';
import * as m0005 from './migrations/0005-visit-metrics.ts';
import * as m0006 from './migrations/0006-draft-review.ts';
import * as m0007 from './migrations/0007-lab-explanations.ts';
import * as m0008 from './migrations/0008-precheck-llm.ts';
import type { DB } from './schema.ts';

// Migrations are listed here, not discovered on disk, so the bundle and tests see the same set.
const MIGRATIONS: Record<string, Migration> = {
  '0001-init': m0001,
  '0002-precheck': m0002,
  '0003-followup': m0003,
  '0005-visit-metrics': m0005,
  '0006-draft-review': m0006,
  '0007-lab-explanations': m0007,
  '0008-precheck-llm': m0008,
};

export async function migrate(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableName: 'yizhu_migrations',
    migrationLockTableName: 'yizhu_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('migration failed');
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
