import { describe, expect, it } from 'vitest';
import { CN_VITAL_BANDS } from './cn-vital-thresholds.data.ts';
import { DEPARTMENTS } from './departments.data.ts';
import { containsDiagnosisWord } from './diagnosis-words.data.ts';
import { RED_FLAG_RULES } from './red-flag-rules.data.ts';
import { DISPOSITION_ADVICE } from './safety-net-advice.data.ts';
import { SELF_CARE_RULES } from './self-care-rules.data.ts';
import { SYMPTOM_LEXICON } from './symptom-lexicon.ts';
import { triage } from './triage.ts';
import type { TriageResult } from './triage-types.ts';
import { URGENT_RULES } from './urgency-rules.data.ts';

/** Every string a triage result can show: ids (as words), labels, reasons, advice, departments. */
function outputStrings(r: TriageResult): string[] {
  return [
    r.disposition,
    ...r.redFlags.flatMap((f) => [f.id.replace(/_/g, ' '), f.label.zh, f.label.en]),
    ...r.reasons.flatMap((x) => [x.zh, x.en]),
    r.advice.zh,
    r.advice.en,
    ...r.departments.flatMap((d) => [
      d.code.replace(/_/g, ' '),
      d.name.zh,
      d.name.en,
      ...d.reasons.flatMap((x) => [x.zh, x.en]),
    ]),
    ...r.flags.flatMap((f) => [f.message.zh, f.message.en]),
  ];
}

// Inputs that name diseases themselves: the output must still not echo a diagnosis back.
const INPUTS = [
  'I think I am having a heart attack, crushing chest pain',
  '我是不是中风了？嘴歪了说话不清',
  'Is this appendicitis? Pain in the lower right belly',
  'my child has meningitis symptoms, fever and stiff neck',
  '宫外孕？停经6周，下腹痛，阴道出血',
  'testicular torsion? sudden testicle pain',
  '糖尿病，口渴多尿，呕吐，肚子痛',
  'asthma attack, wheezing and breathless at rest',
  'I have the flu, runny nose, sore throat',
  'depression, low mood, not sleeping',
  '骨折了？手腕变形',
  'anaphylaxis after peanuts, throat closing',
  'pneumonia? cough, fever 39.6, chills',
  '👍',
  '',
];

describe('triage never states a diagnosis (DESIGN.md invariant 5)', () => {
  it.each(INPUTS)('output for %j has no diagnosis word', (text) => {
    for (const s of outputStrings(triage({ text, ageYears: 40, vitals: { heartRate: 125, spo2: 89 } }))) {
      expect(containsDiagnosisWord(s), s).toBeNull();
    }
  });

  it('no rule label, concept label, department, advice or vital band text holds a diagnosis word', () => {
    const all = [
      ...[...RED_FLAG_RULES, ...URGENT_RULES, ...SELF_CARE_RULES].flatMap((r) => [
        r.id.replace(/_/g, ' '),
        r.label.zh,
        r.label.en,
      ]),
      ...SYMPTOM_LEXICON.flatMap((c) => [c.label.zh, c.label.en]),
      ...Object.values(DEPARTMENTS).flatMap((d) => [d.zh, d.en]),
      ...Object.values(DISPOSITION_ADVICE).flatMap((d) => [d.zh, d.en]),
      ...CN_VITAL_BANDS.map((b) => b.text),
    ];
    for (const s of all) expect(containsDiagnosisWord(s), s).toBeNull();
  });

  it('the word list itself works in both languages', () => {
    expect(containsDiagnosisWord('possible stroke')).toBe('stroke');
    expect(containsDiagnosisWord('考虑心梗')).toBe('心梗');
    expect(containsDiagnosisWord('chest pain with sweating')).toBeNull();
  });
});
