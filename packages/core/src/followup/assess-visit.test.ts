import { describe, expect, it } from 'vitest';
import { assessVisit } from './assess-visit.ts';
import { HYPERTENSION_NBPHS_2017 as HTN } from './protocols/hypertension-nbphs-2017.ts';
import { T2DM_NBPHS_2017 as DM } from './protocols/t2dm-nbphs-2017.ts';
import type { FollowupVisitInput } from './visit-input.ts';
import { YizhuError } from '../errors/index.ts';

const visitDate = '2025-03-10';
const in14 = '2025-03-24';
const in90 = '2025-06-08';

/**
 * Spec §3.3 decision vectors, values verbatim. Where a vector leaves a form field unstated that the
 * decision needs (ADR / complication / previous), the test fills the form's "none" answer and says so.
 * DM vectors give no age; 60 is used (no diabetes rule depends on age).
 */
const vectors: {
  id: string;
  protocol: typeof HTN | typeof DM;
  input: FollowupVisitInput;
  action: string;
  classification: string | null;
  next: { kind: string; dueDate: string };
  reason?: string;
}[] = [
  {
    id: 'HTN-1 58 y, BP 186/98 → urgent referral; referral follow-up ≤14 d',
    protocol: HTN,
    input: { visitDate, ageYears: 58, bp: { systolic: 186, diastolic: 98 } },
    action: 'urgent_referral',
    classification: 'uncontrolled',
    next: { kind: 'referral_follow_up', dueDate: in14 },
    reason: 'bp_severe',
  },
  {
    id: 'HTN-2 58 y, BP 150/92, previous controlled, no ADR → first uncontrolled, ≤14 d',
    protocol: HTN,
    input: {
      visitDate,
      ageYears: 58,
      bp: { systolic: 150, diastolic: 92 },
      previous: 'controlled',
      adverseReaction: 'none',
      complication: 'none' /* unstated */,
    },
    action: 'adjust_and_recheck',
    classification: 'uncontrolled',
    next: { kind: 'recheck', dueDate: in14 },
    reason: 'uncontrolled_first',
  },
  {
    id: 'HTN-3 58 y, BP 146/88, previous also uncontrolled → refer, ≤14 d',
    protocol: HTN,
    input: {
      visitDate,
      ageYears: 58,
      bp: { systolic: 146, diastolic: 88 },
      previous: 'uncontrolled',
      adverseReaction: 'none' /* unstated */,
      complication: 'none' /* unstated */,
    },
    action: 'refer',
    classification: 'uncontrolled',
    next: { kind: 'referral_follow_up', dueDate: in14 },
    reason: 'uncontrolled_twice',
  },
  {
    id: 'HTN-4 70 y, BP 145/85, no ADR/complication → 控制满意 (≥65: <150/90), routine',
    protocol: HTN,
    input: {
      visitDate,
      ageYears: 70,
      bp: { systolic: 145, diastolic: 85 },
      adverseReaction: 'none',
      complication: 'none',
    },
    action: 'routine',
    classification: 'controlled',
    next: { kind: 'routine', dueDate: in90 },
    reason: 'controlled',
  },
  {
    id: 'HTN-5 45 y, BP 132/84, pregnant, "BP above normal" → urgent referral',
    protocol: HTN,
    input: {
      visitDate,
      ageYears: 45,
      bp: { systolic: 132, diastolic: 84 },
      pregnantOrLactating: true,
      aboveNormalForPregnancy: true,
    },
    action: 'urgent_referral',
    classification: null, // 132/84 is on the general target, but ADR/complication were not recorded
    next: { kind: 'referral_follow_up', dueDate: in14 },
    reason: 'pregnancy_bp_above_normal',
  },
  {
    id: 'DM-1 FPG 17.2 → urgent referral (≥16.7)',
    protocol: DM,
    input: { visitDate, ageYears: 60, fastingGlucose: { value: 17.2, unit: 'mmol/L' } },
    action: 'urgent_referral',
    classification: 'uncontrolled',
    next: { kind: 'referral_follow_up', dueDate: in14 },
    reason: 'glucose_high',
  },
  {
    id: 'DM-2 FPG 3.6 → urgent referral (≤3.9)',
    protocol: DM,
    input: { visitDate, ageYears: 60, fastingGlucose: { value: 3.6, unit: 'mmol/L' } },
    action: 'urgent_referral',
    classification: null, // below 7.0 but hypoglycaemia is not 控制满意, and ADR/complication unknown
    next: { kind: 'referral_follow_up', dueDate: in14 },
    reason: 'glucose_low',
  },
  {
    id: 'DM-3 FPG 7.4, previous controlled → first uncontrolled, re-visit at 2 weeks',
    protocol: DM,
    input: {
      visitDate,
      ageYears: 60,
      fastingGlucose: { value: 7.4, unit: 'mmol/L' },
      previous: 'controlled',
      adverseReaction: 'none' /* unstated */,
      complication: 'none' /* unstated */,
    },
    action: 'adjust_and_recheck',
    classification: 'uncontrolled',
    next: { kind: 'recheck', dueDate: in14 },
    reason: 'uncontrolled_first',
  },
  {
    id: 'DM-4 FPG 6.2, no ADR → 控制满意, next quarterly visit',
    protocol: DM,
    input: {
      visitDate,
      ageYears: 60,
      fastingGlucose: { value: 6.2, unit: 'mmol/L' },
      adverseReaction: 'none',
      complication: 'none' /* unstated */,
    },
    action: 'routine',
    classification: 'controlled',
    next: { kind: 'routine', dueDate: in90 },
    reason: 'controlled',
  },
  {
    id: 'DM-5 FPG 8.1, HR 112 persistent → urgent referral (HR >100 persistent)',
    protocol: DM,
    input: {
      visitDate,
      ageYears: 60,
      fastingGlucose: { value: 8.1, unit: 'mmol/L' },
      heartRate: 112,
      heartRatePersistent: true,
    },
    action: 'urgent_referral',
    classification: 'uncontrolled',
    next: { kind: 'referral_follow_up', dueDate: in14 },
    reason: 'tachycardia_persistent',
  },
];

