import { describe, expect, it } from 'vitest';
import { resolvePage } from '../routing/nav-items.ts';
import { isPrecheckPath, tokenFromPath, visitIdFromPath } from './precheck-paths.ts';

const TOKEN = 'A'.repeat(20) + 'b_-'.repeat(7) + '12';

describe('pre-consultation paths', () => {
  it('recognises the public pages', () => {
    expect(isPrecheckPath('/p')).toBe(true);
    expect(isPrecheckPath(`/p/${TOKEN}`)).toBe(true);
    expect(isPrecheckPath('/patients')).toBe(false);
    expect(isPrecheckPath('/visits/today')).toBe(false);
  });

  it('takes only a well-formed token from the path', () => {
    expect(TOKEN).toHaveLength(43);
    expect(tokenFromPath(`/p/${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromPath(`/p/${TOKEN}x`)).toBeNull();
    expect(tokenFromPath('/p/short')).toBeNull();
    expect(tokenFromPath('/p/<script>')).toBeNull();
  });

  it('reads a visit id but not the today list', () => {
    expect(visitIdFromPath('/visits/today')).toBeNull();
    expect(visitIdFromPath('/visits/0b6e6e00-1111-4222-8333-944445555666')).toBe(
      '0b6e6e00-1111-4222-8333-944445555666',
    );
  });
});

describe('visit detail route', () => {
  const path = '/visits/0b6e6e00-1111-4222-8333-944445555666';
  it('opens for clinicians by link', () => {
    expect(resolvePage('doctor', path)).toMatchObject({ page: 'visitDetail', path });
    expect(resolvePage('nurse', path).page).toBe('visitDetail');
    expect(resolvePage('doctor', '/visits/not-a-uuid').page).toBe('todayVisits');
  });
});
