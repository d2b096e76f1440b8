import type { Bilingual } from '../types/evidence.ts';
import type { FollowupProtocol, Verification } from './protocol.ts';
import type { ValidatedVisit } from './validate-visit-input.ts';

export interface DecisionReason {
  code: string;
  label: Bilingual;
  /** The mark of the protocol rule that produced this reason, so the UI can show unverified rules. */
  verification: Verification;
}

export interface UrgentCheck {
  reasons: DecisionReason[];
  /** Things the clinician must confirm because a criterion depends on them (never assumed). */
  prompts: DecisionReason[];
}

/**
 * 紧急转诊 criteria of the protocol, evaluated on what was recorded. Any one reason means refer after
 * first aid. Boundaries follow the spec's stated convention (≥ and ≤ inclusive), itself still [U].
 */
export function findUrgentReferralReasons(protocol: FollowupProtocol, visit: ValidatedVisit): UrgentCheck {
  const { input, glucoseMmol } = visit;
  const u = protocol.urgent;
  const reasons: DecisionReason[] = [];
  const prompts: DecisionReason[] = [];

  if (input.bp) {
    const sys = input.bp.systolic >= u.systolicAtLeast.value;
    const dia = input.bp.diastolic >= u.diastolicAtLeast.value;
    if (sys || dia) {
      reasons.push({
        code: 'bp_severe',
        label: {
          zh: `收缩压≥${u.systolicAtLeast.value}和/或舒张压≥${u.diastolicAtLeast.value} mmHg`,
          en: `systolic ≥${u.systolicAtLeast.value} and/or diastolic ≥${u.diastolicAtLeast.value} mmHg`,
        },
        verification: u.systolicAtLeast.verification,
      });
    }
  }

  for (const code of input.dangerSymptoms ?? []) {
    const s = u.dangerSymptoms.find((d) => d.code === code);
    if (s) reasons.push({ code: `symptom:${s.code}`, label: s.label, verification: s.verification });
  }

  if (protocol.programme === 'hypertension') {
    const normal = protocol.urgent.pregnancyNormalBelow;
    if (input.pregnantOrLactating) {
      const aboveByValue =
        input.bp !== undefined &&
        (input.bp.systolic >= normal.value.systolic || input.bp.diastolic >= normal.value.diastolic);
      if (input.aboveNormalForPregnancy === true || aboveByValue) {
        reasons.push({
          code: 'pregnancy_bp_above_normal',
          label: {
            zh: '妊娠或哺乳期血压高于正常',
            en: 'pregnant or lactating with blood pressure above normal',
          },
          verification: normal.verification,
        });
      }
    }
    return { reasons, prompts };
  }

  const d = protocol.urgent;
  if (glucoseMmol !== undefined && glucoseMmol >= d.glucoseAtLeast.value) {
    reasons.push({
      code: 'glucose_high',
      label: { zh: `血糖≥${d.glucoseAtLeast.value} mmol/L`, en: `glucose ≥${d.glucoseAtLeast.value} mmol/L` },
      verification: d.glucoseAtLeast.verification,
    });
  }
  if (glucoseMmol !== undefined && glucoseMmol <= d.glucoseAtMost.value) {
    reasons.push({
      code: 'glucose_low',
      label: { zh: `血糖≤${d.glucoseAtMost.value} mmol/L`, en: `glucose ≤${d.glucoseAtMost.value} mmol/L` },
      verification: d.glucoseAtMost.verification,
    });
  }
  if (input.heartRate !== undefined && input.heartRate > d.heartRateAbovePersistent.value) {
    const label = {
      zh: `持续性心动过速（心率>${d.heartRateAbovePersistent.value}次/分）`,
      en: `persistent tachycardia (heart rate >${d.heartRateAbovePersistent.value}/min)`,
    };
    // The criterion is *persistent* tachycardia; one fast reading is not enough and not ignorable.
    if (input.heartRatePersistent === true) {
      reasons.push({
        code: 'tachycardia_persistent',
        label,
        verification: d.heartRateAbovePersistent.verification,
      });
    } else if (input.heartRatePersistent === undefined) {
      prompts.push({
        code: 'confirm_tachycardia_persistent',
        label: { zh: `请复测心率，确认是否${label.zh}`, en: `re-check heart rate: is it ${label.en}?` },
        verification: d.heartRateAbovePersistent.verification,
      });
    }
  }
  if (input.temperatureC !== undefined && input.temperatureC > d.temperatureAbove.value) {
    reasons.push({
      code: 'fever_high',
      label: { zh: `体温>${d.temperatureAbove.value}℃`, en: `temperature >${d.temperatureAbove.value} °C` },
      verification: d.temperatureAbove.verification,
    });
  }
  if (input.pregnantOrLactating) {
    const aboveByValue = glucoseMmol !== undefined && glucoseMmol >= d.pregnancyFastingGlucoseAtLeast.value;
    if (input.aboveNormalForPregnancy === true || aboveByValue) {
      reasons.push({
        code: 'pregnancy_glucose_above_normal',
        label: { zh: '妊娠或哺乳期血糖高于正常', en: 'pregnant or lactating with glucose above normal' },
        verification: d.pregnancyFastingGlucoseAtLeast.verification,
      });
    }
  }
  return { reasons, prompts };
}
