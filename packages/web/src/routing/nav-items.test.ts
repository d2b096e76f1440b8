import { describe, expect, it } from 'vitest';
import { NAV_ITEMS, resolvePage } from './nav-items.ts';

describe('resolvePage', () => {
  it('sends each role to its own home page from an unknown or foreign path', () => {
    expect(resolvePage('doctor', '/admin/users').page).toBe('todayVisits');
    expect(resolvePage('nurse', '/').page).toBe('todayVisits');
    expect(resolvePage('patient', '/visits/today').page).toBe('myVisits');
    expect(resolvePage('admin', '/me/visits').page).toBe('users');
  });

  it('keeps an allowed deep link', () => {
    expect(resolvePage('admin', '/admin/users').path).toBe('/admin/users');
  });

  it('opens a visit link for every role; the visit page itself shows not-found to those without access', () => {
    const path = '/visits/09630364-9b5c-4e86-bfc8-4e024b2d1ce0';
    for (const role of ['doctor', 'nurse', 'patient', 'admin'] as const)
      expect(resolvePage(role, path)).toMatchObject({ page: 'visitDetail', path });
    expect(resolvePage('doctor', '/visits/not-a-uuid').page).toBe('todayVisits');
  });

  it('gives every role at least one page', () => {
    for (const items of Object.values(NAV_ITEMS)) expect(items.length).toBeGreaterThan(0);
  });
});
