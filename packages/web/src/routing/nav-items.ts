import type { Role } from '../api/types.ts';

export type NavKey =
  'nav.todayVisits' | 'nav.myVisits' | 'nav.labResults' | 'nav.users' | 'nav.followup' | 'nav.metrics';
export type PageId =
  'todayVisits' | 'myVisits' | 'myLabResults' | 'users' | 'visitDetail' | 'followupPanel' | 'metrics';

export interface NavItem {
  page: PageId;
  path: string;
  labelKey: NavKey;
}

const TODAY: NavItem = { page: 'todayVisits', path: '/visits/today', labelKey: 'nav.todayVisits' };
const MINE: NavItem = { page: 'myVisits', path: '/me/visits', labelKey: 'nav.myVisits' };
export const LAB_RESULTS: NavItem = {
  page: 'myLabResults',
  path: '/me/lab-results',
  labelKey: 'nav.labResults',
};
const FOLLOWUP: NavItem = { page: 'followupPanel', path: '/followup', labelKey: 'nav.followup' };
const USERS: NavItem = { page: 'users', path: '/admin/users', labelKey: 'nav.users' };
const METRICS: NavItem = { page: 'metrics', path: '/admin/metrics', labelKey: 'nav.metrics' };

/**
 * What each role may open. This only shapes the menu: the server's access policies decide what data
 * comes back, so hiding a link here is convenience, not security.
 */
export const NAV_ITEMS: Record<Role, readonly NavItem[]> = {
  doctor: [TODAY, FOLLOWUP],
  nurse: [TODAY],
  patient: [MINE, LAB_RESULTS],
  admin: [USERS, METRICS],
};

/** The page for a path if the role may see it; otherwise the role's home page. */
// A visit's own page (/visits/<uuid>) is reachable by link, without a menu entry. Every role lands on
// it, so a patient or admin opening the URL sees "not found" rather than being silently redirected.
const VISIT_PATH = /^\/visits\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function resolvePage(role: Role, path: string): NavItem {
  if (VISIT_PATH.test(path)) return { page: 'visitDetail', path, labelKey: 'nav.todayVisits' };
  const items = NAV_ITEMS[role];
  return items.find((i) => i.path === path) ?? (items[0] as NavItem);
}
