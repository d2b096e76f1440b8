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

/** How the optional language model was used in the period (core metrics/summarise-model-use.ts). */
export interface ModelUse {
  drafts: {
    generated: number;
    modelConfigured: number;
    modelCalled: number;
    modelUsed: number;
    sentencesOffered: number;
    sentencesProposed: number;
    sentencesAccepted: number;
    sentencesUnchanged: number;
    sentencesRejected: number;
    sentencesUnanswered: number;
    rejections: Record<string, number>;
    droppedAtFinalVerify: number;
    acceptedInDropped: number;
    finalVerifyViolations: Record<string, number>;
    failed: number;
    failures: Record<string, number>;
  };
  prechecks: {
    finished: number;
    modelConfigured: number;
    modelCalled: number;
    modelUsed: number;
    findingsProposed: number;
    findingsAccepted: number;
    findingsRejected: number;
    rejections: Record<string, number>;
    raisedTriage: number;
    answersChanged: number;
    failed: number;
    failures: Record<string, number>;
  };
  labExplanations: {
    created: number;
    modelConfigured: number;
    modelCalled: number;
    modelUsed: number;
    sentencesOffered: number;
    sentencesAccepted: number;
    sentencesRejected: number;
    rejections: Record<string, number>;
    failed: number;
    failures: Record<string, number>;
  };
}

export interface MetricsQuery {
  from?: string;
  to?: string;
  department?: string;
  doctor?: string;
}
