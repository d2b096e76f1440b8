/**
 * The invented demo clinic. Every name, number and history here is made up; none is a real person.
 * Conditions carry ICD-10 codes; medications are common Chinese outpatient generics.
 */
export const DEMO_ORG = '医助示范社区卫生服务中心 Yizhu Demo Community Health Centre';

export const DEMO_DEPARTMENTS = [
  { code: 'IM', nameZh: '内科', nameEn: 'Internal Medicine' },
  { code: 'GP', nameZh: '全科医学科', nameEn: 'General Practice' },
] as const;

export const DEMO_STAFF = [
  { username: 'dr.wang', displayName: '王明', role: 'doctor', dept: 'IM' },
  { username: 'dr.li', displayName: '李芳', role: 'doctor', dept: 'IM' },
  { username: 'dr.zhang', displayName: '张伟', role: 'doctor', dept: 'GP' },
  { username: 'nurse.chen', displayName: '陈静', role: 'nurse', dept: 'IM' },
  { username: 'admin', displayName: '系统管理员', role: 'admin', dept: null },
] as const;

export type ConditionKey =
  'htn' | 't2dm' | 'lipid' | 'chd' | 'ckd' | 'gerd' | 'asthma' | 'copd' | 'gout' | 'insomnia';

export const CONDITIONS: Record<ConditionKey, { icd10: string; zh: string; en: string; since: string }> = {
  htn: { icd10: 'I10', zh: '原发性高血压', en: 'Essential hypertension', since: '2016-05-01' },
  t2dm: { icd10: 'E11.9', zh: '2型糖尿病', en: 'Type 2 diabetes mellitus', since: '2019-03-12' },
  lipid: { icd10: 'E78.5', zh: '高脂血症', en: 'Hyperlipidaemia', since: '2020-09-20' },
  chd: { icd10: 'I25.1', zh: '冠状动脉粥样硬化性心脏病', en: 'Coronary artery disease', since: '2021-11-02' },
  ckd: { icd10: 'N18.3', zh: '慢性肾脏病3期', en: 'Chronic kidney disease stage 3', since: '2022-04-15' },
  gerd: { icd10: 'K21.9', zh: '胃食管反流病', en: 'Gastro-oesophageal reflux disease', since: '2018-07-08' },
  asthma: { icd10: 'J45.9', zh: '支气管哮喘', en: 'Asthma', since: '2010-02-01' },
  copd: { icd10: 'J44.9', zh: '慢性阻塞性肺疾病', en: 'COPD', since: '2017-12-01' },
  gout: { icd10: 'M10.9', zh: '痛风', en: 'Gout', since: '2021-06-30' },
  insomnia: { icd10: 'G47.0', zh: '失眠', en: 'Insomnia', since: '2023-01-10' },
};

export const MEDICATIONS: Partial<Record<ConditionKey, { zh: string; en: string; dose: string }[]>> = {
  htn: [{ zh: '苯磺酸氨氯地平片', en: 'Amlodipine', dose: '5 mg 每日一次 qd' }],
  t2dm: [{ zh: '盐酸二甲双胍片', en: 'Metformin', dose: '0.5 g 每日三次 tid' }],
  lipid: [{ zh: '阿托伐他汀钙片', en: 'Atorvastatin', dose: '20 mg 每晚一次 qn' }],
  chd: [{ zh: '阿司匹林肠溶片', en: 'Aspirin', dose: '100 mg 每日一次 qd' }],
  gerd: [{ zh: '奥美拉唑肠溶胶囊', en: 'Omeprazole', dose: '20 mg 每日一次 qd' }],
  asthma: [
    { zh: '布地奈德福莫特罗吸入剂', en: 'Budesonide/formoterol inhaler', dose: '160/4.5 μg 每日两次 bid' },
  ],
  gout: [{ zh: '非布司他片', en: 'Febuxostat', dose: '40 mg 每日一次 qd' }],
};

export interface DemoPatient {
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  dept: 'IM' | 'GP';
  conditions: ConditionKey[];
  allergy?: { zh: string; en: string };
  todayWith?: 'dr.wang' | 'dr.li' | 'dr.zhang';
  reason: string;
  login?: 'pt.zhou' | 'pt.wu';
}

