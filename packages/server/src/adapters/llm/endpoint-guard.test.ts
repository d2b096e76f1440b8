import { describe, expect, it } from 'vitest';
import { checkEndpoint, isLocalAddress } from './endpoint-guard.ts';

describe('isLocalAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.10', true],
    ['169.254.1.1', true],
    ['100.64.0.1', true],
    ['8.8.8.8', false],
    ['47.94.1.1', false],
    ['::1', true],
    ['fd12:3456::1', true],
    ['fe80::1', true],
    ['::ffff:192.168.0.2', true],
    ['::ffff:8.8.8.8', false],
    ['2400:3200::1', false],
    ['not-an-ip', false],
  ])('%s → %s', (ip, local) => expect(isLocalAddress(ip)).toBe(local));
});

describe('checkEndpoint', () => {
  const resolver = (table: Record<string, string[]>) => async (host: string) => {
    const r = table[host];
    if (!r) throw new Error('ENOTFOUND');
    return r;
  };
  const dns = resolver({
    'llm.hospital.local': ['192.168.10.5'],
    'api.deepseek.com': ['101.1.2.3'],
    'rebind.example': ['10.0.0.1', '93.184.216.34'],
  });

  it('hospital mode accepts private addresses and names that resolve only to them', async () => {
    expect(await checkEndpoint('http://10.0.0.5:8000/v1', 'hospital', dns)).toEqual({ ok: true });
    expect(await checkEndpoint('http://[::1]:8000/v1', 'hospital', dns)).toEqual({ ok: true });
    expect(await checkEndpoint('http://llm.hospital.local/v1', 'hospital', dns)).toEqual({ ok: true });
  });

  it('hospital mode refuses public addresses, names resolving to any public address, and unknown names', async () => {
    expect(await checkEndpoint('https://8.8.8.8/v1', 'hospital', dns)).toEqual({
      ok: false,
      reason: 'endpoint_not_local',
    });
    expect(await checkEndpoint('https://api.deepseek.com/v1', 'hospital', dns)).toEqual({
      ok: false,
      reason: 'endpoint_not_local',
    });
    expect(await checkEndpoint('https://rebind.example/v1', 'hospital', dns)).toEqual({
      ok: false,
      reason: 'endpoint_not_local',
    });
    expect(await checkEndpoint('https://nowhere.invalid/v1', 'hospital', dns)).toEqual({
      ok: false,
      reason: 'endpoint_unresolvable',
    });
  });

  it('de-identify mode allows any endpoint', async () => {
    expect(await checkEndpoint('https://api.deepseek.com/v1', 'deidentify', dns)).toEqual({ ok: true });
  });
});
