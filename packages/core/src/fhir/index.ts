// EMR history import (FHIR R4 Bundle → facts with fhir evidence). Pure.
export type {
  FhirIssue,
  FhirIssueReason,
  PatientSummary,
  EncounterSummary,
  FhirImportResult,
} from './fhir-import-result.ts';
export { importFhirBundle } from './import-fhir-bundle.ts';
export type { ImportFhirOptions } from './import-fhir-bundle.ts';
// FHIR R4 output: mappers for the /fhir API and the signed-record document export.
export * from './fhir-resource.ts';
export * from './fhir-search-date.ts';
export * from './loinc-sections.data.ts';
export * from './to-fhir-clinical.ts';
export * from './to-fhir-audit-event.ts';
export * from './to-fhir-document.ts';
export * from './cited-observations.ts';
