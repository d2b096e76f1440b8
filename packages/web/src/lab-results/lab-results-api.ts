import { apiRequest } from '../api/api-client.ts';

// Shape of GET /api/me/lab-explanations (server routes/lab-explanation-routes.ts), kept by hand.

export interface Bilingual {
  zh: string;
  en: string;
}

export interface PatientLabResult {
  name: Bilingual;
  /** Null when the doctor will check the value; no number is shown then. */
  value: Bilingual | null;
  unit: string | null;
  range: Bilingual | null;
  flag: 'high' | 'low' | 'abnormal' | 'normal' | null;
  toCheck: boolean;
}

export interface PatientLabExplanation {
  id: string;
  visitId: string;
  visitDate: string;
  approvedAt: string;
  sentences: ({ kind: 'intro' | 'item' | 'discuss' | 'check' | 'closing' } & Bilingual)[];
  results: PatientLabResult[];
}

/** Only explanations a doctor approved ever come back (the server selects nothing else). */
export const getMyLabExplanations = () =>
  apiRequest<{ explanations: PatientLabExplanation[] }>('GET', '/api/me/lab-explanations');
