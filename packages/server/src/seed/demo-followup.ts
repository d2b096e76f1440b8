import { addDays, enrolmentsForDiagnoses } from '@yizhu/core';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { clinicDate } from '../followup/clinic-date.ts';
import { enrolPatient } from '../followup/enrol-patient.ts';
import { recordCheckin } from '../followup/record-checkin.ts';
import { riskForPatient } from '../followup/risk-for-patient.ts';

/**
 * Enrols the demo clinic's hypertension and diabetes patients (from their EMR Condition codes) with
 * the doctor who saw them, and adds a few invented follow-up visits so the family-doctor panel has
 * due, overdue, controlled and uncontrolled residents. Run once, right after the first demo seed.
 */
export async function seedDemoFollowup(
  db: Kysely<DB>,
  opts: { now: Date; utcOffsetMinutes: number },
): Promise<number> {
  const today = clinicDate(opts.now, opts.utcOffsetMinutes);
  const conditions = await db
    .selectFrom('emr_resources as r')
    .innerJoin('patients as p', 'p.id', 'r.patient_id')
    .select(['r.patient_id', 'r.resource', 'p.org_id', 'p.name'])
    .where('r.resource_type', '=', 'Condition')
    .execute();
  const codes = new Map<string, { orgId: string; codes: string[] }>();
  for (const c of conditions) {
    const code = (c.resource as { code?: { coding?: { code?: string }[] } }).code?.coding?.[0]?.code;
    if (!code) continue;
    const entry = codes.get(c.patient_id) ?? { orgId: c.org_id, codes: [] };
    entry.codes.push(code);
    codes.set(c.patient_id, entry);
  }
  let n = 0;
  await db.transaction().execute(async (trx) => {
    let i = 0;
    for (const [patientId, { orgId, codes: list }] of codes) {
      const enc = await trx
        .selectFrom('encounters')
        .select(['doctor_id', 'department_id'])
        .where('patient_id', '=', patientId)
        .where('status', '=', 'finished')
        .executeTakeFirst();
      if (!enc?.doctor_id) continue;
      const enrolledOn = addDays(today, -200);
      const enrolled: string[] = [];
      for (const pr of enrolmentsForDiagnoses(list)) {
        if (pr.match !== 'direct') continue;
        const r = await enrolPatient(trx, {
          orgId,
          patientId,
          programme: pr.programme,
          doctorId: enc.doctor_id,
          departmentId: enc.department_id,
          enrolledOn,
          source: 'doctor',
          diagnosisCode: pr.code,
          enrolledBy: enc.doctor_id,
          status: 'active',
        });
        enrolled.push(r.id);
        n++;
      }
      // Invented visits: every other patient is up to date (4 this year), the rest fell behind (overdue).
      const visitsAgo = i % 2 === 0 ? [310, 220, 130, 40] : [190, 100];
      i++;
      for (const [k, enrolmentId] of enrolled.entries()) {
        for (const ago of visitsAgo) {
          const uncontrolled = (i + k) % 3 === 0;
          await recordCheckin(
            trx,
            opts.now,
            today,
            {
              orgId,
              patientId,
              faceToFace: {
                enrolmentId,
                recordedBy: enc.doctor_id,
                adverseReaction: 'none',
                complication: 'none',
              },
            },
            {
              measuredOn: addDays(today, -ago),
              bp: uncontrolled
                ? { systolic: 152 + (i % 5), diastolic: 94 }
                : { systolic: 128 + (i % 7), diastolic: 80 },
              fastingGlucose: { value: uncontrolled ? 8.4 : 6.2, unit: 'mmol/L' },
              weightKg: 68 + (i % 9),
              hba1cPercent: uncontrolled ? 7.9 : 6.6,
              symptoms: [],
              adherence: 'regular',
            },
            [],
          );
        }
      }
    }
    // Risk inputs for one resident so China-PAR shows computed; others show "not computed" and why.
    const zhou = await trx
      .selectFrom('patients')
      .select('id')
      .where('name', '=', '周建国')
      .executeTakeFirst();
    if (zhou) {
      await trx
        .insertInto('followup_risk_inputs')
        .values({
          patient_id: zhou.id,
          inputs: JSON.stringify({
            onAntihypertensive: true,
            totalCholesterol: { value: 5.8, unit: 'mmol/L' },
            hdlCholesterol: { value: 1.1, unit: 'mmol/L' },
            waistCm: 92,
            currentSmoker: true,
            northChina: true,
            urban: true,
            familyHistoryAscvd: false,
            diabetes: false,
          }),
          china_par_band: null,
          updated_by: null,
          updated_at: opts.now,
        })
        .execute();
      const risk = await riskForPatient(trx, zhou.id, today);
      const band = risk.chinaPar.computed ? risk.chinaPar.band : null;
      await trx
        .updateTable('followup_risk_inputs')
        .set({ china_par_band: band })
        .where('patient_id', '=', zhou.id)
        .execute();
    }
  });
  return n;
}
