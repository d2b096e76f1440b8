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

  it('gives every role at least one page', () => {
    for (const items of Object.values(NAV_ITEMS)) expect(items.length).toBeGreaterThan(0);
  });
});
