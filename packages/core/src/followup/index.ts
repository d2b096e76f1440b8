// Public API of the follow-up core (server jobs, routes and the eval harness import from here).
export { addDays, ageOn, daysBetween, isIsoDate, type IsoDate } from './calendar-date.ts';
export type {
  DiabetesProtocol,
  FollowupProtocol,
  HypertensionProtocol,
  Marked,
  Programme,
  Verification,
} from './protocol.ts';
export { HYPERTENSION_NBPHS_2017 } from './protocols/hypertension-nbphs-2017.ts';
export { T2DM_NBPHS_2017 } from './protocols/t2dm-nbphs-2017.ts';
export {
  CURRENT_PROTOCOL,
  FOLLOWUP_PROTOCOLS,
  getFollowupProtocol,
  knownDangerSymptomCodes,
} from './protocols/protocol-registry.ts';
export {
  VISIT_CLASSIFICATION_LABELS,
  type AdverseReaction,
  type BloodPressure,
  type ComplicationStatus,
  type FollowupVisitInput,
  type GlucoseReading,
  type VisitClassification,
} from './visit-input.ts';
export { checkBloodPressure, GLUCOSE_MGDL_PER_MMOL, normaliseGlucose } from './check-measurements.ts';
export type { DecisionReason } from './find-urgent-referral-reasons.ts';
export {
  assessVisit,
  controlTargetFor,
  type ControlTarget,
  type FollowupAction,
  type NextContactKind,
  type VisitAssessment,
} from './assess-visit.ts';
export { planFollowupYear, type YearPlan, type YearPlanInput } from './plan-followup-year.ts';
export {
  followupTaskStatus,
  type FollowupTaskRef,
  type FollowupTaskState,
  type FollowupTaskStatus,
} from './followup-task-status.ts';
export {
  enrolmentForDiagnosis,
  enrolmentsForDiagnoses,
  type EnrolmentProposal,
} from './enrolment-for-diagnosis.ts';
export {
  managementKpis,
  type ManagementKpis,
  type PanelPatient,
  type PanelVisit,
} from './management-kpis.ts';
export {
  CHECK_IN_LINK_IDS,
  summariseSinceLastVisit,
  type CheckIn,
  type CheckInField,
  type SinceLastVisitSummary,
  type SummaryFlag,
} from './summarise-since-last-visit.ts';
export { protocolRuleMarks, type RuleMarkEntry } from './unverified-rules.ts';
