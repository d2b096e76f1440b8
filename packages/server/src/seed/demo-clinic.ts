import { randomInt } from 'node:crypto';
import type { PasswordPolicy } from '@yizhu/core';
import type { Kysely } from 'kysely';
import { createUser } from '../auth/create-user.ts';
import type { DB } from '../db/schema.ts';
import {
  CONDITIONS,
  DEMO_DEPARTMENTS,
  DEMO_ORG,
  DEMO_PATIENTS,
  DEMO_STAFF,
  MEDICATIONS,
  type DemoPatient,
} from './demo-data.ts';

export interface DemoLogin {
  username: string;
  role: string;
  password: string;
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz';
const pick = (chars: string, n: number) =>
  Array.from({ length: n }, () => chars[randomInt(chars.length)]).join('');

/**
 * No default credentials (AUTH-09): each install gets its own random demo passwords, printed once
 * at first start, unless YIZHU_DEMO_PASSWORD fixes one for tests.
 */
export const randomDemoPassword = () =>
  `${pick(ALPHABET.toUpperCase(), 3)}-${pick(ALPHABET, 4)}-${pick('23456789', 4)}`;

/** Builds the EMR history as FHIR R4 resources (what a hospital import would deliver). */
function emrHistory(
  p: DemoPatient,
  ref: string,
  visitDay: Date,
): { type: string; resource: Record<string, unknown> }[] {
  const out: { type: string; resource: Record<string, unknown> }[] = [];
  for (const key of p.conditions) {
    const c = CONDITIONS[key];
    out.push({
      type: 'Condition',
      resource: {
        resourceType: 'Condition',
        subject: { reference: ref },
        clinicalStatus: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
        },
        code: {
          coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: c.icd10, display: c.en }],
          text: c.zh,
        },
        onsetDateTime: c.since,
      },
    });
    for (const m of MEDICATIONS[key] ?? []) {
      out.push({
        type: 'MedicationStatement',
        resource: {
          resourceType: 'MedicationStatement',
          status: 'active',
          subject: { reference: ref },
          medicationCodeableConcept: { text: `${m.zh} (${m.en})` },
          dosage: [{ text: m.dose }],
        },
      });
    }
  }
  if (p.allergy) {
    out.push({
      type: 'AllergyIntolerance',
      resource: {
        resourceType: 'AllergyIntolerance',
        patient: { reference: ref },
        code: { text: `${p.allergy.zh} (${p.allergy.en})` },
        criticality: 'high',
      },
    });
  }
  // Past readings, so follow-up trends and "since last visit" have something to show.
  const seed = p.name.charCodeAt(0) % 17;
  for (let month = 1; month <= 3; month++) {
    const when = new Date(visitDay.getTime() - month * 30 * 86_400_000).toISOString().slice(0, 10);
    if (p.conditions.includes('htn')) {
      out.push({
        type: 'Observation',
        resource: {
          resourceType: 'Observation',
          status: 'final',
          subject: { reference: ref },
          effectiveDateTime: when,
          code: {
            coding: [{ system: 'http://loinc.org', code: '85354-9', display: 'Blood pressure panel' }],
            text: '血压',
          },
          component: [
            {
              code: { coding: [{ system: 'http://loinc.org', code: '8480-6' }] },
              valueQuantity: { value: 132 + seed + month * 2, unit: 'mmHg' },
            },
            {
              code: { coding: [{ system: 'http://loinc.org', code: '8462-4' }] },
              valueQuantity: { value: 82 + (seed % 9), unit: 'mmHg' },
            },
          ],
        },
      });
    }
    if (p.conditions.includes('t2dm')) {
      out.push({
        type: 'Observation',
        resource: {
          resourceType: 'Observation',
          status: 'final',
          subject: { reference: ref },
          effectiveDateTime: when,
          code: {
            coding: [{ system: 'http://loinc.org', code: '1558-6', display: 'Fasting glucose' }],
            text: '空腹血糖',
          },
          valueQuantity: {
            value: Math.round((6.8 + (seed % 5) * 0.4 + month * 0.2) * 10) / 10,
            unit: 'mmol/L',
          },
        },
      });
    }
  }
  return out;
}

