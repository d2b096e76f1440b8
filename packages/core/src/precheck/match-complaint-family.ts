/**
 * Free-text chief complaint → complaint family (which question tree to walk). Uses the triage
 * concept reader, so "胸口闷" and "tight chest" land in the same family. Ranked; 'general' when
 * nothing matches, so a patient is never stuck.
 */
import { findConcepts, normaliseText } from '../triage/find-concepts.ts';
import { normaliseChineseNumbers } from '../triage/chinese-numerals.ts';
import type { ComplaintFamily } from './question-tree-types.ts';

/** Concept → family weight. Source: project; reviewed like code. */
const FAMILY_OF: Readonly<Record<string, readonly [ComplaintFamily, number][]>> = {
  chest_pain: [['chest_pain', 5]],
  palpitations: [['chest_pain', 3]],
  dyspnea: [['breathing_cough', 4]],
  cough: [['breathing_cough', 4]],
  wheeze: [['breathing_cough', 3]],
  hemoptysis: [['breathing_cough', 4]],
  stridor: [['breathing_cough', 3]],
  fever: [['fever', 4]],
  chills: [['fever', 2]],
  abdominal_pain: [['abdominal', 5]],
  vomiting: [['abdominal', 3]],
  diarrhoea: [['abdominal', 4]],
  constipation: [['abdominal', 3]],
  dyspepsia: [['abdominal', 3]],
  vomiting_blood: [['abdominal', 4]],
  black_stool: [['abdominal', 4]],
  rectal_bleeding: [['abdominal', 3]],
  headache: [['headache_neuro', 5]],
  dizziness: [['headache_neuro', 4]],
  facial_droop: [['headache_neuro', 5]],
  one_sided_weakness: [['headache_neuro', 5]],
  speech_difficulty: [['headache_neuro', 5]],
  numbness: [['headache_neuro', 3]],
  seizure: [['headache_neuro', 4]],
  confusion: [['headache_neuro', 3]],
  injury: [['injury_musculoskeletal', 5]],
  joint_msk_pain: [['injury_musculoskeletal', 4]],
  back_pain: [['injury_musculoskeletal', 4]],
  limb_pain: [['injury_musculoskeletal', 3]],
  deformity: [['injury_musculoskeletal', 4]],
  wound: [['injury_musculoskeletal', 4]],
  rash: [['skin', 4]],
  itch: [['skin', 4]],
  hives: [['skin', 4]],
  skin_lesion: [['skin', 4]],
  eye_pain_red: [['eye', 5]],
  blurred_vision: [['eye', 4]],
  vision_loss: [['eye', 4]],
  eye_injury: [['eye', 5]],
  ear_symptom: [['ear_nose_throat', 5]],
  hearing_loss: [['ear_nose_throat', 5]],
  nose_symptom: [['ear_nose_throat', 4]],
  sore_throat: [['ear_nose_throat', 4]],
  nosebleed: [['ear_nose_throat', 4]],
  dysuria: [['urinary_genital', 5]],
  urinary_frequency: [['urinary_genital', 4]],
  hematuria: [['urinary_genital', 4]],
  testicular_pain: [['urinary_genital', 5]],
  flank_pain: [['urinary_genital', 4]],
  vaginal_bleeding: [['womens_health', 5]],
  gynae_symptom: [['womens_health', 5]],
  pregnant: [['womens_health', 4]],
  pregnancy_danger: [['womens_health', 5]],
  breast_symptom: [['womens_health', 3]],
  mental_distress: [['mental_health', 5]],
  suicidal: [['mental_health', 6]],
  dental: [['dental', 5]],
};

export interface FamilyMatch {
  family: ComplaintFamily;
  score: number;
}

export function matchComplaintFamily(text: string): FamilyMatch[] {
  const found = findConcepts(normaliseChineseNumbers(normaliseText(text)));
  const score = new Map<ComplaintFamily, number>();
  for (const id of found.present)
    for (const [f, w] of FAMILY_OF[id] ?? []) score.set(f, (score.get(f) ?? 0) + w);
  const ranked = [...score.entries()]
    .map(([family, s]) => ({ family, score: s }))
    .sort((a, b) => b.score - a.score);
  return ranked.length ? ranked : [{ family: 'general', score: 0 }];
}
