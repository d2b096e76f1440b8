/**
 * What to tell the patient for each disposition. Self-care always comes with a safety net (when to
 * seek help), per issue 7. Wording avoids naming any disease. Source: project; licence: project.
 */
import type { Bilingual } from '../types/evidence.ts';
import type { Disposition } from './triage-types.ts';

export const DISPOSITION_ADVICE: Readonly<Record<Disposition, Bilingual>> = {
  emergency: {
    zh: '请立即拨打120或马上到最近医院的急诊科，不要自行开车，不要等待门诊。',
    en: 'Call 120 now or go straight to the nearest emergency department. Do not drive yourself and do not wait for a clinic appointment.',
  },
  urgent: {
    zh: '请今天就诊（当日门诊或急诊）。如症状加重，请立即拨打120。',
    en: 'See a doctor today (same-day clinic or emergency department). If things get worse, call 120 straight away.',
  },
  routine: {
    zh: '请预约门诊就诊。如出现胸痛、呼吸困难、意识改变、大量出血或症状明显加重，请立即就医或拨打120。',
    en: 'Book an outpatient appointment. If chest pain, trouble breathing, confusion, heavy bleeding or a clear worsening appears, get help at once or call 120.',
  },
  self_care: {
    zh: '可先在家休息观察：多喝水、注意休息，可按说明书使用常用非处方药。如症状超过3–5天未好转、出现高热（≥38.5℃）、呼吸困难、胸痛、意识改变、持续呕吐、出血或明显加重，请及时就医；紧急时拨打120。',
    en: 'You can start with self-care at home: rest, drink fluids, and use common over-the-counter remedies as labelled. See a doctor if it is not better in 3–5 days, or at once if high fever (38.5 °C or more), trouble breathing, chest pain, confusion, repeated vomiting, bleeding or a clear worsening appears; call 120 in an emergency.',
  },
};
