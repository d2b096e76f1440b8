import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has working defaults: port 8080, embedded database, China hospital password profile', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 8080,
      databaseUrl: undefined,
      dataDir: '.yizhu-data',
      sessionIdleMs: 30 * 60_000,
      sessionMaxMs: 12 * 3_600_000,
      lockoutAttempts: 5,
      lockoutMs: 15 * 60_000,
    });
    expect(c.passwordPolicy.profile).toBe('china-hospital');
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(8080);
  });

  it('names every bad variable on its own line without echoing secrets', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://user:s3cret@db/x',
        YIZHU_SESSION_IDLE_MINUTES: '90',
        LOG_LEVEL: 'loud',
      });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const e = err as ConfigError;
      expect(e.problems.map((p) => p.split(':')[0]).sort()).toEqual([
        'DATABASE_URL',
        'LOG_LEVEL',
        'PORT',
        'YIZHU_SESSION_IDLE_MINUTES',
      ]);
      expect(e.message).not.toContain('s3cret');
    }
  });

  it('refuses an idle timeout above 30 minutes and a lockout shorter than 15', () => {
    expect(() => loadConfig({ YIZHU_SESSION_IDLE_MINUTES: '31' })).toThrow(ConfigError);
    expect(() => loadConfig({ YIZHU_LOCKOUT_MINUTES: '5' })).toThrow(ConfigError);
  });
});
