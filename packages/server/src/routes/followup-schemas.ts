import { knownDangerSymptomCodes } from '@yizhu/core';
import { z } from 'zod';
import { fields } from '../http/validate.ts';

const symptomCodes = [...knownDangerSymptomCodes()] as [string, ...string[]];
const finite = z.number().finite();

/** Readings as typed: loose numeric ranges here (types and sanity); plausibility is judged in core. */
export const checkinValues = {
  measuredOn: z.iso.date(),
  clientTime: z.iso.datetime({ offset: true }).optional(),
  bp: z.strictObject({ systolic: finite.min(0).max(1000), diastolic: finite.min(0).max(1000) }).optional(),
  fastingGlucose: z
    .strictObject({ value: finite.min(0).max(2000), unit: z.enum(['mmol/L', 'mg/dL']) })
    .optional(),
  hba1cPercent: finite.min(0).max(100).optional(),
  weightKg: finite.min(0).max(1000).optional(),
  heartRate: finite.min(0).max(500).optional(),
  symptoms: z.array(z.enum(symptomCodes)).max(30).default([]),
  adherence: z.enum(['regular', 'intermittent', 'not_taking']).optional(),
  sideEffect: z
    .strictObject({
      reported: z.boolean(),
      text: z
        .string()
        .trim()
        .max(200)
        .regex(/^[^<>\p{Cc}]*$/u, 'plain text only')
        .optional(),
    })
    .optional(),
  confirmImplausible: z.boolean().optional(),
};

export const publicCheckinBody = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  ...checkinValues,
});
export const tokenBody = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });

export const faceToFaceBody = z.strictObject({
  ...checkinValues,
  adverseReaction: z.enum(['none', 'controllable', 'intolerable']),
  complication: z.enum(['none', 'stable', 'new', 'worsened']),
});

export const enrolBody = z.strictObject({
  patientId: fields.id,
  programme: z.enum(['hypertension', 't2dm']),
  enrolledOn: z.iso.date().optional(),
});
export const fromRecordBody = z.strictObject({ recordId: fields.id });
export const transferBody = z.strictObject({ doctorId: fields.id });
export const panelQuery = z.strictObject({
  filter: z.enum(['all', 'due_week', 'overdue', 'uncontrolled', 'high_risk']).default('all'),
});

const chol = z.strictObject({ value: finite.min(0).max(2000), unit: z.enum(['mg/dL', 'mmol/L']) });
export const riskInputsBody = z.strictObject({
  onAntihypertensive: z.boolean().optional(),
  totalCholesterol: chol.optional(),
  hdlCholesterol: chol.optional(),
  waistCm: finite.min(0).max(500).optional(),
  currentSmoker: z.boolean().optional(),
  northChina: z.boolean().optional(),
  urban: z.boolean().optional(),
  familyHistoryAscvd: z.boolean().optional(),
  establishedAscvd: z.boolean().optional(),
  bmi: finite.min(0).max(200).optional(),
  familyHistoryDiabetes: z.boolean().optional(),
  diabetes: z.boolean().optional(),
});
