// Shapes of the follow-up API (server routes/followup-routes.ts).
export type Programme = 'hypertension' | 't2dm';
export type PanelFilter = 'all' | 'due_week' | 'overdue' | 'uncontrolled' | 'high_risk';

export interface PanelRow {
  enrolmentId: string;
  patient: { id: string; name: string; sex: string; birthDate: string };
  programme: Programme;
  controlStatus: 'controlled' | 'uncontrolled' | 'unknown' | 'implausible';
  lastClassification: string | null;
  task: {
    dueDate: string;
    kind: string;
    state: 'upcoming' | 'due' | 'overdue';
    escalationLevel: number;
  } | null;
  riskBand: 'low' | 'medium' | 'high' | null;
}

export interface KpiLine {
  scope: 'doctor' | 'clinic';
  doctorId: string | null;
  doctorName: string | null;
  programme: Programme;
  managed: number;
  standardManaged: number;
  standardManagementRate: number | null;
  controlled: number;
  controlRate: number | null;
}

export interface Notification {
  id: string;
  kind: string;
  severity: 'info' | 'warning' | 'urgent';
  patientId: string | null;
  zh: string;
  en: string;
  createdAt: string;
  read: boolean;
}

export interface Point {
  date: string;
  value: number;
  source: string;
}

type Bilingual = { zh: string; en: string };
export type RiskOutcome =
  | {
      computed: true;
      band: string;
      bandLabel?: Bilingual;
      risk10Percent?: number;
      score?: number;
      inputsUsed: Record<string, unknown>;
    }
  | { computed: false; missing: string[]; reasons: Bilingual[] };

export interface PatientFollowup {
  patient: { id: string; name: string; sex: string; birthDate: string };
  enrolments: {
    id: string;
    programme: Programme;
    status: string;
    enrolledOn: string;
    controlStatus: PanelRow['controlStatus'];
    doctorName: string;
    task: { dueDate: string; kind: string; escalationLevel: number } | null;
  }[];
  trend: {
    bp: { date: string; systolic: number; diastolic: number; source: string }[];
    fastingGlucose: Point[];
    hba1c: Point[];
    weight: Point[];
    checkins: {
      id: string;
      measuredOn: string;
      source: 'patient_link' | 'face_to_face';
      bp: { systolic: number; diastolic: number } | null;
      glucose: { value: number; unit: string } | null;
      flags: { code: string }[];
      urgent: boolean;
    }[];
  };
  risk: { chinaPar: RiskOutcome; cdrs: RiskOutcome };
}
