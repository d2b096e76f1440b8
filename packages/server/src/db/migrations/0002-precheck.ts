import { sql, type Kysely } from 'kysely';

/**
 * Pre-consultation (issue 7): one session per visit, reached by a secret link or a short code.
 * Only hashes of the link tokens and of the code are stored, so a database dump opens nothing.
 * Answers live server-side (resumable from any device holding the link).
 */
const STATEMENTS = [
  `CREATE TABLE precheck_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  encounter_id uuid NOT NULL UNIQUE REFERENCES encounters(id),
  patient_id uuid NOT NULL REFERENCES patients(id),
  code_hash text NOT NULL UNIQUE,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','finished')),
  respondent text NOT NULL DEFAULT 'self' CHECK (respondent IN ('self','guardian')),
  chief_complaint text,
  complaint_truncated boolean NOT NULL DEFAULT false,
  family text,
  answers jsonb NOT NULL DEFAULT '{}'::jsonb,
  lang text NOT NULL DEFAULT 'zh' CHECK (lang IN ('zh','en')),
  updated_at timestamptz NOT NULL,
  finished_at timestamptz,
  triage jsonb,
  source_id uuid REFERENCES visit_sources(id)
)`,
  `CREATE TABLE precheck_tokens (
  token_hash text PRIMARY KEY, -- sha256 of the ≥256-bit link token; the token itself is never stored
  session_id uuid NOT NULL REFERENCES precheck_sessions(id) ON DELETE CASCADE,
  via text NOT NULL CHECK (via IN ('link','code')),
  created_at timestamptz NOT NULL
)`,
  `CREATE INDEX precheck_tokens_session ON precheck_tokens(session_id)`,
  `CREATE TABLE precheck_code_attempts (
  id bigserial PRIMARY KEY,
  client_ip text,
  at timestamptz NOT NULL,
  ok boolean NOT NULL
)`,
  `CREATE INDEX precheck_code_attempts_at ON precheck_code_attempts(at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement per call: PGlite's extended protocol refuses multi-statement strings.
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
