import { sql, type Kysely } from 'kysely';

/**
 * Pilot metrics per signed visit (issue 6). A derived cache: filled from drafts and the first signed
 * version the first time metrics are asked for, never edited (records are immutable, so are these).
 * Holds no patient identifier beyond the visit id; the admin API returns aggregates only.
 */
const STATEMENTS = [
  `CREATE TABLE visit_metrics (
  record_id uuid PRIMARY KEY REFERENCES records(id),
  encounter_id uuid NOT NULL UNIQUE REFERENCES encounters(id),
  org_id uuid NOT NULL REFERENCES organisations(id),
  department_id uuid NOT NULL REFERENCES departments(id),
  doctor_id uuid NOT NULL REFERENCES users(id),
  signed_at timestamptz NOT NULL,
  time_to_sign_ms bigint NOT NULL,
  sections_drafted integer NOT NULL,
  sections_unchanged integer NOT NULL,
  edit_distance integer NOT NULL,
  draft_chars integer NOT NULL,
  signed_chars integer NOT NULL,
  conflicts_found integer NOT NULL,
  conflicts_resolved integer NOT NULL,
  conflicts_unresolved integer NOT NULL,
  qc_score double precision
)`,
  `CREATE INDEX visit_metrics_org_signed ON visit_metrics(org_id, signed_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
