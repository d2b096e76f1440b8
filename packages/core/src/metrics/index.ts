// Pilot metrics (pure): edit distance and per-visit figures of signed visits; AI model use.
export { editDistance } from './edit-distance.ts';
export { computeVisitMetrics, type VisitMetrics, type VisitMetricsInput } from './visit-metrics.ts';
export {
  summariseModelUse,
  type DraftModelRecord,
  type LabExplanationModelRecord,
  type ModelUseInput,
  type ModelUseSummary,
  type PrecheckModelRecord,
} from './summarise-model-use.ts';
