import type { Bilingual, Evidence } from '../types/evidence.ts';
import type { Fact } from '../types/fact.ts';
import { isIsoDate, toDayNumber, type IsoDate } from './calendar-date.ts';
import { checkBloodPressure, checkRange, normaliseGlucose } from './check-measurements.ts';
import { FOLLOWUP_PROTOCOLS } from './protocols/protocol-registry.ts';
import type { BloodPressure, GlucoseReading } from './visit-input.ts';

export type Adherence = 'regular' | 'intermittent' | 'not_taking';

/** One patient check-in (form reached by a link). `id` becomes the evidence sourceId. */
export interface CheckIn {
  id: string;
  date: IsoDate;
  bp?: BloodPressure;
  fastingGlucose?: GlucoseReading;
  heartRate?: number;
  weightKg?: number;
  /** Danger-sign codes from the follow-up protocols. */
  symptoms?: readonly string[];
  adherence?: Adherence;
  sideEffect?: { reported: boolean; text?: string };
}

export type CheckInField =
  'bp' | 'fastingGlucose' | 'heartRate' | 'weightKg' | 'symptoms' | 'adherence' | 'sideEffect';

/** Questionnaire linkIds of the check-in form; override when the form uses other ids. */
export const CHECK_IN_LINK_IDS: Readonly<Record<CheckInField, string>> = {
  bp: 'bp',
  fastingGlucose: 'fasting-glucose',
  heartRate: 'heart-rate',
  weightKg: 'weight',
  symptoms: 'symptoms',
  adherence: 'adherence',
  sideEffect: 'side-effect',
};

export type SummaryFlagKind = 'implausible' | 'duplicate' | 'future_dated' | 'invalid_date' | 'unknown_code';

/** Input that reached the summary but could not become a fact; shown to the doctor, never dropped. */
export interface SummaryFlag {
  kind: SummaryFlagKind;
  message: Bilingual;
  evidence: Evidence[];
}

export interface SinceLastVisitSummary {
  /** Check-ins dated after `after` (the last visit) up to and including `through`. */
  window: { after: IsoDate | null; through: IsoDate };
  checkInsUsed: number;
  facts: Fact[];
  /** Every plausible reading in date order, for trend charts; each carries its evidence. */
  series: {
    bp: { date: IsoDate; systolic: number; diastolic: number; evidence: Evidence }[];
    fastingGlucose: {
      date: IsoDate;
      value: number;
      unit: GlucoseReading['unit'];
      mmol: number;
      evidence: Evidence;
    }[];
  };
  flags: SummaryFlag[];
}

const LOINC = 'http://loinc.org';
const ADHERENCE_LABEL: Record<Adherence, Bilingual> = {
  regular: { zh: '规律', en: 'regular' },
  intermittent: { zh: '间断', en: 'intermittent' },
  not_taking: { zh: '不服药', en: 'not taking' },
};

/**
 * The "since last visit" section for the next visit's draft. Only facts that are a reading or an
 * answer as given: no averages or counts, because every number in a draft must equal a number in its
 * evidence (DESIGN.md invariant 3). Glucose keeps the unit it was entered in. Bad input becomes a
 * flag with its evidence (invariant 7) instead of a fact or an exception, so one bad check-in cannot
 * hide the rest.
 */
