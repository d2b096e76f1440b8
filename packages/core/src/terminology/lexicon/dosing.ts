/**
 * Medication frequency and route vocabulary, normalised to the usual Latin abbreviations
 * (QD, BID …) so that 每日两次, 一天两次, bid and "twice a day" are one value.
 * Source: written for Yizhu from common prescription shorthand. Licence: project licence.
 */
export interface DosingEntry {
  code: string;
  zh: string;
  en: string;
}

export const FREQUENCIES: DosingEntry[] = [
  {
    code: 'QD',
    zh: '每日一次|一天一次|一日一次|每天一次|每天一片|一天一片|每天一粒|一天一粒|每天早上一次|每天1次|一天1次|qd|每日1次|一天吃一次|每天吃一次|每天一颗',
    en: 'once a day|once daily|daily|every day|qd|every morning|a day|per day|one a day',
  },
  {
    code: 'BID',
    zh: '每日两次|一天两次|一日两次|每天两次|一天2次|每日2次|每天2次|bid|一天吃两次|早晚各一次|早晚各一片|一天两片|每天两片',
    en: 'twice a day|twice daily|bid|two times a day|b.i.d.',
  },
  {
    code: 'TID',
    zh: '每日三次|一天三次|一日三次|每天三次|一天3次|每日3次|tid|三餐前|随餐|一天吃三次|每顿饭',
    en: 'three times a day|three times daily|tid|with meals|t.i.d.',
  },
  { code: 'QID', zh: '每日四次|一天四次|一日四次|qid', en: 'four times a day|qid' },
  {
    code: 'QHS',
    zh: '睡前|每晚|晚上睡前|每天晚上|晚上一次',
    en: 'at night|at bedtime|nightly|every night|qhs|before bed',
  },
  {
    code: 'PRN',
    zh: '需要时|必要时|疼的时候|难受的时候|不舒服的时候|发烧的时候|烧的时候',
    en: 'as needed|prn|when needed|as necessary',
  },
  {
    code: 'QW',
    zh: '每周一次|一周一次|一个礼拜一次|一星期一次',
    en: 'once a week|weekly|every week|once weekly',
  },
  {
    code: 'Q4-6H',
    zh: '每4到6小时|每四到六小时|每6小时|每六小时',
    en: 'every 4 to 6 hours|every 6 hours|every four to six hours|every four hours|every 4 hours|every six hours',
  },
];

export const ROUTES: DosingEntry[] = [
  { code: 'PO', zh: '口服|吃|含服|舌下含服', en: 'by mouth|orally|po|oral' },
  { code: 'IV', zh: '静脉|输液|打点滴|挂水|吊瓶', en: 'iv|intravenous|intravenously' },
  { code: 'SC', zh: '皮下|打针|皮下注射', en: 'subcutaneous|injection|injections|shot|shots' },
  { code: 'INH', zh: '吸入|喷', en: 'inhaled|inhaler|puffs|puff|nebulizer' },
  { code: 'TOP', zh: '外用|涂|抹|外敷|贴', en: 'topical|topically|cream|ointment|apply' },
];