/** Seeds the demo clinic once (when no organisation exists). Returns the logins to print, or null. */
export async function seedDemoClinic(
  db: Kysely<DB>,
  opts: { now: Date; policy: PasswordPolicy; password?: string | undefined; utcOffsetMinutes: number },
): Promise<DemoLogin[] | null> {
  const existing = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  if (existing) return null;
  return db.transaction().execute(async (trx) => {
    const logins: DemoLogin[] = [];
    const org = await trx
      .insertInto('organisations')
      .values({ name: DEMO_ORG })
      .returning('id')
      .executeTakeFirstOrThrow();
    const depts = new Map<string, string>();
    for (const d of DEMO_DEPARTMENTS) {
      const row = await trx
        .insertInto('departments')
        .values({ org_id: org.id, code: d.code, name_zh: d.nameZh, name_en: d.nameEn })
        .returning('id')
        .executeTakeFirstOrThrow();
      depts.set(d.code, row.id);
    }
    const users = new Map<string, string>();
    const addUser = async (u: {
      username: string;
      displayName: string;
      role: DemoLogin['role'];
      departmentId?: string | null;
      patientId?: string;
    }) => {
      const password = opts.password ?? randomDemoPassword();
      const id = await createUser(trx, opts.policy, { ...u, role: u.role as never, orgId: org.id, password });
      users.set(u.username, id);
      logins.push({ username: u.username, role: u.role, password });
    };
    for (const s of DEMO_STAFF)
      await addUser({
        username: s.username,
        displayName: s.displayName,
        role: s.role,
        departmentId: s.dept ? depts.get(s.dept)! : null,
      });

    // Visits today start 08:30 clinic time, every 20 minutes per doctor.
    const offsetMs = opts.utcOffsetMinutes * 60_000;
    const local = new Date(opts.now.getTime() + offsetMs);
    const dayStart = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - offsetMs;
    const slot = new Map<string, number>();
    const doctorOf = (dept: string) => (dept === 'GP' ? 'dr.zhang' : 'dr.wang');

    for (const [i, p] of DEMO_PATIENTS.entries()) {
      const mrn = `MZ${String(20260001 + i)}`;
      const row = await trx
        .insertInto('patients')
        .values({
          org_id: org.id,
          mrn,
          name: p.name,
          sex: p.sex,
          birth_date: p.birthDate,
          phone: `1380000${String(1000 + i)}`,
          national_id: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const deptId = depts.get(p.dept)!;
      // One finished visit two months ago for everyone, so each patient belongs to a department.
      await trx
        .insertInto('encounters')
        .values({
          org_id: org.id,
          patient_id: row.id,
          department_id: deptId,
          doctor_id: users.get(doctorOf(p.dept))!,
          status: 'finished',
          scheduled_at: new Date(dayStart - 60 * 86_400_000 + 9 * 3_600_000),
          reason: p.reason,
        })
        .execute();
      if (p.todayWith) {
        const n = slot.get(p.todayWith) ?? 0;
        slot.set(p.todayWith, n + 1);
        await trx
          .insertInto('encounters')
          .values({
            org_id: org.id,
            patient_id: row.id,
            department_id: deptId,
            doctor_id: users.get(p.todayWith)!,
            status: n === 0 ? 'arrived' : 'planned',
            scheduled_at: new Date(dayStart + 8.5 * 3_600_000 + n * 20 * 60_000),
            reason: p.reason,
          })
          .execute();
      }
      for (const r of emrHistory(p, `Patient/${row.id}`, new Date(dayStart))) {
        await trx
          .insertInto('emr_resources')
          .values({
            patient_id: row.id,
            resource_type: r.type,
            resource: JSON.stringify(r.resource),
            source: 'demo-emr',
          })
          .execute();
      }
      if (p.login)
        await addUser({ username: p.login, displayName: p.name, role: 'patient', patientId: row.id });
    }
    return logins;
  });
}