describe('assessVisit — spec §3.3 decision vectors', () => {
  it.each(vectors)('$id', (v) => {
    const a = assessVisit(v.protocol, v.input);
    expect(a.action).toBe(v.action);
    expect(a.classification).toBe(v.classification);
    expect(a.nextContact.kind).toBe(v.next.kind);
    expect(a.nextContact.dueDate).toBe(v.next.dueDate);
    expect(a.nextContact.withinDays).toBeLessThanOrEqual(v.next.kind === 'routine' ? 90 : 14);
    if (v.reason) expect(a.reasons.map((x) => x.code)).toContain(v.reason);
    expect(a.protocol).toEqual({ id: v.protocol.id, version: v.protocol.version });
  });

  it('HTN-5 also triggers from the values alone (132/84 ≥ 120/80 in pregnancy), rule marked U', () => {
    const a = assessVisit(HTN, {
      visitDate,
      ageYears: 45,
      bp: { systolic: 132, diastolic: 84 },
      pregnantOrLactating: true,
    });
    expect(a.action).toBe('urgent_referral');
    expect(a.reasons[0]).toMatchObject({ code: 'pregnancy_bp_above_normal', verification: 'U' });
  });
});

describe('assessVisit — boundaries (spec convention: ≥/≤ inclusive, controlled strict <)', () => {
  const full = { visitDate, adverseReaction: 'none', complication: 'none', previous: 'none' } as const;
  it.each([
    [HTN, { ...full, ageYears: 58, bp: { systolic: 180, diastolic: 100 } }, 'urgent_referral'],
    [HTN, { ...full, ageYears: 58, bp: { systolic: 170, diastolic: 110 } }, 'urgent_referral'],
    [HTN, { ...full, ageYears: 58, bp: { systolic: 179, diastolic: 109 } }, 'adjust_and_recheck'],
    [HTN, { ...full, ageYears: 58, bp: { systolic: 140, diastolic: 80 } }, 'adjust_and_recheck'],
    [HTN, { ...full, ageYears: 58, bp: { systolic: 139, diastolic: 89 } }, 'routine'],
    [HTN, { ...full, ageYears: 58, bp: { systolic: 130, diastolic: 90 } }, 'adjust_and_recheck'],
    [HTN, { ...full, ageYears: 64, bp: { systolic: 145, diastolic: 85 } }, 'adjust_and_recheck'],
    [HTN, { ...full, ageYears: 65, bp: { systolic: 149, diastolic: 89 } }, 'routine'],
    [HTN, { ...full, ageYears: 65, bp: { systolic: 150, diastolic: 85 } }, 'adjust_and_recheck'],
    [DM, { ...full, ageYears: 60, fastingGlucose: { value: 16.7, unit: 'mmol/L' } }, 'urgent_referral'],
    [DM, { ...full, ageYears: 60, fastingGlucose: { value: 16.6, unit: 'mmol/L' } }, 'adjust_and_recheck'],
    [DM, { ...full, ageYears: 60, fastingGlucose: { value: 3.9, unit: 'mmol/L' } }, 'urgent_referral'],
    [DM, { ...full, ageYears: 60, fastingGlucose: { value: 4.0, unit: 'mmol/L' } }, 'routine'],
    [DM, { ...full, ageYears: 60, fastingGlucose: { value: 7.0, unit: 'mmol/L' } }, 'adjust_and_recheck'],
    [DM, { ...full, ageYears: 60, fastingGlucose: { value: 6.9, unit: 'mmol/L' } }, 'routine'],
    [
      DM,
      {
        ...full,
        ageYears: 60,
        fastingGlucose: { value: 6.2, unit: 'mmol/L' },
        bp: { systolic: 182, diastolic: 90 },
      },
      'urgent_referral',
    ],
    [
      DM,
      { ...full, ageYears: 60, fastingGlucose: { value: 6.2, unit: 'mmol/L' }, temperatureC: 39.0 },
      'routine',
    ],
    [
      DM,
      { ...full, ageYears: 60, fastingGlucose: { value: 6.2, unit: 'mmol/L' }, temperatureC: 39.1 },
      'urgent_referral',
    ],
  ] as const)('%#: %o → %s', (protocol, input, action) => {
    expect(assessVisit(protocol, input).action).toBe(action);
  });

  it('accepts glucose in mg/dL and converts it (306 mg/dL = 17 mmol/L → urgent)', () => {
    const a = assessVisit(DM, { visitDate, ageYears: 60, fastingGlucose: { value: 306, unit: 'mg/dL' } });
    expect(a.reasons.map((x) => x.code)).toEqual(['glucose_high']);
  });
});