export const DEMO_PATIENTS: DemoPatient[] = [
  {
    name: '周建国',
    sex: 'male',
    birthDate: '1958-03-14',
    dept: 'IM',
    conditions: ['htn', 'lipid'],
    todayWith: 'dr.wang',
    reason: '高血压复诊',
    login: 'pt.zhou',
  },
  {
    name: '吴秀兰',
    sex: 'female',
    birthDate: '1962-08-02',
    dept: 'GP',
    conditions: ['t2dm', 'htn'],
    allergy: { zh: '青霉素', en: 'Penicillin' },
    todayWith: 'dr.zhang',
    reason: '糖尿病随访',
    login: 'pt.wu',
  },
  {
    name: '郑海涛',
    sex: 'male',
    birthDate: '1971-11-20',
    dept: 'IM',
    conditions: ['t2dm'],
    todayWith: 'dr.wang',
    reason: '血糖控制不佳',
  },
  {
    name: '孙丽华',
    sex: 'female',
    birthDate: '1980-05-09',
    dept: 'IM',
    conditions: ['gerd'],
    todayWith: 'dr.wang',
    reason: '上腹痛三天',
  },
  {
    name: '钱志强',
    sex: 'male',
    birthDate: '1949-01-30',
    dept: 'IM',
    conditions: ['htn', 'chd', 'ckd'],
    allergy: { zh: '磺胺类药物', en: 'Sulfonamides' },
    todayWith: 'dr.wang',
    reason: '胸闷气短一周',
  },
  {
    name: '冯雪梅',
    sex: 'female',
    birthDate: '1990-12-15',
    dept: 'IM',
    conditions: [],
    todayWith: 'dr.wang',
    reason: '咳嗽发热两天',
  },
  {
    name: '陈国栋',
    sex: 'male',
    birthDate: '1966-07-07',
    dept: 'IM',
    conditions: ['htn', 't2dm', 'lipid'],
    todayWith: 'dr.li',
    reason: '头晕',
  },
  {
    name: '褚玉芬',
    sex: 'female',
    birthDate: '1955-04-18',
    dept: 'IM',
    conditions: ['copd'],
    todayWith: 'dr.li',
    reason: '喘憋加重',
  },
  {
    name: '卫明辉',
    sex: 'male',
    birthDate: '1975-09-25',
    dept: 'GP',
    conditions: ['gout', 'htn'],
    todayWith: 'dr.zhang',
    reason: '右足第一跖趾关节肿痛',
  },
  {
    name: '蒋晓燕',
    sex: 'female',
    birthDate: '1986-02-11',
    dept: 'GP',
    conditions: ['insomnia'],
    todayWith: 'dr.zhang',
    reason: '失眠一个月',
  },
  {
    name: '沈德福',
    sex: 'male',
    birthDate: '1952-10-03',
    dept: 'GP',
    conditions: ['t2dm', 'htn', 'ckd'],
    reason: '慢病随访',
  },
  {
    name: '韩桂英',
    sex: 'female',
    birthDate: '1960-06-21',
    dept: 'GP',
    conditions: ['htn'],
    reason: '高血压随访',
  },
  {
    name: '杨振华',
    sex: 'male',
    birthDate: '1968-03-28',
    dept: 'IM',
    conditions: ['t2dm', 'lipid'],
    reason: '糖尿病复诊',
  },
  {
    name: '朱慧敏',
    sex: 'female',
    birthDate: '1995-08-30',
    dept: 'IM',
    conditions: ['asthma'],
    allergy: { zh: '阿司匹林', en: 'Aspirin' },
    reason: '哮喘复诊',
  },
  {
    name: '秦大勇',
    sex: 'male',
    birthDate: '1963-12-12',
    dept: 'IM',
    conditions: ['htn', 'chd'],
    reason: '心悸',
  },
  {
    name: '尤美玲',
    sex: 'female',
    birthDate: '1972-01-05',
    dept: 'GP',
    conditions: ['lipid'],
    reason: '体检血脂异常',
  },
  {
    name: '许文斌',
    sex: 'male',
    birthDate: '1983-04-16',
    dept: 'GP',
    conditions: ['gerd'],
    reason: '反酸烧心',
  },
  {
    name: '何淑珍',
    sex: 'female',
    birthDate: '1947-09-09',
    dept: 'GP',
    conditions: ['htn', 't2dm', 'chd'],
    reason: '慢病随访',
  },
  {
    name: '吕建军',
    sex: 'male',
    birthDate: '1978-11-01',
    dept: 'IM',
    conditions: ['htn'],
    reason: '血压升高',
  },
  {
    name: '施红霞',
    sex: 'female',
    birthDate: '1969-05-27',
    dept: 'IM',
    conditions: ['t2dm'],
    reason: '口干多饮',
  },
];
