import { describe, expect, it } from 'vitest';
import { summariseSinceLastVisit, type CheckIn } from './summarise-since-last-visit.ts';
import { YizhuError } from '../errors/index.ts';

const checkIns: CheckIn[] = [
  { id: 'ci-0', date: '2025-02-28', bp: { systolic: 170, diastolic: 100 } }, // before the window
  {
    id: 'ci-1',
    date: '2025-03-05',
    bp: { systolic: 152, diastolic: 94 },
    fastingGlucose: { value: 8.4, unit: 'mmol/L' },
    weightKg: 72.5,
    adherence: 'regular',
  },
  {
    id: 'ci-2',
    date: '2025-03-12',
    bp: { systolic: 162, diastolic: 98 },
    fastingGlucose: { value: 117, unit: 'mg/dL' },
    symptoms: ['palpitations'],
    adherence: 'intermittent',
    sideEffect: { reported: true, text: '干咳' },
  },
  {
    id: 'ci-2b',
    date: '2025-03-12',
    bp: { systolic: 162, diastolic: 98 },
    fastingGlucose: { value: 117, unit: 'mg/dL' },
    symptoms: ['palpitations'],
    adherence: 'intermittent',
    sideEffect: { reported: true, text: '干咳' },
  },
  {
    id: 'ci-3',
    date: '2025-03-20',
    bp: { systolic: 300, diastolic: 20 },
    fastingGlucose: { value: 126, unit: 'mmol/L' },
    heartRate: 78,
    symptoms: ['palpitations', 'headache_mild'],
  },
  {
    id: 'ci-4',
    date: '2025-03-26',
    bp: { systolic: 138, diastolic: 86 },
    fastingGlucose: { value: 3.8, unit: 'mmol/L' },
    weightKg: 71.0,
  },
  { id: 'ci-5', date: '2025-04-09', bp: { systolic: 120, diastolic: 70 } }, // after asOf: clock skew
];

const summary = summariseSinceLastVisit({ checkIns, lastVisitDate: '2025-03-01', asOf: '2025-04-01' });
const fact = (en: string) => summary.facts.find((f) => f.display.en === en);

describe('summariseSinceLastVisit', () => {
  it('uses check-ins after the last visit up to asOf, merging duplicates', () => {
    expect(summary.window).toEqual({ after: '2025-03-01', through: '2025-04-01' });
    expect(summary.checkInsUsed).toBe(4); // ci-1, ci-2, ci-3, ci-4
    expect(summary.series.bp.map((r) => r.evidence.sourceId)).toEqual(['ci-1', 'ci-2', 'ci-4']);
  });

  it('reports latest and highest BP as given, each with questionnaire evidence', () => {
    expect(fact('latest blood pressure')).toMatchObject({
      value: '138/86',
      unit: 'mmHg',
      onset: '2025-03-26',
      evidence: [{ sourceId: 'ci-4', locator: { kind: 'questionnaire', linkId: 'bp' } }],
    });
    expect(fact('highest blood pressure since last visit')).toMatchObject({
      value: '162/98',
      evidence: [{ sourceId: 'ci-2' }],
    });
  });

  it('keeps glucose in the unit entered and picks extremes after normalising', () => {
    expect(fact('latest fasting glucose')).toMatchObject({ value: 3.8, unit: 'mmol/L' });
    expect(fact('highest fasting glucose since last visit')).toMatchObject({
      value: 8.4,
      unit: 'mmol/L',
      evidence: [{ sourceId: 'ci-1' }],
    });
    expect(summary.series.fastingGlucose.find((r) => r.unit === 'mg/dL')?.mmol).toBeCloseTo(6.5);
  });

  it('every numeric fact value appears verbatim in its evidence check-in (invariant 3)', () => {
    const byId = new Map(checkIns.map((c) => [c.id, JSON.stringify(c)]));
    for (const f of summary.facts.filter((x) => x.value !== undefined && x.kind !== 'medication')) {
      const src = byId.get(f.evidence[0]!.sourceId)!;
      for (const n of String(f.value).split('/')) expect(src).toContain(n);
    }
  });

  it('turns symptoms, adherence and side effects into patient-reported facts', () => {
    const palp = summary.facts.find((f) => f.kind === 'symptom');
    expect(palp).toMatchObject({ display: { zh: '心悸' }, onset: '2025-03-12', speaker: 'patient' });
    expect(palp?.evidence.map((e) => e.sourceId)).toEqual(['ci-2', 'ci-3']);
    expect(summary.facts.find((f) => f.kind === 'medication')).toMatchObject({
      value: 'intermittent',
      evidence: [{ sourceId: 'ci-2' }],
    });
    expect(summary.facts.find((f) => f.kind === 'finding')?.display.zh).toBe('自述药物不良反应：干咳');
    expect(fact('first weight since last visit')?.value).toBe(72.5);
    expect(fact('latest weight')?.value).toBe(71);
  });

  it('flags implausible readings, unit slips, duplicates, unknown codes and future dates — nothing silently dropped', () => {
    const kinds = summary.flags.map((f) => [f.kind, f.evidence.map((e) => e.sourceId).join(',')]);
    expect(kinds).toEqual([
      ['duplicate', 'ci-2,ci-2b'],
      ['future_dated', 'ci-5'],
      ['implausible', 'ci-3'],
      ['implausible', 'ci-3'],
      ['unknown_code', 'ci-3'],
    ]);
    expect(
      summary.flags.find(
        (f) =>
          f.evidence[0]?.locator.kind === 'questionnaire' &&
          f.evidence[0].locator.linkId === 'fasting-glucose',
      )?.message.en,
    ).toMatch(/mg\/dL/);
  });

  it('with no previous visit takes everything up to asOf; with no check-ins returns no facts', () => {
    expect(summariseSinceLastVisit({ checkIns, lastVisitDate: null, asOf: '2025-04-01' }).checkInsUsed).toBe(
      5,
    );
    expect(
      summariseSinceLastVisit({ checkIns: [], lastVisitDate: '2025-03-01', asOf: '2025-04-01' }),
    ).toMatchObject({ facts: [], flags: [], checkInsUsed: 0 });
  });

  it('honours custom questionnaire linkIds and flags invalid check-in dates', () => {
    const s = summariseSinceLastVisit({
      checkIns: [
        { id: 'x', date: '2025-13-01', heartRate: 70 },
        { id: 'y', date: '2025-03-02', heartRate: 70 },
      ],
      lastVisitDate: null,
      asOf: '2025-04-01',
      linkIds: { heartRate: 'q7' },
    });
    expect(s.flags.map((f) => f.kind)).toEqual(['invalid_date']);
    expect(s.facts[0]?.evidence[0]?.locator).toEqual({ kind: 'questionnaire', linkId: 'q7' });
  });

  it('rejects a malformed clock', () => {
    expect(() => summariseSinceLastVisit({ checkIns, lastVisitDate: null, asOf: '1 April' })).toThrow(
      YizhuError,
    );
  });
});
