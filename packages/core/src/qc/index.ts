// Outpatient record quality control: rules as data, one runner (pure).
export type { QcSeverity, QcCheck, QcRule } from './qc-rules.data.ts';
export { QC_RULES } from './qc-rules.data.ts';
export { DIAGNOSIS_SUPPORT } from './diagnosis-support.data.ts';
export type { DiagnosisSupport } from './diagnosis-support.data.ts';
export { runQc } from './run-qc.ts';
export type { QcFinding, QcPatient, QcReport, QcOptions } from './run-qc.ts';
