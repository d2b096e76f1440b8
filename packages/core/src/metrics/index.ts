// Pilot metrics of signed visits (pure): edit distance and per-visit figures.
export { editDistance } from './edit-distance.ts';
export { computeVisitMetrics, type VisitMetrics, type VisitMetricsInput } from './visit-metrics.ts';
