import { describe, expect, it } from 'vitest';
import { assertKnownVitals, loadVignettes } from './load-vignettes.ts';

describe('triage vignette loading', () => {
  it('rejects a vital the engine would silently ignore', () => {
    expect(() => assertKnownVitals('x.json', [{ id: 'a', vitals: { systolicBP: 185 } }])).toThrow(
      'x.json a: unknown vital "systolicBP"',
    );
    expect(() =>
      assertKnownVitals('x.json', [{ id: 'a', vitals: { systolicBp: 185, spo2: 95 } }]),
    ).not.toThrow();
  });
  it('every committed vignette file loads, with known vitals only', () => {
    const { vignettes } = loadVignettes();
    expect(vignettes.filter((v) => v.source === 'own').length).toBeGreaterThan(4000);
  });
});
