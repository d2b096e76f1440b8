import type { ColumnType, Generated } from 'kysely';

// Kysely types for migration 0003-followup (kept beside schema.ts so the shared file only lists them).
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;
type JsonDefault<T = unknown> = ColumnType<T, string | undefined, string>;

export type Programme = 'hypertension' | 't2dm';
export type ControlStatus = 'controlled' | 'uncontrolled' | 'unknown' | 'implausible';
export type TaskState = 'upcoming' | 'due' | 'overdue' | 'done' | 'cancelled';
export type TaskKind = 'routine' | 'recheck' | 'referral_follow_up';

export interface FollowupEnrolmentTable {
  id: Generated<string>;
  org_id: string;
  patient_id: string;
  programme: Programme;
  protocol_id: string;
  protocol_version: string;
  doctor_id: string;
  department_id: string;
  enrolled_on: string;
  source: 'record' | 'doctor';
  source_record_id: string | null;
  diagnosis_code: string | null;
  enrolled_by: string | null;
  status: 'active' | 'review' | 'exited';
  exited_on: string | null;
  control_status: ColumnType<ControlStatus, ControlStatus | undefined, ControlStatus>;
  last_classification: string | null;
  created_at: GeneratedTimestamp;
}
export interface FollowupTaskTable {
  id: Generated<string>;
  enrolment_id: string;
  kind: TaskKind;
  scheduled_on: string;
  due_date: string;
  state: TaskState;
  completed_on: string | null;
  completed_by: string | null;
  escalation_level: Generated<number>;
  reminded_at: Timestamp | null;
  overdue_notified_at: Timestamp | null;
  escalated_at: Timestamp | null;
  created_at: GeneratedTimestamp;
}
export interface FollowupCheckinLinkTable {
  id: Generated<string>;
  token_hash: string;
  patient_id: string;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
  uses: Generated<number>;
}
export interface CheckinFlag {
  code: string;
  field?: string;
}
export interface FollowupCheckinTable {
  id: Generated<string>;
  org_id: string;
  patient_id: string;
  source: 'patient_link' | 'face_to_face';
  link_id: string | null;
  recorded_by: string | null;
  enrolment_id: string | null;
  measured_on: string;
  submitted_at: Timestamp;
  client_time: Timestamp | null;
  systolic: number | null;
  diastolic: number | null;
  heart_rate: number | null;
  glucose_value: number | null;
  glucose_unit: 'mmol/L' | 'mg/dL' | null;
  glucose_mmol: number | null;
  hba1c_percent: number | null;
  weight_kg: number | null;
  symptoms: JsonDefault<string[]>;
  adherence: 'regular' | 'intermittent' | 'not_taking' | null;
  side_effect: Json<{ reported: boolean; text?: string } | null> | null;
  flags: JsonDefault<CheckinFlag[]>;
  bp_plausible: boolean | null;
  urgent: Generated<boolean>;
  assessment: Json<unknown> | null;
  content_hash: string;
  duplicate_of: string | null;
}
export interface NotificationTable {
  id: Generated<string>;
  org_id: string;
  recipient_id: string;
  kind: string;
  severity: 'info' | 'warning' | 'urgent';
  patient_id: string | null;
  task_id: string | null;
  checkin_id: string | null;
  message_zh: string;
  message_en: string;
  dedupe_key: string | null;
  created_at: Timestamp;
  read_at: Timestamp | null;
}
export interface FollowupRiskInputTable {
  patient_id: string;
  inputs: Json<Record<string, unknown>>;
  china_par_band: string | null;
  updated_by: string | null;
  updated_at: Timestamp;
}
