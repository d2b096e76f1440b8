import { describe, expect, it } from 'vitest';
import { chinaPar10YearRisk, type ChinaParInput } from './china-par.ts';
import { YizhuError } from '../errors/index.ts';

const mg = (value: number) => ({ value, unit: 'mg/dL' as const });
const mmol = (value: number) => ({ value, unit: 'mmol/L' as const });
type Row = [
  sex: 'male' | 'female',
  age: number,
  sbp: number,
  treated: boolean,
  tc: ChinaParInput['totalCholesterol'],
  hdl: ChinaParInput['hdlCholesterol'],
  waist: number,
  smk: 0 | 1,
  dm: 0 | 1,
  north: 0 | 1,
  urban: 0 | 1,
  fh: 0 | 1,
];
const input = ([sex, age, sbp, treated, tc, hdl, waist, smk, dm, north, urban, fh]: Row): ChinaParInput => ({
  sex,
  ageYears: age,
  systolic: sbp,
  onAntihypertensive: treated,
  totalCholesterol: tc,
  hdlCholesterol: hdl,
  waistCm: waist,
  currentSmoker: smk === 1,
  diabetes: dm === 1,
  northChina: north === 1,
  urban: urban === 1,
  familyHistoryAscvd: fh === 1,
});
const risk = (row: Row) => {
  const r = chinaPar10YearRisk(input(row));
  if (!r.computed) throw new Error('expected computed');
  return r;
};

/**
 * Spec §4.1 test vectors, verbatim. `threeDp` is the spec's value for the 3-dp set (checked to
 * ±0.005 pp, i.e. the rounding of the spec's figure); `published` is the paper / official value checked
 * at the spec's tolerance (±0.3 pp paper, ±0.1 pp official). Vectors 3/4 ("profile 1/2", paper Table 2)
 * are the worked examples of vectors 1/2 at ages 40/50/70 — these reproduce the spec's 3-dp numbers.
 */
const profile = (sex: 'male' | 'female', age: number): Row => [
  sex,
  age,
  130,
  false,
  mg(210),
  mg(55),
  80,
  0,
  1,
  1,
  1,
  0,
];
const vectors: { id: string; row: Row; threeDp?: number; published: number; tol: number; band?: string }[] = [
  {
    id: '1 M60 paper 11.0',
    row: profile('male', 60),
    threeDp: 10.82,
    published: 11.0,
    tol: 0.3,
    band: 'high',
  },
  {
    id: '2 F60 paper 10.1',
    row: profile('female', 60),
    threeDp: 10.19,
    published: 10.1,
    tol: 0.3,
    band: 'high',
  },
  { id: '3 M40 paper 2.2', row: profile('male', 40), threeDp: 2.17, published: 2.2, tol: 0.3, band: 'low' },
  {
    id: '3 M50 paper 5.4',
    row: profile('male', 50),
    threeDp: 5.31,
    published: 5.4,
    tol: 0.3,
    band: 'medium',
  },
  {
    id: '3 M70 paper 19.6',
    row: profile('male', 70),
    threeDp: 19.31,
    published: 19.6,
    tol: 0.3,
    band: 'high',
  },
  { id: '4 F40 paper 2.4', row: profile('female', 40), threeDp: 2.42, published: 2.4, tol: 0.3, band: 'low' },
  {
    id: '4 F50 paper 5.4',
    row: profile('female', 50),
    threeDp: 5.38,
    published: 5.4,
    tol: 0.3,
    band: 'medium',
  },
  {
    id: '4 F70 paper 17.1',
    row: profile('female', 70),
    threeDp: 17.2,
    published: 17.1,
    tol: 0.3,
    band: 'high',
  },
  {
    id: '5 M40 mmol/L official 4.7 low',
    row: ['male', 40, 145, false, mmol(5.2), mmol(1.3), 80, 0, 0, 1, 1, 1],
    published: 4.7,
    tol: 0.1,
    band: 'low',
  },
  {
    id: '6 M38 official 9.9',
    row: ['male', 38, 115, true, mg(380), mg(75), 65, 1, 1, 1, 1, 1],
    threeDp: 9.86,
    published: 9.9,
    tol: 0.1,
    band: 'medium',
  },
  {
    id: '7 M40 official 5.3',
    row: ['male', 40, 135, false, mg(150), mg(22), 90, 0, 0, 1, 0, 1],
    threeDp: 5.27,
    published: 5.3,
    tol: 0.1,
    band: 'medium',
  },
  {
    id: '8 F57 official 35.0',
    row: ['female', 57, 160, true, mg(380), mg(22), 125, 1, 1, 0, 1, 0],
    threeDp: 34.96,
    published: 35.0,
    tol: 0.1,
    band: 'high',
  },
  {
    id: '9 F38 official 4.7',
    row: ['female', 38, 135, false, mg(90), mg(100), 105, 1, 1, 1, 0, 0],
    threeDp: 4.74,
    published: 4.7,
    tol: 0.1,
    band: 'low',
  },
  {
    id: '10 F53 official 5.5',
    row: ['female', 53, 90, false, mg(220), mg(30), 125, 0, 1, 1, 0, 0],
    threeDp: 5.5,
    published: 5.5,
    tol: 0.1,
    band: 'medium',
  },
];

