/**
 * Outpatient departments used for recommendations (智能导诊). Names follow the usual clinic signage of
 * Chinese general hospitals. Source: project-authored; licence: project (Apache-2.0 / as repo).
 * Internal-medicine codes are folded into paediatrics for children (see recommend-departments.ts).
 */
import type { Bilingual } from '../types/evidence.ts';
import type { DepartmentCode } from './triage-types.ts';

export const DEPARTMENTS: Readonly<Record<DepartmentCode, Bilingual>> = {
  emergency: { zh: '急诊科', en: 'Emergency department' },
  cardiology: { zh: '心血管内科', en: 'Cardiology' },
  respiratory: { zh: '呼吸内科', en: 'Respiratory medicine' },
  gastroenterology: { zh: '消化内科', en: 'Gastroenterology' },
  neurology: { zh: '神经内科', en: 'Neurology' },
  endocrinology: { zh: '内分泌科', en: 'Endocrinology' },
  nephrology: { zh: '肾内科', en: 'Nephrology' },
  haematology: { zh: '血液内科', en: 'Haematology' },
  rheumatology: { zh: '风湿免疫科', en: 'Rheumatology and immunology' },
  infectious_disease: { zh: '感染科', en: 'Infectious diseases' },
  general_internal: { zh: '全科/普通内科', en: 'General practice / internal medicine' },
  general_surgery: { zh: '普外科', en: 'General surgery' },
  orthopaedics: { zh: '骨科', en: 'Orthopaedics' },
  urology: { zh: '泌尿外科', en: 'Urology' },
  neurosurgery: { zh: '神经外科', en: 'Neurosurgery' },
  vascular_surgery: { zh: '血管外科', en: 'Vascular surgery' },
  paediatrics: { zh: '儿科', en: 'Paediatrics' },
  obstetrics_gynaecology: { zh: '妇产科', en: 'Obstetrics and gynaecology' },
  ophthalmology: { zh: '眼科', en: 'Ophthalmology' },
  ent: { zh: '耳鼻咽喉科', en: 'ENT (ear, nose and throat)' },
  dermatology: { zh: '皮肤科', en: 'Dermatology' },
  stomatology: { zh: '口腔科', en: 'Stomatology (dental)' },
  psychiatry: { zh: '精神心理科', en: 'Psychiatry / psychology' },
};

/** Departments a child under 14 sees in paediatrics instead (儿科 covers internal medicine < 14 y). */
export const PAEDIATRIC_FOLDED: ReadonlySet<DepartmentCode> = new Set<DepartmentCode>([
  'cardiology',
  'respiratory',
  'gastroenterology',
  'neurology',
  'endocrinology',
  'nephrology',
  'haematology',
  'rheumatology',
  'infectious_disease',
  'general_internal',
]);

/** Age below which paediatrics applies (common practice in Chinese hospitals: < 14 years). */
export const PAEDIATRIC_AGE_LIMIT_YEARS = 14;
