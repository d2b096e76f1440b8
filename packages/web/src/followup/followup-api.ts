import { apiRequest } from '../api/api-client.ts';
import { ApiError, problemToError } from '../api/api-error.ts';
import type { KpiLine, Notification, PanelFilter, PanelRow, PatientFollowup } from './followup-types.ts';

export const getPanel = (filter: PanelFilter) =>
  apiRequest<{ today: string; filter: PanelFilter; rows: PanelRow[] }>(
    'GET',
    `/api/followup/panel?filter=${encodeURIComponent(filter)}`,
  );
export const getKpis = () => apiRequest<{ kpis: KpiLine[] }>('GET', '/api/followup/kpis');
export const getPatientFollowup = (id: string) =>
  apiRequest<PatientFollowup>('GET', `/api/followup/patients/${encodeURIComponent(id)}`);
export const createCheckinLink = (id: string) =>
  apiRequest<{ path: string; expiresAt: string }>(
    'POST',
    `/api/followup/patients/${encodeURIComponent(id)}/checkin-links`,
    {},
  );
export const getNotifications = () =>
  apiRequest<{ notifications: Notification[] }>('GET', '/api/notifications');
export const markNotificationRead = (id: string) =>
  apiRequest<void>('POST', `/api/notifications/${encodeURIComponent(id)}/read`);

/**
 * The patient's check-in page: the link token goes in the body, and no cookie is sent, so a staff
 * session on a shared computer never lends itself to the patient page.
 */
async function linkPost<T>(path: string, body: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      credentials: 'omit',
      cache: 'no-store',
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network');
  }
  const parsed: unknown = await res.json().catch(() => undefined);
  if (res.ok) return parsed as T;
  throw problemToError(res.status, parsed);
}

export interface CheckinForm {
  today: string;
  programmes: ('hypertension' | 't2dm')[];
  symptoms: { code: string; zh: string; en: string }[];
}
export const getCheckinForm = (token: string) => linkPost<CheckinForm>('/api/checkin/form', { token });
export const submitCheckin = (body: Record<string, unknown>) =>
  linkPost<{ status: 'recorded' | 'duplicate'; urgent: boolean; flags: string[] }>('/api/checkin', body);