describe('assessVisit — referral and ADR rules', () => {
  const base = {
    visitDate,
    ageYears: 58,
    bp: { systolic: 128, diastolic: 78 },
    adverseReaction: 'none',
    complication: 'none',
  } as const;

  it('refers on a new complication even when BP is controlled', () => {
    const a = assessVisit(HTN, { ...base, complication: 'new' });
    expect(a).toMatchObject({
      action: 'refer',
      classification: 'complication',
      nextContact: { kind: 'referral_follow_up', dueDate: in14 },
    });
  });

  it('refers on an ADR that is hard to control; a controllable ADR means adjust and recheck', () => {
    expect(assessVisit(HTN, { ...base, adverseReaction: 'intolerable' }).action).toBe('refer');
    const a = assessVisit(HTN, { ...base, adverseReaction: 'controllable' });
    expect(a).toMatchObject({ action: 'adjust_and_recheck', classification: 'adverse_reaction' });
  });

  it('a stable known complication does not block 控制满意', () => {
    expect(assessVisit(HTN, { ...base, complication: 'stable' }).classification).toBe('controlled');
  });

  it('counts consecutive uncontrolled when the previous primary class was ADR but BP was also uncontrolled', () => {
    const a = assessVisit(HTN, {
      ...base,
      bp: { systolic: 150, diastolic: 92 },
      previous: ['adverse_reaction', 'uncontrolled'],
    });
    expect(a.action).toBe('refer');
  });

  it('returns all applicable classes, most serious first', () => {
    const a = assessVisit(HTN, {
      ...base,
      bp: { systolic: 150, diastolic: 92 },
      adverseReaction: 'controllable',
      complication: 'worsened',
      previous: 'none',
    });
    expect(a.classifications).toEqual(['complication', 'adverse_reaction', 'uncontrolled']);
  });

  it('never calls an urgent visit 控制满意 (hypoglycaemia is below 7.0 but not controlled)', () => {
    const a = assessVisit(DM, { ...base, fastingGlucose: { value: 3.6, unit: 'mmol/L' } });
    expect(a).toMatchObject({ action: 'urgent_referral', classification: null, classifications: [] });
  });

  it('a danger symptom alone is an urgent referral, even without measurements', () => {
    const a = assessVisit(HTN, { visitDate, ageYears: 58, dangerSymptoms: ['chest_tightness'] });
    expect(a).toMatchObject({ action: 'urgent_referral', classification: null });
    expect(a.reasons[0]?.label.zh).toBe('胸闷');
  });

  it('a diabetes-only danger sign does not trigger the hypertension protocol', () => {
    expect(assessVisit(HTN, { ...base, dangerSymptoms: ['polyuria'] }).action).toBe('routine');
    expect(
      assessVisit(DM, { ...base, fastingGlucose: { value: 6, unit: 'mmol/L' }, dangerSymptoms: ['polyuria'] })
        .action,
    ).toBe('urgent_referral');
  });

  it('HR >100 without knowing persistence is a prompt to re-check, not a referral and not ignored', () => {
    const a = assessVisit(DM, { ...base, fastingGlucose: { value: 6.2, unit: 'mmol/L' }, heartRate: 112 });
    expect(a.action).toBe('routine');
    expect(a.prompts.map((p) => p.code)).toEqual(['confirm_tachycardia_persistent']);
    expect(
      assessVisit(DM, {
        ...base,
        fastingGlucose: { value: 6.2, unit: 'mmol/L' },
        heartRate: 112,
        heartRatePersistent: false,
      }).prompts,
    ).toEqual([]);
  });
});

