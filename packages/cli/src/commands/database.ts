import { openConfiguredDatabase, seedDemoClinic, type Config } from '@yizhu/server';

export async function migrateCommand(config: Config): Promise<number> {
  const database = await openConfiguredDatabase(config); // applies pending migrations
  console.log('migrations applied');
  await database.close();
  return 0;
}

export async function seedCommand(config: Config): Promise<number> {
  const database = await openConfiguredDatabase(config);
  const logins = await seedDemoClinic(database.db, {
    now: new Date(),
    policy: config.passwordPolicy,
    password: config.demoPassword,
    utcOffsetMinutes: config.utcOffsetMinutes,
  });
  if (!logins) console.log('database already has an organisation; nothing seeded');
  else for (const l of logins) console.log(`${l.username}\t${l.role}\t${l.password}`);
  await database.close();
  return 0;
}
