import { describe, expect, it } from 'vitest';
import { managementKpis, type PanelPatient } from './management-kpis.ts';
import { HYPERTENSION_NBPHS_2017 as HTN } from './protocols/hypertension-nbphs-2017.ts';
import { T2DM_NBPHS_2017 as DM } from './protocols/t2dm-nbphs-2017.ts';
import { YizhuError } from '../errors/index.ts';

const year = { from: '2025-01-01', to: '2025-12-31' };
const quarterly = (bps: [number, number][]) =>
  bps.map(([systolic, diastolic], i) => ({
    date: `2025-${String(1 + 3 * i).padStart(2, '0')}-15`,
    faceToFace: true,
    bp: { systolic, diastolic },
  }));

const panel: PanelPatient[] = [
  // 4 visits, latest 132/82 → standard + controlled
  {
    patientId: 'a',
    birthDate: '1970-01-01',
    enrolledOn: '2020-01-01',
    visits: quarterly([
      [150, 95],
      [140, 90],
      [136, 84],
      [132, 82],
    ]),
  },
  // 4 visits, 70 y, latest 146/86 → controlled under ≥65 target
  {
    patientId: 'b',
    birthDate: '1955-01-01',
    enrolledOn: '2020-01-01',
    visits: quarterly([
      [150, 88],
      [148, 86],
      [146, 86],
      [146, 86],
    ]),
  },
  // 3 visits (one by phone), latest uncontrolled
  {
    patientId: 'c',
    birthDate: '1970-01-01',
    enrolledOn: '2020-01-01',
    visits: [
      ...quarterly([
        [130, 80],
        [135, 85],
        [150, 95],
      ]),
      { date: '2025-11-01', faceToFace: false },
    ],
  },
  // no visits this year
  { patientId: 'd', birthDate: '1970-01-01', enrolledOn: '2020-01-01', visits: [] },
  // exited before the year → not managed
  { patientId: 'e', birthDate: '1970-01-01', enrolledOn: '2020-01-01', exitedOn: '2024-06-01', visits: [] },
  // enrolled after the year → not managed
  { patientId: 'f', birthDate: '1970-01-01', enrolledOn: '2026-01-05', visits: [] },
  // latest reading implausible (300/20): not controlled, flagged
  {
    patientId: 'g',
    birthDate: '1970-01-01',
    enrolledOn: '2020-01-01',
    visits: quarterly([
      [130, 80],
      [300, 20],
    ]),
  },
];

describe('managementKpis (规范管理率 / 控制率, formulas [U])', () => {
  it('counts managed, standard-managed and controlled patients', () => {
    const k = managementKpis(HTN, panel, year);
    expect(k).toMatchObject({ managed: 5, standardManaged: 2, controlled: 2 });
    expect(k.standardManagementRate).toBeCloseTo(2 / 5);
    expect(k.controlRate).toBeCloseTo(2 / 5);
    expect(k.notStandardManaged).toEqual(['c', 'd', 'g']);
    expect(k.uncontrolled).toEqual(['c']);
    expect(k.notMeasured).toEqual(['d']);
    expect(k.implausibleLatest).toEqual(['g']);
  });

  it('returns null rates for an empty panel rather than 0%', () => {
    expect(managementKpis(HTN, [], year)).toMatchObject({
      managed: 0,
      standardManagementRate: null,
      controlRate: null,
    });
  });

  it('counts two visits on one day once (duplicate check-ins)', () => {
    const visits = [
      ...quarterly([
        [130, 80],
        [130, 80],
        [130, 80],
      ]),
      { date: '2025-07-15', faceToFace: true },
    ];
    expect(
      managementKpis(
        HTN,
        [{ patientId: 'x', birthDate: '1970-01-01', enrolledOn: '2020-01-01', visits }],
        year,
      ).standardManaged,
    ).toBe(0);
  });

  it('merges a patient listed by two doctors and reports the duplicate', () => {
    const first = {
      patientId: 'm',
      birthDate: '1970-01-01',
      enrolledOn: '2020-01-01',
      exitedOn: '2025-06-30',
      visits: quarterly([
        [130, 80],
        [130, 80],
      ]),
    };
    const second = {
      patientId: 'm',
      birthDate: '1970-01-01',
      enrolledOn: '2025-07-01',
      visits: [
        { date: '2025-08-15', faceToFace: true, bp: { systolic: 128, diastolic: 78 } },
        { date: '2025-11-15', faceToFace: true },
      ],
    };
    const k = managementKpis(HTN, [first, second], year);
    expect(k).toMatchObject({ managed: 1, standardManaged: 1, controlled: 1, duplicatePatientIds: ['m'] });
  });

  it('diabetes control uses the latest fasting glucose, with units normalised and slips caught', () => {
    const v = (date: string, value: number, unit: 'mmol/L' | 'mg/dL') => ({
      date,
      faceToFace: true,
      fastingGlucose: { value, unit },
    });
    const k = managementKpis(
      DM,
      [
        {
          patientId: 'p',
          birthDate: '1960-01-01',
          enrolledOn: '2020-01-01',
          visits: [v('2025-02-01', 8.2, 'mmol/L'), v('2025-05-01', 117, 'mg/dL')],
        },
        {
          patientId: 'q',
          birthDate: '1960-01-01',
          enrolledOn: '2020-01-01',
          visits: [v('2025-02-01', 7.0, 'mmol/L')],
        },
        {
          patientId: 'r',
          birthDate: '1960-01-01',
          enrolledOn: '2020-01-01',
          visits: [v('2025-02-01', 126, 'mmol/L')],
        },
      ],
      year,
    );
    expect(k).toMatchObject({ managed: 3, controlled: 1, uncontrolled: ['q'], implausibleLatest: ['r'] });
  });

  it('rejects malformed dates', () => {
    expect(() => managementKpis(HTN, [{ ...panel[0]!, enrolledOn: '2020/01/01' }], year)).toThrow(YizhuError);
  });
});
