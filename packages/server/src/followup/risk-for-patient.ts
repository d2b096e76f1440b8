import {
  ageOn,
  chinaPar10YearRisk,
  chineseDiabetesRiskScore,
  isYizhuError,
  type CdrsInput,
  type ChinaParInput,
  type IsoDate,
} from '@yizhu/core';
import type { Executor } from '../db/executor.ts';

export type StoredRiskInputs = Omit<ChinaParInput, 'sex' | 'ageYears' | 'systolic'> &
  Pick<CdrsInput, 'bmi' | 'familyHistoryDiabetes'>;

type Outcome<T> = T | { computed: false; missing: string[]; reasons: { zh: string; en: string }[] };

/** Runs a model; an implausible stored input becomes "not computed" with the reason, never a number. */
function safely<T>(fn: () => T): Outcome<T> {
  try {
    return fn();
  } catch (err) {
    if (!isYizhuError(err) || err.code !== 'validation') throw err;
    return {
      computed: false,
      missing: err.issues.map((i) => i.path),
      reasons: [{ zh: '输入值不合理，请核对', en: 'an input is implausible; check it' }],
    };
  }
}

/**
 * China-PAR and CDRS for one patient from what is on file: sex and age from the register, systolic
 * from the latest plausible reading, programme membership, and the risk inputs a clinician entered.
 * Nothing is defaulted: a missing input makes the model say "not computed" and why.
 */
export async function riskForPatient(db: Executor, patientId: string, today: IsoDate) {
  const p = await db
    .selectFrom('patients')
    .select(['sex', 'birth_date'])
    .where('id', '=', patientId)
    .executeTakeFirstOrThrow();
  const stored = await db
    .selectFrom('followup_risk_inputs')
    .select(['inputs', 'updated_at'])
    .where('patient_id', '=', patientId)
    .executeTakeFirst();
  const bp = await db
    .selectFrom('followup_checkins')
    .select(['systolic', 'measured_on'])
    .where('patient_id', '=', patientId)
    .where('bp_plausible', '=', true)
    .where('duplicate_of', 'is', null)
    .orderBy('measured_on', 'desc')
    .orderBy('submitted_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const programmes = await db
    .selectFrom('followup_enrolments')
    .select('programme')
    .where('patient_id', '=', patientId)
    .where('status', '=', 'active')
    .execute();
  const hasDiabetes = programmes.some((e) => e.programme === 't2dm');
  const inputs = (stored?.inputs ?? {}) as StoredRiskInputs;
  const sex = p.sex === 'male' || p.sex === 'female' ? p.sex : undefined;
  const ageYears = ageOn(p.birth_date, today);
  const systolic = bp?.systolic ?? undefined;

  const chinaPar = safely(() =>
    chinaPar10YearRisk({
      ...inputs,
      ...(sex ? { sex } : {}),
      ageYears,
      ...(systolic !== undefined ? { systolic } : {}),
      ...(hasDiabetes ? { diabetes: true } : {}),
    }),
  );
  const cdrs = hasDiabetes
    ? {
        computed: false as const,
        missing: [],
        reasons: [
          {
            zh: '已确诊糖尿病，不做糖尿病风险筛查',
            en: 'already diagnosed with diabetes; screening score not applicable',
          },
        ],
      }
    : safely(() =>
        chineseDiabetesRiskScore({
          ...(sex ? { sex } : {}),
          ageYears,
          ...(systolic !== undefined ? { systolic } : {}),
          ...(inputs.bmi !== undefined ? { bmi: inputs.bmi } : {}),
          ...(inputs.waistCm !== undefined ? { waistCm: inputs.waistCm } : {}),
          ...(inputs.familyHistoryDiabetes !== undefined
            ? { familyHistoryDiabetes: inputs.familyHistoryDiabetes }
            : {}),
        }),
      );
  return {
    asOf: today,
    sources: { systolicMeasuredOn: bp?.measured_on ?? null, inputsUpdatedAt: stored?.updated_at ?? null },
    chinaPar,
    cdrs,
  };
}
