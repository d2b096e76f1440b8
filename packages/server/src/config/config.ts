import { z } from 'zod';
import { PASSWORD_POLICIES, type PasswordPolicy } from '@yizhu/core';

/**
 * Typed configuration, validated once at boot. Every bad value gets its own line in the error,
 * naming the variable — never its value, which may be a secret.
 */
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  YIZHU_DATA_DIR: z.string().min(1).default('.yizhu-data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  YIZHU_PASSWORD_PROFILE: z.enum(['china-hospital', 'asvs']).default('china-hospital'),
  YIZHU_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(30).default(30),
  YIZHU_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(12).default(12),
  YIZHU_LOCKOUT_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(5),
  YIZHU_LOCKOUT_MINUTES: z.coerce.number().int().min(15).max(1440).default(15),
  YIZHU_MAX_SESSIONS_PER_USER: z.coerce.number().int().min(1).max(20).default(3),
  YIZHU_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  YIZHU_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  YIZHU_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  YIZHU_DEMO_PASSWORD: z.string().min(8).optional(),
  YIZHU_SEED_DEMO: z.enum(['true', 'false']).default('true'),
  YIZHU_WEB_DIST: z.string().optional(),
  // The clinic's offset from UTC, for "today". China has one zone and no daylight saving.
  YIZHU_UTC_OFFSET_MINUTES: z.coerce.number().int().min(-720).max(840).default(480),
  // Background jobs (pg-boss: nightly follow-up planning, reminders, overdue, escalation).
  YIZHU_JOBS: z.enum(['true', 'false']).default('true'),
  // Optional language model and speech endpoints (OpenAI-compatible), issue 9; unset → feature off.
  YIZHU_DATA_LOCALITY: z.enum(['hospital', 'deidentify']).default('hospital'),
  YIZHU_LLM_BASE_URL: httpUrl.optional(),
  YIZHU_LLM_API_KEY: z.string().min(1).optional(),
  YIZHU_LLM_MODEL: z.string().min(1).max(200).optional(),
  YIZHU_LLM_STREAM: z.enum(['true', 'false']).default('false'),
  YIZHU_LLM_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
  YIZHU_LLM_MODEL_PATH: z.string().min(1).optional(),
  // Only for the local GGUF model: CPU threads and context window in tokens.
  YIZHU_LLM_THREADS: z.coerce.number().int().min(1).max(256).optional(),
  YIZHU_LLM_CONTEXT_SIZE: z.coerce.number().int().min(512).max(131_072).optional(),
  YIZHU_ASR_BASE_URL: httpUrl.optional(),
  YIZHU_ASR_API_KEY: z.string().min(1).optional(),
  YIZHU_ASR_MODEL: z.string().min(1).max(200).default('whisper-1'),
  YIZHU_ASR_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(120_000),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  passwordPolicy: PasswordPolicy;
  sessionIdleMs: number;
  sessionMaxMs: number;
  lockoutAttempts: number;
  lockoutMs: number;
  maxSessionsPerUser: number;
  bodyLimit: number;
  cookieSecure: 'auto' | boolean;
  trustProxy: boolean;
  demoPassword: string | undefined;
  seedDemo: boolean;
  webDist: string | undefined;
  utcOffsetMinutes: number;
  jobs: boolean;
  /** hospital: model endpoints must be on the local network; deidentify: any endpoint, text de-identified. */
  dataLocality: 'hospital' | 'deidentify';
  llm: {
    baseUrl?: string;
    apiKey?: string;
    model?: string;
    stream: boolean;
    timeoutMs: number;
    modelPath?: string;
    threads?: number;
    contextSize?: number;
  };
  asr: { baseUrl?: string; apiKey?: string; model: string; timeoutMs: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  // Empty strings count as unset, as a shell `FOO= cmd` usually means.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.YIZHU_LLM_BASE_URL && !e.YIZHU_LLM_MODEL)
    throw new ConfigError(['YIZHU_LLM_MODEL: required when YIZHU_LLM_BASE_URL is set']);
  const opt = <K extends string, V>(k: K, v: V | undefined) => (v === undefined ? {} : { [k]: v });
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.YIZHU_DATA_DIR,
    logLevel: e.LOG_LEVEL,
    passwordPolicy: PASSWORD_POLICIES[e.YIZHU_PASSWORD_PROFILE],
    sessionIdleMs: e.YIZHU_SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.YIZHU_SESSION_MAX_HOURS * 3_600_000,
    lockoutAttempts: e.YIZHU_LOCKOUT_ATTEMPTS,
    lockoutMs: e.YIZHU_LOCKOUT_MINUTES * 60_000,
    maxSessionsPerUser: e.YIZHU_MAX_SESSIONS_PER_USER,
    bodyLimit: e.YIZHU_BODY_LIMIT_BYTES,
    cookieSecure: e.YIZHU_COOKIE_SECURE === 'auto' ? 'auto' : e.YIZHU_COOKIE_SECURE === 'true',
    trustProxy: e.YIZHU_TRUST_PROXY === 'true',
    demoPassword: e.YIZHU_DEMO_PASSWORD,
    seedDemo: e.YIZHU_SEED_DEMO === 'true',
    webDist: e.YIZHU_WEB_DIST,
    utcOffsetMinutes: e.YIZHU_UTC_OFFSET_MINUTES,
    jobs: e.YIZHU_JOBS === 'true',
    dataLocality: e.YIZHU_DATA_LOCALITY,
    llm: {
      ...opt('baseUrl', e.YIZHU_LLM_BASE_URL),
      ...opt('apiKey', e.YIZHU_LLM_API_KEY),
      ...opt('model', e.YIZHU_LLM_MODEL),
      ...opt('modelPath', e.YIZHU_LLM_MODEL_PATH),
      ...opt('threads', e.YIZHU_LLM_THREADS),
      ...opt('contextSize', e.YIZHU_LLM_CONTEXT_SIZE),
      stream: e.YIZHU_LLM_STREAM === 'true',
      timeoutMs: e.YIZHU_LLM_TIMEOUT_MS,
    },
    asr: {
      ...opt('baseUrl', e.YIZHU_ASR_BASE_URL),
      ...opt('apiKey', e.YIZHU_ASR_API_KEY),
      model: e.YIZHU_ASR_MODEL,
      timeoutMs: e.YIZHU_ASR_TIMEOUT_MS,
    },
  };
}
