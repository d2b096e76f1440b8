import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from './config/config.ts';
import type { DB } from './db/schema.ts';
import type { OcrEngine } from './adapters/ocr/create-ocr-engine.ts';
import type { ChatClient } from './adapters/llm/chat-client.ts';
import type { AsrClient } from './adapters/asr/index.ts';

/** Everything a handler or service needs from the outside, passed in (never pulled from globals). */
export interface Deps {
  db: Kysely<DB>;
  config: Config;
  clock: () => Date;
  log: Logger;
  /** The OCR engine, started on first use (loading the model takes seconds). Absent: uploads refused. */
  ocr?: () => Promise<OcrEngine>;
  /** The configured language model (createLlm). Absent: drafts are the deterministic engine's alone. */
  llm?: ChatClient;
  /** The configured speech engine (createAsr). Absent: audio uploads answer 503. */
  asr?: AsrClient;
}

/** Who is asking and from where: the fields every audit event carries. */
export interface RequestContext {
  actorId: string | null;
  actorRole: string | null;
  clientIp: string | null;
  requestId: string | null;
}
