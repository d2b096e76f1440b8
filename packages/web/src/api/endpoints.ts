import { apiRequest } from './api-client.ts';
import type { AdminUser, Department, NewUser, Session, Visit } from './types.ts';
import type { PrecheckLink, StaffPrecheck } from '../precheck/precheck-types.ts';
import type { MetricsQuery, PilotMetrics } from '../admin/metrics-types.ts';

// One function per endpoint so pages never spell URLs or HTTP methods themselves.

export const getSession = () => apiRequest<Session>('GET', '/api/auth/session');

export const login = (username: string, password: string, totp?: string) =>
  apiRequest<Session>(
    'POST',
    '/api/auth/login',
    totp ? { username, password, totp } : { username, password },
  );

export const logout = () => apiRequest<void>('POST', '/api/auth/logout');

export const getTodayVisits = () => apiRequest<{ visits: Visit[] }>('GET', '/api/visits/today');

export const getMyVisits = () => apiRequest<{ visits: Visit[] }>('GET', '/api/me/visits');

export const listDepartments = () =>
  apiRequest<{ departments: Department[] }>('GET', '/api/admin/departments');

export const listUsers = () => apiRequest<{ users: AdminUser[] }>('GET', '/api/admin/users');

export const createUser = (user: NewUser) =>
  apiRequest<{ user: AdminUser }>('POST', '/api/admin/users', user);

export const disableUser = (id: string) =>
  apiRequest<void>('POST', `/api/admin/users/${encodeURIComponent(id)}/disable`);

// Pre-consultation (issue 7), staff side; the patient side is in precheck/precheck-api.ts.
export const createPrecheckLink = (visitId: string) =>
  apiRequest<PrecheckLink>('POST', `/api/visits/${encodeURIComponent(visitId)}/precheck`);

export const getVisitPrecheck = (visitId: string) =>
  apiRequest<{ precheck: StaffPrecheck | null }>(
    'GET',
    `/api/visits/${encodeURIComponent(visitId)}/precheck`,
  );

export const getVisit = (visitId: string) =>
  apiRequest<{ visit: Visit }>('GET', `/api/visits/${encodeURIComponent(visitId)}`);

// Pilot metrics (issue 6): aggregates for administrators.
export const getPilotMetrics = (q: MetricsQuery) =>
  apiRequest<PilotMetrics>(
    'GET',
    `/api/admin/metrics?${new URLSearchParams(q as Record<string, string>).toString()}`,
  );