describe('chinaPar10YearRisk — spec §4.1 vectors', () => {
  it.each(vectors)('$id', (v) => {
    const r = risk(v.row);
    if (v.threeDp !== undefined) expect(Math.abs(r.risk10Percent - v.threeDp)).toBeLessThanOrEqual(0.0051);
    expect(Math.abs(r.risk10Percent - v.published)).toBeLessThanOrEqual(v.tol + 1e-9);
    if (v.band) expect(r.band).toBe(v.band);
  });

  it('vector 5: lifetime risk is not computed, with the reason (coefficients not public)', () => {
    const r = risk(vectors[8]!.row);
    expect(r.lifetime.computed).toBe(false);
    expect(r.lifetime.reason.en).toMatch(/not public/);
    expect(r.inputsUsed.totalCholesterolMgdl).toBeCloseTo(5.2 / 0.0259, 6);
  });

  it("women's equation ignores urban and family history; men's needs them", () => {
    const f = input(profile('female', 60));
    expect(risk(profile('female', 60)).risk10Percent).toBeCloseTo(
      (chinaPar10YearRisk({ ...f, urban: false, familyHistoryAscvd: true }) as { risk10Percent: number })
        .risk10Percent,
      10,
    );
    const { urban: _u, familyHistoryAscvd: _f, ...noMenTerms } = f;
    expect(chinaPar10YearRisk(noMenTerms).computed).toBe(true);
    expect(chinaPar10YearRisk({ ...noMenTerms, sex: 'male' })).toMatchObject({
      computed: false,
      missing: ['urban', 'familyHistoryAscvd'],
    });
    expect(risk(profile('female', 60)).inputsUsed).not.toHaveProperty('urban');
  });

  it('band edges: <5 low, 5–<10 medium, ≥10 high', () => {
    expect(risk(profile('male', 50)).bandLabel).toEqual({ zh: '中危', en: 'medium risk' });
  });
});

describe('chinaPar10YearRisk — missing, out of scope and bad input', () => {
  it('missing inputs → not computed, naming them (false is not assumed)', () => {
    const { currentSmoker: _s, hdlCholesterol: _h, ...rest } = input(profile('male', 60));
    const r = chinaPar10YearRisk(rest);
    expect(r).toMatchObject({ computed: false, missing: ['hdlCholesterol', 'currentSmoker'] });
    expect(r.computed === false && r.reasons[0]?.zh).toContain('缺少输入');
  });

  it('age outside 20–85 or established ASCVD → not computed with reason; 35–74 extrapolation noted', () => {
    expect(chinaPar10YearRisk(input(profile('male', 86)))).toMatchObject({ computed: false, missing: [] });
    expect(chinaPar10YearRisk({ ...input(profile('male', 60)), establishedAscvd: true })).toMatchObject({
      computed: false,
    });
    expect(risk(profile('male', 30)).notes[0]?.en).toMatch(/35–74/);
    expect(risk(profile('male', 60)).notes).toEqual([]);
  });

  const throws = (i: ChinaParInput, path: string, msg?: RegExp) => {
    try {
      chinaPar10YearRisk(i);
    } catch (e) {
      expect(e).toBeInstanceOf(YizhuError);
      const issue = (e as YizhuError).issues.find((x) => x.path === path);
      expect(issue).toBeDefined();
      if (msg) expect(issue?.message).toMatch(msg);
      return;
    }
    throw new Error('expected YizhuError');
  };

  it('catches cholesterol unit slips both ways', () => {
    throws(
      { ...input(profile('male', 60)), totalCholesterol: mmol(210) },
      'totalCholesterol.value',
      /looks like mg\/dL/,
    );
    throws(
      { ...input(profile('male', 60)), hdlCholesterol: mg(1.3) },
      'hdlCholesterol.value',
      /looks like mmol\/L/,
    );
  });

  it('computes HDL ≥ TC (spec vector 9 is such an official sample) but notes the likely swap', () => {
    expect(risk(vectors[12]!.row).notes[0]?.en).toMatch(/swapped/);
  });

  it('rejects implausible SBP, waist, age and NaN', () => {
    throws({ ...input(profile('male', 60)), systolic: 300 }, 'systolic');
    throws({ ...input(profile('male', 60)), waistCm: 8 }, 'waistCm');
    throws({ ...input(profile('male', 60)), ageYears: 200 }, 'ageYears');
    throws({ ...input(profile('male', 60)), systolic: Number.NaN }, 'systolic');
  });
});
