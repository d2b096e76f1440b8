import { ageOn, toDayNumber, type IsoDate } from './calendar-date.ts';
import { controlTargetFor, meetsControlTarget } from './assess-visit.ts';
import { checkBloodPressure, normaliseGlucose } from './check-measurements.ts';
import type { FollowupProtocol } from './protocol.ts';
import type { BloodPressure, GlucoseReading } from './visit-input.ts';

export interface PanelVisit {
  date: IsoDate;
  faceToFace: boolean;
  bp?: BloodPressure;
  fastingGlucose?: GlucoseReading;
}

export interface PanelPatient {
  patientId: string;
  birthDate: IsoDate;
  enrolledOn: IsoDate;
  exitedOn?: IsoDate;
  visits: readonly PanelVisit[];
}

export interface ManagementKpis {
  protocol: { id: string; version: string };
  period: { from: IsoDate; to: IsoDate };
  /** 年内已管理人数: enrolled on or before the period end and not exited before its start. */
  managed: number;
  /** 按规范管理人数: ≥ the protocol's yearly face-to-face count inside the period (distinct days). */
  standardManaged: number;
  /** 规范管理率 as a fraction; null when nobody is managed (0/0 is not 0%). */
  standardManagementRate: number | null;
  /** 最近一次随访达标人数. */
  controlled: number;
  /** 控制率 as a fraction of managed; null when nobody is managed. */
  controlRate: number | null;
  /** Drill-down lists for the panel. */
  notStandardManaged: string[];
  uncontrolled: string[];
  /** Managed but no measurement in the period: counted in the denominator, not as controlled. */
  notMeasured: string[];
  /** Latest reading implausible (typo or unit slip): not counted as controlled, needs correcting. */
  implausibleLatest: string[];
  /** Same patient listed twice (e.g. moved between doctors): merged and counted once. */
  duplicatePatientIds: string[];
}

/**
 * 规范管理率 and 控制率 over a panel for one protocol and period. The formulas are the spec's [U]
 * reading of the 2017 standard (protocol.kpi): the period is normally a calendar year; for a
 * shorter period the caller should scale its expectations, this function does not pro-rate.
 */
export function managementKpis(
  protocol: FollowupProtocol,
  patients: readonly PanelPatient[],
  period: { from: IsoDate; to: IsoDate },
): ManagementKpis {
  toDayNumber(period.from, 'period.from');
  toDayNumber(period.to, 'period.to');

  const merged = new Map<string, PanelPatient>();
  const duplicates = new Set<string>();
  patients.forEach((p, i) => {
    toDayNumber(p.enrolledOn, `patients.${i}.enrolledOn`);
    toDayNumber(p.birthDate, `patients.${i}.birthDate`);
    if (p.exitedOn !== undefined) toDayNumber(p.exitedOn, `patients.${i}.exitedOn`);
    p.visits.forEach((v, j) => toDayNumber(v.date, `patients.${i}.visits.${j}.date`));
    const seen = merged.get(p.patientId);
    if (!seen) return void merged.set(p.patientId, p);
    duplicates.add(p.patientId);
    // Keep every visit; take the widest enrolment span so neither doctor's work is lost.
    merged.set(p.patientId, {
      ...seen,
      enrolledOn: seen.enrolledOn < p.enrolledOn ? seen.enrolledOn : p.enrolledOn,
      ...(seen.exitedOn && p.exitedOn
        ? { exitedOn: seen.exitedOn > p.exitedOn ? seen.exitedOn : p.exitedOn }
        : { exitedOn: undefined }),
      visits: [...seen.visits, ...p.visits],
    });
  });

  const out = {
    managed: 0,
    standardManaged: 0,
    controlled: 0,
    notStandardManaged: [] as string[],
    uncontrolled: [] as string[],
    notMeasured: [] as string[],
    implausibleLatest: [] as string[],
  };
  const required = protocol.schedule.minFaceToFacePerYear.value;

  for (const p of merged.values()) {
    if (p.enrolledOn > period.to || (p.exitedOn !== undefined && p.exitedOn < period.from)) continue;
    out.managed++;
    const from = p.enrolledOn > period.from ? p.enrolledOn : period.from;
    const to = p.exitedOn !== undefined && p.exitedOn < period.to ? p.exitedOn : period.to;
    const inPeriod = p.visits.filter((v) => v.date >= from && v.date <= to);

    const f2fDays = new Set(inPeriod.filter((v) => v.faceToFace).map((v) => v.date));
    if (f2fDays.size >= required) out.standardManaged++;
    else out.notStandardManaged.push(p.patientId);

    const measured = inPeriod
      .filter((v) =>
        protocol.programme === 'hypertension' ? v.bp !== undefined : v.fastingGlucose !== undefined,
      )
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const latest = measured.at(-1);
    if (!latest) {
      out.notMeasured.push(p.patientId);
      continue;
    }
    let glucoseMmol: number | undefined;
    let plausible: boolean;
    if (protocol.programme === 'hypertension')
      plausible = latest.bp !== undefined && checkBloodPressure(latest.bp).length === 0;
    else {
      glucoseMmol = latest.fastingGlucose ? normaliseGlucose(latest.fastingGlucose).mmol : undefined;
      plausible = glucoseMmol !== undefined;
    }
    if (!plausible) {
      out.implausibleLatest.push(p.patientId);
      continue;
    }
    const target = controlTargetFor(protocol, ageOn(p.birthDate, latest.date));
    if (meetsControlTarget(target, { bp: latest.bp, glucoseMmol })) out.controlled++;
    else out.uncontrolled.push(p.patientId);
  }

  const rate = (n: number) => (out.managed === 0 ? null : n / out.managed);
  return {
    protocol: { id: protocol.id, version: protocol.version },
    period: { from: period.from, to: period.to },
    ...out,
    standardManagementRate: rate(out.standardManaged),
    controlRate: rate(out.controlled),
    duplicatePatientIds: [...duplicates],
  };
}
