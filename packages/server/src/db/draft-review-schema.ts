import type { ColumnType, Generated } from 'kysely';

// Kysely types for migration 0006-draft-review (beside schema.ts so the shared file only lists them).
export interface DraftReviewTable {
  id: Generated<string>;
  /** Insertion order (several resolutions can share one clock instant). */
  seq: ColumnType<number, never, never>;
  encounter_id: string;
  draft_id: string;
  item: 'conflict' | 'qc';
  fingerprint: string;
  /** What the item said when resolved ({zh, en}), so a resolution stays readable after the item is gone. */
  label: ColumnType<{ zh: string; en: string }, string, string>;
  resolution: 'side_taken' | 'dismissed';
  side_index: number | null;
  reason: string | null;
  created_by: string;
  created_at: ColumnType<Date, Date | string, Date | string>;
}
