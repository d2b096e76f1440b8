import { sql, type Kysely } from 'kysely';

/**
 * What an optional language model read from a pre-consultation's free text at finish (issue 9):
 * verified findings with the patient's quoted words, counts of what was dropped and why, and the
 * notice when the model was not used. Null when no model is configured.
 */
const STATEMENTS = [`ALTER TABLE precheck_sessions ADD COLUMN llm jsonb`];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}
