// Fusion of a visit's sources and cross-checking (pure).
export type {
  VisitSource,
  FusedFact,
  ContradictionType,
  Severity,
  ContradictionSide,
  Contradiction,
  SourceSummary,
  FusionResult,
} from './fusion-types.ts';
export { SOURCE_LABEL } from './fusion-types.ts';
export { fuseVisit, EXPECTED_SOURCES } from './fuse-visit.ts';
export type { FuseOptions } from './fuse-visit.ts';
export { labObservationToFact } from './lab-observation-to-fact.ts';
export { isImplausibleVital } from './detect-implausible-vitals.ts';
export { VITAL_PLAUSIBILITY, BP_PLAUSIBILITY } from './vital-plausibility.data.ts';
export { CONTRADICTION_TEXT } from './contradiction-text.data.ts';
export { formatDuration, describeFact } from './format-fact.ts';
