import { sql, type Kysely } from 'kysely';

/**
 * Initial schema. Plain SQL so that PGlite and PostgreSQL run exactly the same statements.
 * Identifiers that must never reach a log (MRN, national ID) live only in `patients`.
 */
const STATEMENTS = [
  `CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
)`,
  `CREATE TABLE departments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations(id),
  code text NOT NULL,
  name_zh text NOT NULL,
  name_en text NOT NULL,
  UNIQUE (org_id, code)
)`,
  `CREATE TABLE patients (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations(id),
  mrn text NOT NULL,
  national_id text,
  name text NOT NULL,
  sex text NOT NULL CHECK (sex IN ('male','female','other','unknown')),
  birth_date date NOT NULL,
  phone text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, mrn)
)`,
  `CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations(id),
  department_id uuid REFERENCES departments(id),
  patient_id uuid REFERENCES patients(id),
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('doctor','nurse','admin','patient')),
  password_hash text NOT NULL,
  password_changed_at timestamptz NOT NULL DEFAULT now(),
  totp_secret text,
  totp_enabled boolean NOT NULL DEFAULT false,
  totp_last_step bigint,
  failed_attempts integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  disabled_at timestamptz,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((role = 'patient') = (patient_id IS NOT NULL)),
  CHECK (role NOT IN ('doctor','nurse') OR department_id IS NOT NULL)
)`,
  `CREATE TABLE sessions (
  id text PRIMARY KEY, -- sha256 of the cookie token; the token itself is never stored
  user_id uuid NOT NULL REFERENCES users(id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  reauth_at timestamptz NOT NULL,
  revoked_at timestamptz,
  client_ip text
)`,
  `CREATE INDEX sessions_user ON sessions(user_id) WHERE revoked_at IS NULL`,
  `CREATE TABLE encounters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations(id),
  patient_id uuid NOT NULL REFERENCES patients(id),
  department_id uuid NOT NULL REFERENCES departments(id),
  doctor_id uuid REFERENCES users(id),
  status text NOT NULL CHECK (status IN ('planned','arrived','in-progress','finished','cancelled')),
  scheduled_at timestamptz NOT NULL,
  reason text,
  created_at timestamptz NOT NULL DEFAULT now()
)`,
  `CREATE INDEX encounters_dept_day ON encounters(department_id, scheduled_at)`,
  `CREATE INDEX encounters_patient ON encounters(patient_id)`,
  `CREATE TABLE emr_resources (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES patients(id),
  resource_type text NOT NULL,
  resource jsonb NOT NULL,
  source text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
)`,
  `CREATE INDEX emr_resources_patient ON emr_resources(patient_id, resource_type)`,
  `CREATE TABLE visit_sources (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  encounter_id uuid NOT NULL REFERENCES encounters(id),
  kind text NOT NULL CHECK (kind IN ('questionnaire','transcript','lab_report','emr','followup','text')),
  content jsonb NOT NULL,
  media bytea,
  media_type text,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
)`,
  `CREATE TABLE drafts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  encounter_id uuid NOT NULL REFERENCES encounters(id),
  version integer NOT NULL,
  content jsonb NOT NULL,
  ai_generated boolean NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (encounter_id, version)
)`,
  `CREATE TABLE records (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  encounter_id uuid NOT NULL REFERENCES encounters(id),
  version integer NOT NULL,
  content jsonb NOT NULL,
  content_hash text NOT NULL,
  draft_id uuid REFERENCES drafts(id),
  signed_by uuid NOT NULL REFERENCES users(id),
  signed_at timestamptz NOT NULL,
  amendment_reason text,
  UNIQUE (encounter_id, version),
  CHECK (version = 1 OR amendment_reason IS NOT NULL)
)`,
  `CREATE TABLE audit_events (
  seq bigint PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_id uuid,
  actor_role text,
  patient_id uuid,
  action text NOT NULL,
  resource_type text,
  resource_id text,
  outcome text NOT NULL CHECK (outcome IN ('success','failure','denied')),
  client_ip text,
  request_id text,
  detail jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL
)`,
  `CREATE INDEX audit_events_patient ON audit_events(patient_id, at)`,
  `-- Signed records and audit events are append-only (DESIGN.md invariants 4 and 6). Triggers bind
-- every role that is not a superuser, including the table owner the application connects as.
CREATE FUNCTION yizhu_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'yizhu: % on % is not allowed (append-only table)', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$`,
  `CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION yizhu_refuse_change()`,
  `CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION yizhu_refuse_change()`,
  `CREATE TRIGGER records_append_only BEFORE UPDATE OR DELETE ON records
  FOR EACH ROW EXECUTE FUNCTION yizhu_refuse_change()`,
  `CREATE TRIGGER records_no_truncate BEFORE TRUNCATE ON records
  FOR EACH STATEMENT EXECUTE FUNCTION yizhu_refuse_change()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement per call: PGlite's extended protocol refuses multi-statement strings.
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
