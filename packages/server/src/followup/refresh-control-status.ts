import {
  CURRENT_PROTOCOL,
  addDays,
  type DiabetesProtocol,
  type HypertensionProtocol,
  type IsoDate,
} from '@yizhu/core';
import { sql } from 'kysely';
import type { Executor } from '../db/executor.ts';

/**
 * Sets each active enrolment's control status from its latest reading of the programme's measure in
 * the last year — set-based, so the nightly run does a region in one statement. Thresholds come from
 * the protocol data (same rule as core `meetsControlTarget`: strict "<" on both numbers). An
 * implausible latest reading is "implausible", never "controlled" (core managementKpis agrees).
 */
export async function refreshControlStatus(
  db: Executor,
  today: IsoDate,
  only: { patientId?: string } = {},
): Promise<number> {
  const h = CURRENT_PROTOCOL.hypertension as HypertensionProtocol;
  const d = CURRENT_PROTOCOL.t2dm as DiabetesProtocol;
  const g = h.control.general.value;
  const el = h.control.elderly.value;
  const since = addDays(today, -365);
  const patientFilter = only.patientId ? sql`AND e2.patient_id = ${only.patientId}` : sql``;
  const r = await sql`
    UPDATE followup_enrolments e SET control_status = x.status
    FROM (
      SELECT e2.id, CASE
        WHEN l.measured_on IS NULL THEN 'unknown'
        WHEN e2.programme = 'hypertension' AND l.bp_plausible IS NOT TRUE THEN 'implausible'
        WHEN e2.programme = 'hypertension' THEN
          CASE WHEN date_part('year', age(l.measured_on, p.birth_date)) >= ${el.fromAgeYears}
            THEN CASE WHEN l.systolic < ${el.systolicBelow} AND l.diastolic < ${el.diastolicBelow}
              THEN 'controlled' ELSE 'uncontrolled' END
            ELSE CASE WHEN l.systolic < ${g.systolicBelow} AND l.diastolic < ${g.diastolicBelow}
              THEN 'controlled' ELSE 'uncontrolled' END
          END
        WHEN l.glucose_mmol IS NULL THEN 'implausible'
        WHEN l.glucose_mmol < ${d.control.fastingGlucoseBelow.value} THEN 'controlled'
        ELSE 'uncontrolled' END AS status
      FROM followup_enrolments e2
      JOIN patients p ON p.id = e2.patient_id
      LEFT JOIN LATERAL (
        SELECT c.measured_on, c.systolic, c.diastolic, c.bp_plausible, c.glucose_mmol
        FROM followup_checkins c
        WHERE c.patient_id = e2.patient_id AND c.duplicate_of IS NULL
          AND c.measured_on >= ${since} AND c.measured_on <= ${today}
          AND CASE WHEN e2.programme = 'hypertension' THEN c.systolic IS NOT NULL
                   ELSE c.glucose_value IS NOT NULL END
        ORDER BY c.measured_on DESC, c.submitted_at DESC
        LIMIT 1
      ) l ON true
      WHERE e2.status = 'active' ${patientFilter}
    ) x
    WHERE e.id = x.id AND e.control_status IS DISTINCT FROM x.status`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}