export function summariseSinceLastVisit(input: {
  checkIns: readonly CheckIn[];
  lastVisitDate: IsoDate | null;
  asOf: IsoDate;
  linkIds?: Partial<Record<CheckInField, string>>;
}): SinceLastVisitSummary {
  toDayNumber(input.asOf, 'asOf');
  if (input.lastVisitDate !== null) toDayNumber(input.lastVisitDate, 'lastVisitDate');
  const links = { ...CHECK_IN_LINK_IDS, ...input.linkIds };
  const ev = (c: CheckIn, field: CheckInField): Evidence => ({
    sourceId: c.id,
    locator: { kind: 'questionnaire', linkId: links[field] },
  });
  const flags: SummaryFlag[] = [];
  const flag = (kind: SummaryFlagKind, zh: string, en: string, evidence: Evidence[]) =>
    flags.push({ kind, message: { zh, en }, evidence });

  // Stable order (date, then id) so the same data always gives the same draft.
  const sorted = [...input.checkIns].sort((a, b) =>
    a.date === b.date ? cmp(a.id, b.id) : cmp(a.date, b.date),
  );
  const used: CheckIn[] = [];
  const seen = new Map<string, CheckIn>();
  for (const c of sorted) {
    const whole: Evidence = { sourceId: c.id, locator: { kind: 'questionnaire', linkId: 'date' } };
    if (!isIsoDate(c.date)) {
      flag('invalid_date', '随访打卡日期无效', 'check-in date is not a valid date', [whole]);
      continue;
    }
    if (input.lastVisitDate !== null && c.date <= input.lastVisitDate) continue;
    if (c.date > input.asOf) {
      flag(
        'future_dated',
        '随访打卡日期晚于今天（时钟偏差？）',
        'check-in dated in the future (clock skew?)',
        [whole],
      );
      continue;
    }
    const { id: _id, ...content } = c;
    const key = JSON.stringify(content);
    const twin = seen.get(key);
    if (twin) {
      flag('duplicate', '重复提交的随访打卡，已合并', 'duplicate check-in submission, merged', [
        { sourceId: twin.id, locator: whole.locator },
        whole,
      ]);
      continue;
    }
    seen.set(key, c);
    used.push(c);
  }

  const series: SinceLastVisitSummary['series'] = { bp: [], fastingGlucose: [] };
  const hr: { c: CheckIn; v: number }[] = [];
  const weight: { c: CheckIn; v: number }[] = [];
  const symptoms = new Map<string, CheckIn[]>();
  const known = new Map(
    FOLLOWUP_PROTOCOLS.flatMap((p) => p.urgent.dangerSymptoms.map((s) => [s.code, s.label] as const)),
  );
  const facts: Fact[] = [];

  for (const c of used) {
    if (c.bp) {
      const issues = checkBloodPressure(c.bp);
      if (issues.length)
        flag('implausible', '血压读数不合理，请核实', `implausible blood pressure: ${issues[0]?.message}`, [
          ev(c, 'bp'),
        ]);
      else
        series.bp.push({
          date: c.date,
          systolic: c.bp.systolic,
          diastolic: c.bp.diastolic,
          evidence: ev(c, 'bp'),
        });
    }
    if (c.fastingGlucose) {
      const g = normaliseGlucose(c.fastingGlucose);
      if (g.mmol === undefined)
        flag(
          'implausible',
          '血糖读数不合理（单位？），请核实',
          `implausible glucose: ${g.issues[0]?.message}`,
          [ev(c, 'fastingGlucose')],
        );
      else
        series.fastingGlucose.push({
          date: c.date,
          ...c.fastingGlucose,
          mmol: g.mmol,
          evidence: ev(c, 'fastingGlucose'),
        });
    }
    if (c.heartRate !== undefined) {
      if (checkRange(c.heartRate, { min: 20, max: 250 }, 'heartRate', 'heart rate').length) {
        flag('implausible', '心率读数不合理，请核实', 'implausible heart rate', [ev(c, 'heartRate')]);
      } else hr.push({ c, v: c.heartRate });
    }
    if (c.weightKg !== undefined) {
      // Outside 20–300 kg is a typo or a unit slip (grams, pounds of a small adult can still pass).
      if (checkRange(c.weightKg, { min: 20, max: 300 }, 'weightKg', 'weight').length) {
        flag('implausible', '体重读数不合理（单位？），请核实', 'implausible weight (unit?)', [
          ev(c, 'weightKg'),
        ]);
      } else weight.push({ c, v: c.weightKg });
    }
    for (const code of c.symptoms ?? []) {
      if (!known.has(code)) {
        flag('unknown_code', '无法识别的症状选项', 'unrecognised symptom option', [ev(c, 'symptoms')]);
        continue;
      }
      symptoms.set(code, [...(symptoms.get(code) ?? []), c]);
    }
  }

  const bpFact = (r: (typeof series.bp)[number], zh: string, en: string): Fact => ({
    kind: 'vital',
    code: { system: LOINC, code: '85354-9' },
    display: { zh, en },
    value: `${r.systolic}/${r.diastolic}`,
    unit: 'mmHg',
    status: 'present',
    onset: r.date,
    evidence: [r.evidence],
  });
  const latestBp = series.bp.at(-1);
  if (latestBp) {
    facts.push(bpFact(latestBp, '最近一次血压', 'latest blood pressure'));
    const highest = series.bp.reduce((a, b) =>
      b.systolic > a.systolic || (b.systolic === a.systolic && b.diastolic > a.diastolic) ? b : a,
    );
    if (highest !== latestBp)
      facts.push(bpFact(highest, '上次就诊以来最高血压', 'highest blood pressure since last visit'));
  }

  // No glucose code: home-meter capillary vs laboratory plasma need different LOINC codes, and the
  // check-in form does not say which; the terminology module should decide, not a guess here.
  const gFact = (r: (typeof series.fastingGlucose)[number], zh: string, en: string): Fact => ({
    kind: 'lab',
    display: { zh, en },
    value: r.value,
    unit: r.unit,
    status: 'present',
    onset: r.date,
    evidence: [r.evidence],
  });
  const latestG = series.fastingGlucose.at(-1);
  if (latestG) {
    facts.push(gFact(latestG, '最近一次空腹血糖', 'latest fasting glucose'));
    const hi = series.fastingGlucose.reduce((a, b) => (b.mmol > a.mmol ? b : a));
    const lo = series.fastingGlucose.reduce((a, b) => (b.mmol < a.mmol ? b : a));
    if (hi !== latestG)
      facts.push(gFact(hi, '上次就诊以来最高空腹血糖', 'highest fasting glucose since last visit'));
    if (lo !== latestG && lo !== hi)
      facts.push(gFact(lo, '上次就诊以来最低空腹血糖', 'lowest fasting glucose since last visit'));
  }

  const latestHr = hr.at(-1);
  if (latestHr) {
    facts.push({
      kind: 'vital',
      code: { system: LOINC, code: '8867-4' },
      display: { zh: '最近一次心率', en: 'latest heart rate' },
      value: latestHr.v,
      unit: '/min',
      status: 'present',
      onset: latestHr.c.date,
      evidence: [ev(latestHr.c, 'heartRate')],
    });
  }
  const w = (e: { c: CheckIn; v: number }, zh: string, en: string): Fact => ({
    kind: 'vital',
    code: { system: LOINC, code: '29463-7' },
    display: { zh, en },
    value: e.v,
    unit: 'kg',
    status: 'present',
    onset: e.c.date,
    evidence: [ev(e.c, 'weightKg')],
  });
  const [firstW, lastW] = [weight[0], weight.at(-1)];
  if (firstW && lastW && firstW !== lastW)
    facts.push(w(firstW, '上次就诊后首次体重', 'first weight since last visit'));
  if (lastW) facts.push(w(lastW, '最近一次体重', 'latest weight'));

  for (const [code, cs] of symptoms) {
    const label = known.get(code) as Bilingual;
    facts.push({
      kind: 'symptom',
      display: label,
      status: 'present',
      onset: cs[0]?.date,
      speaker: 'patient',
      evidence: cs.map((c) => ev(c, 'symptoms')),
    });
  }

  const adherence = used.filter((c) => c.adherence !== undefined).at(-1);
  if (adherence?.adherence) {
    const l = ADHERENCE_LABEL[adherence.adherence];
    facts.push({
      kind: 'medication',
      display: { zh: `服药依从性：${l.zh}`, en: `medication adherence: ${l.en}` },
      value: adherence.adherence,
      status: 'present',
      onset: adherence.date,
      speaker: 'patient',
      evidence: [ev(adherence, 'adherence')],
    });
  }
  for (const c of used) {
    if (!c.sideEffect?.reported) continue;
    const text = c.sideEffect.text?.trim();
    facts.push({
      kind: 'finding',
      display: text
        ? { zh: `自述药物不良反应：${text}`, en: `reported medication side effect: ${text}` }
        : { zh: '自述药物不良反应', en: 'reported a medication side effect' },
      status: 'present',
      onset: c.date,
      speaker: 'patient',
      evidence: [ev(c, 'sideEffect')],
    });
  }

  return {
    window: { after: input.lastVisitDate, through: input.asOf },
    checkInsUsed: used.length,
    facts,
    series,
    flags,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
