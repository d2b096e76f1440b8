import { sql, type Kysely } from 'kysely';

/**
 * A doctor's resolution of a conflict or QC finding on a visit's draft (issue 6): the side taken, or
 * dismissed with a reason. Keyed by a content fingerprint of the item, not by its position, so it
 * holds across draft versions (edits re-run QC; regeneration renumbers conflicts). Append-only: one
 * resolution per item per visit; `draft_id` names the version the doctor resolved it on.
 */
const STATEMENTS = [
  `CREATE TABLE draft_reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq integer GENERATED ALWAYS AS IDENTITY,
  encounter_id uuid NOT NULL REFERENCES encounters(id),
  draft_id uuid NOT NULL REFERENCES drafts(id),
  item text NOT NULL CHECK (item IN ('conflict', 'qc')),
  fingerprint text NOT NULL,
  label jsonb NOT NULL,
  resolution text NOT NULL CHECK (resolution IN ('side_taken', 'dismissed')),
  side_index integer,
  reason text,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL,
  UNIQUE (encounter_id, fingerprint),
  CHECK (resolution <> 'dismissed' OR reason IS NOT NULL),
  CHECK (resolution <> 'side_taken' OR (item = 'conflict' AND side_index IS NOT NULL))
)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
