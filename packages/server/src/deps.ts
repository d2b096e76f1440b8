import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from './config/config.ts';
import type { DB } from './db/schema.ts';

/** Everything a handler or service needs from the outside, passed in (never pulled from globals). */
export interface Deps {
  db: Kysely<DB>;
  config: Config;
  clock: () => Date;
  log: Logger;
}

/** Who is asking and from where: the fields every audit event carries. */
export interface RequestContext {
  actorId: string | null;
  actorRole: string | null;
  clientIp: string | null;
  requestId: string | null;
}
