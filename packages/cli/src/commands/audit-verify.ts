import { openConfiguredDatabase, verifyAuditLog, type Config } from '@yizhu/server';

export async function auditVerifyCommand(config: Config): Promise<number> {
  const database = await openConfiguredDatabase(config);
  const result = await verifyAuditLog(database.db);
  await database.close();
  if (result.ok) {
    console.log(`audit chain intact: ${result.checked} events`);
    return 0;
  }
  console.error(
    `audit chain BROKEN at seq ${result.seq} (${result.reason}); ${result.checked} events before it are intact`,
  );
  return 1;
}
