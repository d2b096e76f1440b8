// Shapes of the pre-consultation API (packages/server/src/routes/precheck-routes.ts), kept by hand:
// web talks to the server over HTTP only.

export interface Bilingual {
  zh: string;
  en: string;
}

export type AnswerType = 'choice' | 'multi' | 'integer' | 'scale' | 'boolean' | 'text' | 'duration';
export type AnswerValue = string | number | boolean | string[] | null;
export type Disposition = 'emergency' | 'urgent' | 'routine' | 'self_care';

export interface QuestionView {
  linkId: string;
  type: AnswerType;
  text: Bilingual;
  options?: { code: string; text: Bilingual }[];
  min?: number;
  max?: number;
  required?: boolean;
}

export interface AnswerFlag {
  code: string;
  message: Bilingual;
}

export interface StoredAnswer {
  value: AnswerValue;
  raw?: string;
  flags?: AnswerFlag[];
}

export interface Progress {
  answered: number;
  total: number;
  percent: number;
}

export interface PatientTriage {
  disposition: Disposition;
  level?: number;
  departments: { code: string; name: Bilingual }[];
  redFlags: { id: string; label: Bilingual }[];
  reasons: Bilingual[];
  advice: Bilingual;
}

export interface PrecheckState {
  status: 'open' | 'finished';
  expiresAt: string;
  visit: { scheduledAt: string; department: { nameZh: string; nameEn: string } };
  respondent: 'self' | 'guardian';
  child: boolean;
  chiefComplaint: string | null;
  family: string | null;
  next: { question: QuestionView | null; progress: Progress; done: boolean } | null;
  progress: Progress | null;
  answered: { question: QuestionView; answer: StoredAnswer }[];
  alert: PatientTriage | null;
  result: PatientTriage | null;
}

export interface PrecheckLink {
  url: string;
  code: string;
  expiresAt: string;
}

export interface DoctorSummary {
  title: string;
  lines: string[];
  flagged: string[];
}

export interface StaffPrecheck {
  id: string;
  status: 'open' | 'finished';
  createdAt: string;
  expiresAt: string;
  updatedAt: string;
  finishedAt: string | null;
  expired: boolean;
  respondent: 'self' | 'guardian';
  chiefComplaint: string | null;
  family: string | null;
  progress: Progress | null;
  triage: (PatientTriage & { flags: AnswerFlag[] }) | null;
  summary: { zh: DoctorSummary; en: DoctorSummary } | null;
  flags: AnswerFlag[];
  sourceId: string | null;
  /** What a language model read from the free text at finish; null when none is configured. */
  llm: PrecheckModelRead | null;
}

/** One verified model finding, with the patient's own words it rests on. */
export interface ModelFinding {
  linkId: string;
  question: Bilingual;
  quote: string;
  type: 'symptom' | 'duration' | 'severity';
  concept?: string;
  label?: Bilingual;
  present?: boolean;
  value?: number;
  unit?: 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
}

export interface PrecheckModelRead {
  used: boolean;
  model: string;
  notice: (Bilingual & { code: string; reason?: string }) | null;
  raised: boolean;
  deterministicDisposition: Disposition | null;
  stats: { offered: number; returned: number; accepted: number; rejected: number };
  findings: ModelFinding[];
}
