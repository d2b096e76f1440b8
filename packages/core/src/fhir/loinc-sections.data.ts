import type { SectionId } from '../record/draft-types.ts';

/**
 * 门诊病历 / note sections → LOINC section codes for the exported Composition.
 * Source: LOINC (https://loinc.org, Regenstrief Institute, LOINC licence) as used for document
 * sections by HL7 C-CDA R2.1 (chief complaint, HPI, past medical history, allergies, social history,
 * family history, physical exam, results, medications, review of systems, assessment and plan,
 * plan of treatment). `uncertain: true` marks a mapping whose meaning is wider or narrower than the
 * Chinese section, or a code not confirmed against a LOINC release here — review before relying on it.
 */
export interface LoincSection {
  code: string;
  display: string;
  uncertain?: true;
  note?: string;
}

export const LOINC_SYSTEM = 'http://loinc.org';

/** 门诊病历 as a whole (《病历书写基本规范》outpatient record). */
export const OUTPATIENT_NOTE: LoincSection = { code: '34108-1', display: 'Outpatient Note' };

export const LOINC_SECTIONS: Record<SectionId, LoincSection> = {
  chief_complaint: { code: '10154-3', display: 'Chief complaint Narrative - Reported' },
  hpi: { code: '10164-2', display: 'History of Present illness Narrative' },
  ros: { code: '10187-3', display: 'Review of systems Narrative - Reported' },
  past_history: { code: '11348-0', display: 'History of Past illness Narrative' },
  medications: { code: '10160-0', display: 'History of Medication use Narrative' },
  allergy: { code: '48765-2', display: 'Allergies and adverse reactions Document' },
  personal: {
    code: '29762-2',
    display: 'Social history Narrative',
    uncertain: true,
    note: '个人史 also covers birthplace, travel, occupation exposures and habits; social history is the closest section.',
  },
  family: { code: '10157-6', display: 'History of family member diseases Narrative' },
  exam: { code: '29545-1', display: 'Physical findings Narrative' },
  results: { code: '30954-2', display: 'Relevant diagnostic tests/laboratory data Narrative' },
  diagnosis: {
    code: '29548-5',
    display: 'Diagnosis Narrative',
    uncertain: true,
    note: '初步诊断 is a working diagnosis; C-CDA would use an assessment (51848-0) or problem section.',
  },
  plan: {
    code: '18776-5',
    display: 'Plan of care note',
    uncertain: true,
    note: '处理意见 holds treatment and advice given at the visit; plan of care is the closest section.',
  },
  assessment_plan: { code: '51847-2', display: 'Evaluation + Plan note' },
  S: {
    code: '61150-9',
    display: 'Subjective Narrative',
    uncertain: true,
    note: 'not confirmed against a LOINC release here',
  },
  O: {
    code: '61149-1',
    display: 'Objective Narrative',
    uncertain: true,
    note: 'not confirmed against a LOINC release here',
  },
  A: { code: '51848-0', display: 'Evaluation note' },
  P: { code: '18776-5', display: 'Plan of care note' },
};
