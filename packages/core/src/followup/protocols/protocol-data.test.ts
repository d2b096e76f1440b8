import { describe, expect, it } from 'vitest';
import { FOLLOWUP_PROTOCOLS, getFollowupProtocol } from './protocol-registry.ts';
import { protocolRuleMarks } from '../unverified-rules.ts';
import { YizhuError } from '../../errors/index.ts';

describe('follow-up protocol data', () => {
  it.each(FOLLOWUP_PROTOCOLS.map((p) => [p.id, p] as const))(
    '%s names its source, version and licence',
    (_id, p) => {
      expect(p.source.citation).toMatch(/2017/);
      expect(p.source.licence.length).toBeGreaterThan(0);
      expect(p.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(p.schedule.minFaceToFacePerYear.value).toBe(4);
      expect(p.schedule.recheckWithinDays.value).toBe(14);
      expect(p.schedule.referralFollowUpWithinDays.value).toBe(14);
      // 4 routine intervals must fit in a year, or "≥4 a year" is not met by routine scheduling alone.
      expect(
        p.schedule.routineIntervalDays.value * p.schedule.minFaceToFacePerYear.value,
      ).toBeLessThanOrEqual(365);
    },
  );

  it('marks the rules the spec calls unverified', () => {
    const htn = protocolRuleMarks(getFollowupProtocol('hypertension-nbphs-2017'), ['U']).map((m) => m.path);
    expect(htn).toEqual(
      expect.arrayContaining([
        'urgent.pregnancyNormalBelow',
        'kpi.standardManagement',
        'kpi.control',
        'enrolment.codes.I15',
      ]),
    );
    const dm = protocolRuleMarks(getFollowupProtocol('t2dm-nbphs-2017'), ['U']).map((m) => m.path);
    expect(dm).toEqual(
      expect.arrayContaining(['urgent.pregnancyFastingGlucoseAtLeast', 'kpi.control', 'enrolment.codes.E14']),
    );
    // Boundary inclusivity is [U] in the spec: every threshold carrying it says so.
    for (const p of FOLLOWUP_PROTOCOLS) {
      expect(p.urgent.systolicAtLeast.note).toMatch(/\[U\]/);
    }
  });

  it('unknown protocol id is not found', () => {
    expect(() => getFollowupProtocol('nope')).toThrow(YizhuError);
  });
});
