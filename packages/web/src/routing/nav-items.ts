import type { Role } from '../api/types.ts';

export type NavKey = 'nav.todayVisits' | 'nav.myVisits' | 'nav.users';
export type PageId = 'todayVisits' | 'myVisits' | 'users';

export interface NavItem {
  page: PageId;
  path: string;
  labelKey: NavKey;
}

const TODAY: NavItem = { page: 'todayVisits', path: '/visits/today', labelKey: 'nav.todayVisits' };
const MINE: NavItem = { page: 'myVisits', path: '/me/visits', labelKey: 'nav.myVisits' };
const USERS: NavItem = { page: 'users', path: '/admin/users', labelKey: 'nav.users' };

/**
 * What each role may open. This only shapes the menu: the server's access policies decide what data
 * comes back, so hiding a link here is convenience, not security.
 */
export const NAV_ITEMS: Record<Role, readonly NavItem[]> = {
  doctor: [TODAY],
  nurse: [TODAY],
  patient: [MINE],
  admin: [USERS],
};

/** The page for a path if the role may see it; otherwise the role's home page. */
export function resolvePage(role: Role, path: string): NavItem {
  const items = NAV_ITEMS[role];
  return items.find((i) => i.path === path) ?? (items[0] as NavItem);
}
