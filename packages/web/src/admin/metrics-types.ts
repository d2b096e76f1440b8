import type { ModelUseSummary } from '@yizhu/core/metrics/summarise-model-use.ts';

/** Shape of GET /api/admin/metrics (server routes/metrics-routes.ts): aggregates only. */
export interface MetricAggregate {
  visits: number;
  medianTimeToSignMs: number | null;
  meanTimeToSignMs: number | null;
  sectionsDrafted: number;
  sectionsUnchanged: number;
  acceptedUnchangedRate: number | null;
  meanEditDistance: number | null;
  editRatio: number | null;
  conflictsFound: number;
  conflictsResolved: number;
  conflictsUnresolved: number;
  meanQcScore: number | null;
}

export interface PilotMetrics {
  from: string;
  to: string;
  filters: { department: string | null; doctor: string | null };
  departments: { id: string; nameZh: string; nameEn: string }[];
  doctors: { id: string; displayName: string; departmentId: string | null }[];
  totals: MetricAggregate;
  byDay: (MetricAggregate & { date: string })[];
  byDepartment: (MetricAggregate & { departmentId: string })[];
  byDoctor: (MetricAggregate & { doctorId: string })[];
  modelUse: ModelUse;
}

/** How the optional language model was used in the period: core computes it, the API sends it as is. */
export type ModelUse = ModelUseSummary;

export interface MetricsQuery {
  from?: string;
  to?: string;
  department?: string;
  doctor?: string;
}
