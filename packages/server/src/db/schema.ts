import type { ColumnType, Generated } from 'kysely';
import type * as F from './followup-schema.ts';
import type { VisitMetricsTable } from './metrics-schema.ts';
import type { DraftReviewTable } from './draft-review-schema.ts';
import type { LabExplanationTable } from './lab-explanation-schema.ts';

// Kysely table types, mirroring db/migrations. Timestamps come back as Date from both drivers.
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;

export interface OrganisationTable {
  id: Generated<string>;
  name: string;
  created_at: GeneratedTimestamp;
}
export interface DepartmentTable {
  id: Generated<string>;
  org_id: string;
  code: string;
  name_zh: string;
  name_en: string;
}
export interface PatientTable {
  id: Generated<string>;
  org_id: string;
  mrn: string;
  national_id: string | null;
  name: string;
  sex: 'male' | 'female' | 'other' | 'unknown';
  birth_date: string; // YYYY-MM-DD
  phone: string | null;
  created_at: GeneratedTimestamp;
}
export interface UserTable {
  id: Generated<string>;
  org_id: string;
  department_id: string | null;
  patient_id: string | null;
  username: string;
  display_name: string;
  role: 'doctor' | 'nurse' | 'admin' | 'patient';
  password_hash: string;
  password_changed_at: GeneratedTimestamp;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  totp_last_step: ColumnType<string | null, number | null, number | null>;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
  disabled_at: Timestamp | null;
  last_login_at: Timestamp | null;
  created_at: GeneratedTimestamp;
}
export interface SessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  reauth_at: Timestamp;
  revoked_at: Timestamp | null;
  client_ip: string | null;
}
export interface EncounterTable {
  id: Generated<string>;
  org_id: string;
  patient_id: string;
  department_id: string;
  doctor_id: string | null;
  status: 'planned' | 'arrived' | 'in-progress' | 'finished' | 'cancelled';
  scheduled_at: Timestamp;
  reason: string | null;
  created_at: GeneratedTimestamp;
}
export interface EmrResourceTable {
  id: Generated<string>;
  patient_id: string;
  resource_type: string;
  resource: Json<Record<string, unknown>>;
  source: string;
  recorded_at: GeneratedTimestamp;
}
export interface VisitSourceTable {
  id: Generated<string>;
  encounter_id: string;
  kind: 'questionnaire' | 'transcript' | 'lab_report' | 'emr' | 'followup' | 'text';
  content: Json;
  media: Uint8Array | null;
  media_type: string | null;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}
export interface DraftTable {
  id: Generated<string>;
  encounter_id: string;
  version: number;
  content: Json;
  ai_generated: boolean;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}
export interface RecordTable {
  id: Generated<string>;
  encounter_id: string;
  version: number;
  content: Json;
  content_hash: string;
  draft_id: string | null;
  signed_by: string;
  signed_at: Timestamp;
  amendment_reason: string | null;
}
export interface AuditEventTable {
  seq: ColumnType<string, number, never>; // bigint arrives as string
  at: Timestamp;
  actor_id: string | null;
  actor_role: string | null;
  patient_id: string | null;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  outcome: 'success' | 'failure' | 'denied';
  client_ip: string | null;
  request_id: string | null;
  detail: Json<Record<string, unknown> | null> | null;
  prev_hash: string;
  hash: string;
}

export interface PrecheckSessionTable {
  id: Generated<string>;
  encounter_id: string;
  patient_id: string;
  code_hash: string;
  created_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  status: Generated<'open' | 'finished'>;
  respondent: Generated<'self' | 'guardian'>;
  chief_complaint: string | null;
  complaint_truncated: Generated<boolean>;
  family: string | null;
  answers: ColumnType<Record<string, unknown>, string | undefined, string>;
  lang: Generated<'zh' | 'en'>;
  updated_at: Timestamp;
  finished_at: Timestamp | null;
  triage: Json<Record<string, unknown> | null> | null;
  source_id: string | null;
  /** What a language model read from the free text at finish (0008); null when none was configured. */
  llm: Json<Record<string, unknown> | null> | null;
}
export interface PrecheckTokenTable {
  token_hash: string;
  session_id: string;
  via: 'link' | 'code';
  created_at: Timestamp;
}
export interface PrecheckCodeAttemptTable {
  id: Generated<string>;
  client_ip: string | null;
  at: Timestamp;
  ok: boolean;
}

export interface DB {
  organisations: OrganisationTable;
  departments: DepartmentTable;
  patients: PatientTable;
  users: UserTable;
  sessions: SessionTable;
  encounters: EncounterTable;
  emr_resources: EmrResourceTable;
  visit_sources: VisitSourceTable;
  drafts: DraftTable;
  records: RecordTable;
  audit_events: AuditEventTable;
  precheck_sessions: PrecheckSessionTable;
  precheck_tokens: PrecheckTokenTable;
  precheck_code_attempts: PrecheckCodeAttemptTable;
  followup_enrolments: F.FollowupEnrolmentTable;
  followup_tasks: F.FollowupTaskTable;
  followup_checkin_links: F.FollowupCheckinLinkTable;
  followup_checkins: F.FollowupCheckinTable;
  notifications: F.NotificationTable;
  followup_risk_inputs: F.FollowupRiskInputTable;
  visit_metrics: VisitMetricsTable;
  draft_reviews: DraftReviewTable;
  lab_explanations: LabExplanationTable;
}
