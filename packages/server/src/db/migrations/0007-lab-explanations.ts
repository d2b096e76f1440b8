import { sql, type Kysely } from 'kysely';

/**
 * Lay explanations of a visit's lab report for the patient (issue 9). Created as a draft by clinical
 * staff; the patient reads one only after a doctor of the visit's department approved it
 * (DESIGN.md invariant 1). The content is immutable: a changed report gets a new explanation.
 */
const STATEMENTS = [
  `CREATE TABLE lab_explanations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  encounter_id uuid NOT NULL REFERENCES encounters(id),
  patient_id uuid NOT NULL REFERENCES patients(id),
  source_id uuid NOT NULL REFERENCES visit_sources(id),
  content jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'approved')),
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL,
  approved_by uuid REFERENCES users(id),
  approved_at timestamptz,
  CHECK ((status = 'approved') = (approved_by IS NOT NULL AND approved_at IS NOT NULL))
)`,
  `CREATE INDEX lab_explanations_patient ON lab_explanations (patient_id, status)`,
  `CREATE INDEX lab_explanations_encounter ON lab_explanations (encounter_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
