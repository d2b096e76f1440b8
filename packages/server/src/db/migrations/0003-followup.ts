import { sql, type Kysely } from 'kysely';

/**
 * Chronic-disease follow-up (issue 8): enrolments, follow-up tasks, check-ins, check-in links,
 * in-app notifications and risk inputs. Programme names follow core (`hypertension`, `t2dm`);
 * protocol id and version are stored so every decision says which data produced it.
 */
const STATEMENTS = [
  `CREATE TABLE followup_enrolments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations(id),
  patient_id uuid NOT NULL REFERENCES patients(id),
  programme text NOT NULL CHECK (programme IN ('hypertension','t2dm')),
  protocol_id text NOT NULL,
  protocol_version text NOT NULL,
  doctor_id uuid NOT NULL REFERENCES users(id),
  department_id uuid NOT NULL REFERENCES departments(id),
  enrolled_on date NOT NULL,
  source text NOT NULL CHECK (source IN ('record','doctor')),
  source_record_id uuid REFERENCES records(id),
  diagnosis_code text,
  enrolled_by uuid REFERENCES users(id),
  status text NOT NULL CHECK (status IN ('active','review','exited')),
  exited_on date,
  control_status text NOT NULL DEFAULT 'unknown'
    CHECK (control_status IN ('controlled','uncontrolled','unknown','implausible')),
  last_classification text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (source <> 'record' OR source_record_id IS NOT NULL)
)`,
  // One live enrolment per patient and programme; exited ones stay as history.
  `CREATE UNIQUE INDEX followup_enrolments_live ON followup_enrolments(patient_id, programme)
  WHERE status <> 'exited'`,
  `CREATE INDEX followup_enrolments_doctor ON followup_enrolments(doctor_id, status)`,
  `CREATE INDEX followup_enrolments_dept ON followup_enrolments(department_id, status)`,
  `CREATE TABLE followup_tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  enrolment_id uuid NOT NULL REFERENCES followup_enrolments(id),
  kind text NOT NULL CHECK (kind IN ('routine','recheck','referral_follow_up')),
  scheduled_on date NOT NULL,
  due_date date NOT NULL,
  state text NOT NULL CHECK (state IN ('upcoming','due','overdue','done','cancelled')),
  completed_on date,
  completed_by uuid,
  escalation_level integer NOT NULL DEFAULT 0,
  reminded_at timestamptz,
  overdue_notified_at timestamptz,
  escalated_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
)`,
  `CREATE UNIQUE INDEX followup_tasks_open ON followup_tasks(enrolment_id)
  WHERE state IN ('upcoming','due','overdue')`,
  `CREATE INDEX followup_tasks_state_due ON followup_tasks(state, due_date)`,
  `CREATE TABLE followup_checkin_links (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash text NOT NULL UNIQUE, -- sha256 of a 256-bit token; the token itself is never stored
  patient_id uuid NOT NULL REFERENCES patients(id),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  last_used_at timestamptz,
  uses integer NOT NULL DEFAULT 0
)`,
  `CREATE TABLE followup_checkins (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations(id),
  patient_id uuid NOT NULL REFERENCES patients(id),
  source text NOT NULL CHECK (source IN ('patient_link','face_to_face')),
  link_id uuid REFERENCES followup_checkin_links(id),
  recorded_by uuid REFERENCES users(id),
  enrolment_id uuid REFERENCES followup_enrolments(id),
  measured_on date NOT NULL,
  submitted_at timestamptz NOT NULL,
  client_time timestamptz,
  systolic double precision,
  diastolic double precision,
  heart_rate double precision,
  glucose_value double precision,
  glucose_unit text CHECK (glucose_unit IN ('mmol/L','mg/dL')),
  glucose_mmol double precision, -- null when the reading was implausible (kept, flagged)
  hba1c_percent double precision,
  weight_kg double precision,
  symptoms jsonb NOT NULL DEFAULT '[]',
  adherence text CHECK (adherence IN ('regular','intermittent','not_taking')),
  side_effect jsonb,
  flags jsonb NOT NULL DEFAULT '[]',
  bp_plausible boolean,
  urgent boolean NOT NULL DEFAULT false,
  assessment jsonb,
  content_hash text NOT NULL,
  duplicate_of uuid REFERENCES followup_checkins(id),
  CHECK (source <> 'patient_link' OR link_id IS NOT NULL),
  CHECK (source <> 'face_to_face' OR recorded_by IS NOT NULL)
)`,
  `CREATE INDEX followup_checkins_patient ON followup_checkins(patient_id, measured_on)`,
  `CREATE INDEX followup_checkins_hash ON followup_checkins(patient_id, content_hash)`,
  `CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES organisations(id),
  recipient_id uuid NOT NULL REFERENCES users(id),
  kind text NOT NULL,
  severity text NOT NULL CHECK (severity IN ('info','warning','urgent')),
  patient_id uuid REFERENCES patients(id),
  task_id uuid REFERENCES followup_tasks(id),
  checkin_id uuid REFERENCES followup_checkins(id),
  message_zh text NOT NULL,
  message_en text NOT NULL,
  dedupe_key text UNIQUE, -- jobs may run twice; the same event notifies once
  created_at timestamptz NOT NULL,
  read_at timestamptz
)`,
  `CREATE INDEX notifications_recipient ON notifications(recipient_id, created_at DESC)`,
  `CREATE TABLE followup_risk_inputs (
  patient_id uuid PRIMARY KEY REFERENCES patients(id),
  inputs jsonb NOT NULL,
  china_par_band text,
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL
)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement per call: PGlite's extended protocol refuses multi-statement strings.
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
