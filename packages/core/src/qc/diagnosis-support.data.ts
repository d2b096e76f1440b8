/**
 * What a diagnosis needs in the record to count as supported (QC-DX-02). Keyed by ICD-10 prefix;
 * any one of `anyOf` must appear among the record's facts (LOINC or ICD-10 codes, or a fact kind).
 * Source: written for Yizhu from common diagnostic criteria (hypertension: measured BP — 中国高血压
 * 防治指南 2018; diabetes: glucose or HbA1c — 中国2型糖尿病防治指南 2020; respiratory infections:
 * respiratory symptoms or signs). Status: project-authored, pending clinical review; a diagnosis
 * not listed falls back to "some positive symptom, finding or result".
 */
export interface DiagnosisSupport {
  icdPrefix: string;
  needs: { zh: string; en: string };
  anyOf: string[];
}

export const DIAGNOSIS_SUPPORT: readonly DiagnosisSupport[] = [
  {
    icdPrefix: 'I1',
    needs: { zh: '血压测量值', en: 'a blood-pressure reading' },
    anyOf: ['loinc:85354-9', 'loinc:8480-6'],
  },
  {
    icdPrefix: 'E11',
    needs: { zh: '血糖或糖化血红蛋白', en: 'glucose or HbA1c' },
    anyOf: ['loinc:2345-7', 'loinc:1558-6', 'loinc:4548-4', 'loinc:2339-0', 'loinc:14749-6'],
  },
  {
    icdPrefix: 'E10',
    needs: { zh: '血糖或糖化血红蛋白', en: 'glucose or HbA1c' },
    anyOf: ['loinc:2345-7', 'loinc:1558-6', 'loinc:4548-4', 'loinc:2339-0', 'loinc:14749-6'],
  },
  {
    icdPrefix: 'J',
    needs: { zh: '呼吸道症状或体征', en: 'respiratory symptoms or signs' },
    anyOf: ['icd:R05', 'icd:R06', 'icd:R07', 'icd:R50', 'icd:J', 'icd:R09', 'loinc:8310-5', 'kind:finding'],
  },
];
