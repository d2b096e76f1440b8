import type { IsoDate } from './calendar-date.ts';

/** Office or home blood pressure in mmHg. */
export interface BloodPressure {
  systolic: number;
  diastolic: number;
}

/** Glucose always travels with its unit: a bare number is how mg/dL ends up read as mmol/L. */
export interface GlucoseReading {
  value: number;
  unit: 'mmol/L' | 'mg/dL';
}

export type AdverseReaction = 'none' | 'controllable' | 'intolerable';
/** stable = known complication, unchanged; new/worsened trigger referral. */
export type ComplicationStatus = 'none' | 'stable' | 'new' | 'worsened';
/** 随访分类: 控制满意 / 控制不满意 / 不良反应 / 并发症. */
export type VisitClassification = 'controlled' | 'uncontrolled' | 'adverse_reaction' | 'complication';

/** One follow-up visit as recorded on the 随访 form. Absent = not recorded (never "normal"). */
export interface FollowupVisitInput {
  visitDate: IsoDate;
  ageYears: number;
  bp?: BloodPressure;
  fastingGlucose?: GlucoseReading;
  heartRate?: number;
  /** Whether a heart rate above the threshold persisted on re-check (diabetes urgent criterion). */
  heartRatePersistent?: boolean;
  temperatureC?: number;
  /** Danger-sign codes from the protocols' vocabularies (see knownDangerSymptomCodes). */
  dangerSymptoms?: readonly string[];
  pregnantOrLactating?: boolean;
  /** Clinician judgement that BP/glucose is above normal for pregnancy or lactation. */
  aboveNormalForPregnancy?: boolean;
  adverseReaction?: AdverseReaction;
  complication?: ComplicationStatus;
  /** The previous visit's classification(s); 'none' for the first visit after enrolment. */
  previous?: 'none' | VisitClassification | readonly VisitClassification[];
}

export const VISIT_CLASSIFICATION_LABELS: Readonly<Record<VisitClassification, { zh: string; en: string }>> =
  {
    controlled: { zh: '控制满意', en: 'controlled' },
    uncontrolled: { zh: '控制不满意', en: 'uncontrolled' },
    adverse_reaction: { zh: '不良反应', en: 'adverse drug reaction' },
    complication: { zh: '并发症', en: 'complication' },
  };
