import type { ColumnType, Generated } from 'kysely';

// Kysely types for migration 0007-lab-explanations (beside schema.ts so the shared file only lists them).
export interface LabExplanationTable {
  id: Generated<string>;
  encounter_id: string;
  patient_id: string;
  source_id: string;
  /** `LabExplanation` (@yizhu/core/lab-explain) plus `llm` when a model was configured. */
  content: ColumnType<unknown, string, string>;
  status: 'draft' | 'approved';
  created_by: string;
  created_at: ColumnType<Date, Date | string, Date | string>;
  approved_by: string | null;
  approved_at: ColumnType<Date | null, Date | string | null, Date | string | null>;
}
