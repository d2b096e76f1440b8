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
