import type { ColumnType } from 'kysely';

// Kysely types for migration 0005-visit-metrics (beside schema.ts so the shared file only lists them).
export interface VisitMetricsTable {
  record_id: string;
  encounter_id: string;
  org_id: string;
  department_id: string;
  doctor_id: string;
  signed_at: ColumnType<Date, Date | string, Date | string>;
  time_to_sign_ms: ColumnType<string, number, number>; // bigint arrives as string
  sections_drafted: number;
  sections_unchanged: number;
  edit_distance: number;
  draft_chars: number;
  signed_chars: number;
  conflicts_found: number;
  conflicts_resolved: number;
  conflicts_unresolved: number;
  qc_score: number | null;
}
