import { describe, expect, it } from 'vitest';
import { splitOf } from './load-vignettes.ts';
import { scoreTriage } from './score-triage.ts';

describe('scoreTriage', () => {
  it('counts under-triaged emergencies, safety and over-triage', () => {
    const s = scoreTriage([
      {
        id: 'a',
        gold: { disposition: 'emergency', department: 'emergency' },
        predicted: 'urgent',
        departments: ['cardiology'],
        trap: true,
      },
      {
        id: 'b',
        gold: { disposition: 'routine', department: 'ent' },
        predicted: 'urgent',
        departments: ['general_internal', 'ent'],
      },
      {
        id: 'c',
        gold: { disposition: 'self_care', department: 'ent' },
        predicted: 'self_care',
        departments: ['ent'],
      },
    ]);
    expect(s.underTriagedEmergencies).toBe(1);
    expect(s.emergencyRecall).toBe(0);
    expect(s.safety).toBe(66.7);
    expect(s.overTriage).toBe(33.3);
    expect(s.exact).toBe(33.3);
    expect(s.deptTop1).toBe(33.3);
    expect(s.deptTop2).toBe(66.7);
    expect(s.trapsCaught).toBe('0/1');
  });

  it('splits deterministically', () => {
    expect(splitOf('zh-001')).toBe(splitOf('zh-001'));
  });
});
