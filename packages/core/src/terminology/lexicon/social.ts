import type { ConceptEntry } from '../lexicon-entry.ts';

/**
 * Social history. Codes are LOINC observation codes for the history item.
 * Source: written for Yizhu (items of the 国家基本公共卫生服务 health record: smoking, drinking).
 * Licence: project licence; LOINC cited under its licence.
 */
export const SOCIAL: ConceptEntry[] = [
  {
    id: 'smoking',
    kind: 'social',
    code: '72166-2',
    system: 'loinc',
    zh: '吸烟',
    en: 'Smoking',
    zhT: '吸烟|抽烟|抽烟史|吸烟史|烟龄|抽过烟|吸过烟|抽点烟|烟瘾|戒烟|烟酒',
    enT: 'smoke|smoking|smoker|smokes|smoked|cigarettes|cigarette|tobacco|cigars|vape|vaping|pack a day|packs a day',
  },
  {
    id: 'alcohol',
    kind: 'social',
    code: '74013-4',
    system: 'loinc',
    zh: '饮酒',
    en: 'Alcohol use',
    zhT: '喝酒|饮酒|喝点酒|白酒|啤酒|红酒|酗酒|饮酒史|应酬喝|喝点小酒|喝过酒|戒酒',
    enT: 'alcohol|drink alcohol|alcohol use|beer|beers|wine|liquor|drinker|etoh|alcoholic drinks|glass of wine',
    verify: '74013-4 is "alcoholic drinks per day"',
  },
  {
    id: 'substance_use',
    kind: 'social',
    code: '74204-9',
    system: 'loinc',
    zh: '药物滥用',
    en: 'Drug use',
    zhT: '吸毒|毒品',
    enT: 'recreational drugs|illicit drugs|drug use|marijuana|cocaine',
    verify: 'LOINC code to confirm',
  },
];