describe('assessVisit — bad input is a YizhuError, never a guess', () => {
  const issuesOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(YizhuError);
      expect((e as YizhuError).code).toBe('validation');
      return (e as YizhuError).issues;
    }
    throw new Error('expected a YizhuError');
  };
  const ok = {
    visitDate,
    ageYears: 58,
    adverseReaction: 'none',
    complication: 'none',
    previous: 'none',
  } as const;

  it('rejects implausible BP (300/20) and swapped values', () => {
    const issues = issuesOf(() => assessVisit(HTN, { ...ok, bp: { systolic: 300, diastolic: 20 } }));
    expect(issues.map((i) => i.path)).toEqual(['bp.systolic', 'bp.diastolic']);
    expect(
      issuesOf(() => assessVisit(HTN, { ...ok, bp: { systolic: 80, diastolic: 130 } }))[0]?.message,
    ).toMatch(/swapped/);
  });

  it('catches glucose typed in mg/dL into a mmol/L field, and the reverse', () => {
    const a = issuesOf(() => assessVisit(DM, { ...ok, fastingGlucose: { value: 126, unit: 'mmol/L' } }));
    expect(a[0]?.message).toMatch(/looks like mg\/dL/);
    const b = issuesOf(() => assessVisit(DM, { ...ok, fastingGlucose: { value: 6.5, unit: 'mg/dL' } }));
    expect(b[0]?.message).toMatch(/looks like mmol\/L/);
  });

  it('catches Fahrenheit temperature and unknown danger-sign codes', () => {
    expect(issuesOf(() => assessVisit(DM, { ...ok, temperatureC: 101.3 }))[0]?.message).toMatch(/°F/);
    expect(issuesOf(() => assessVisit(HTN, { ...ok, dangerSymptoms: ['chest_tigthness'] }))[0]?.path).toBe(
      'dangerSymptoms.0',
    );
  });

  it('names every missing field needed to classify', () => {
    const issues = issuesOf(() => assessVisit(HTN, { visitDate, ageYears: 58 }));
    expect(issues.map((i) => i.path)).toEqual(['bp', 'adverseReaction', 'complication']);
    expect(
      issuesOf(() =>
        assessVisit(DM, { ...ok, previous: undefined, fastingGlucose: { value: 8, unit: 'mmol/L' } }),
      ).map((i) => i.path),
    ).toEqual(['previous']);
  });

  it('rejects bad dates, ages and NaN; messages carry no patient values', () => {
    const issues = issuesOf(() =>
      assessVisit(HTN, {
        ...ok,
        visitDate: '2025-02-30',
        ageYears: 150,
        bp: { systolic: Number.NaN, diastolic: 80 },
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(['visitDate', 'ageYears', 'bp.systolic']);
    const all = issuesOf(() => assessVisit(HTN, { ...ok, bp: { systolic: 300, diastolic: 20 } }));
    expect(JSON.stringify(all)).not.toMatch(/300|20\b/);
  });
});
