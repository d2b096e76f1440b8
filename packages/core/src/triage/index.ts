export * from './triage-types.ts';
export { triage } from './triage.ts';
export { cnLevelFromVitals, hasAnyVital, type VitalGrade } from './cn-level-from-vitals.ts';
export { CN_VITAL_BANDS } from './cn-vital-thresholds.data.ts';
export { DEPARTMENTS } from './departments.data.ts';
export { findConcepts, normaliseText, type ConceptFindings } from './find-concepts.ts';
export { SYMPTOM_LEXICON, CONCEPT_IDS, conceptDef } from './symptom-lexicon.ts';
export type { ConceptDef } from './concept-def.ts';
export { containsDiagnosisWord } from './diagnosis-words.data.ts';
