import { text } from 'node:stream/consumers';
import { isYizhuError, ROLES, type Role } from '@yizhu/core';
import { appendAudit, createUser, openConfiguredDatabase, type Config } from '@yizhu/server';

export interface UserAddOptions {
  username: string;
  displayName: string;
  role: string;
  department?: string;
  patientMrn?: string;
}

/** Adds a user from the command line; the password comes on stdin so it stays out of shell history. */
export async function userAddCommand(config: Config, o: UserAddOptions): Promise<number> {
  if (!ROLES.includes(o.role as Role)) {
    console.error(`unknown role "${o.role}"; use one of ${ROLES.join(', ')}`);
    return 2;
  }
  const password = (await text(process.stdin)).split(/\r?\n/)[0] ?? '';
  const database = await openConfiguredDatabase(config);
  try {
    const org = await database.db
      .selectFrom('organisations')
      .select('id')
      .orderBy('created_at')
      .limit(1)
      .executeTakeFirst();
    if (!org) throw new Error('no organisation yet: run `yizhu seed` or import one first');
    const dept = o.department
      ? await database.db
          .selectFrom('departments')
          .select('id')
          .where('org_id', '=', org.id)
          .where('code', '=', o.department)
          .executeTakeFirst()
      : undefined;
    if (o.department && !dept) throw new Error(`unknown department code "${o.department}"`);
    const patient = o.patientMrn
      ? await database.db
          .selectFrom('patients')
          .select('id')
          .where('org_id', '=', org.id)
          .where('mrn', '=', o.patientMrn)
          .executeTakeFirst()
      : undefined;
    if (o.patientMrn && !patient) throw new Error('no patient with that MRN');
    const id = await createUser(database.db, config.passwordPolicy, {
      orgId: org.id,
      username: o.username,
      displayName: o.displayName,
      role: o.role as Role,
      password,
      departmentId: dept?.id ?? null,
      patientId: patient?.id ?? null,
    });
    await appendAudit(database.db, new Date(), {
      actorId: null,
      actorRole: 'cli',
      clientIp: null,
      requestId: null,
      patientId: patient?.id ?? null,
      action: 'user.create',
      resourceType: 'User',
      resourceId: id,
      outcome: 'success',
      detail: { role: o.role },
    });
    console.log(`user ${o.username} created`);
    return 0;
  } catch (err) {
    const issues =
      isYizhuError(err) && err.issues.length
        ? ` (${err.issues.map((i) => `${i.path}: ${i.message}`).join('; ')})`
        : '';
    console.error(`could not add user: ${(err as Error).message}${issues}`);
    return 1;
  } finally {
    await database.close();
  }
}
