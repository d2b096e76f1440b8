/**
 * Loads the triage vignettes: our own (zh/en, text stored here) and gold labels for vignettes of
 * ../shared/data/vignettes (text read at run time, never copied). Each vignette's split comes from a
 * hash of its id, so it is stable and was not chosen by looking at results.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Disposition, Sex, Vitals } from '../../packages/core/src/index.ts';

export interface Vignette {
  id: string;
  lang: 'zh' | 'en';
  source: 'own' | 'hammoud';
  text: string;
  ageYears?: number;
  ageMonths?: number;
  sex?: Sex;
  vitals?: Vitals;
  trap?: boolean;
  /** Why the gold label is what it is (dev2 onwards). */
  note?: string;
  gold: { disposition: Disposition; department: string };
  split: Split;
}

/**
 * dev: tune on it. test: held out by id hash. test2: written after the first held-out run to probe
 * colloquial and family-reported wording (vignettes/test2.json), before the matcher was changed;
 * its split is fixed, never hashed, and it is never used for tuning. dev2: a second development set
 * (vignettes/dev2.json) written by a different author before reading the lexicons, rules or the
 * other vignettes; its split is fixed and it is used for tuning like dev. dev3: a third development set
 * (vignettes/dev3.json) written by a third author before reading the lexicons, rules, the triage README
 * or any other vignette, probing pre-consultation chat wording, third-party reports, minimising and
 * medication/context risk; measured once blind, then used for tuning like dev2. dev4: a fourth
 * development set (vignettes/dev4.json) written by a fourth author before reading the lexicons, rules,
 * the triage README or any other vignette, probing toxicology, environmental injury, obstetric,
 * paediatric, mental-health and specialty emergencies, dialect/pinyin wording and over-triage traps;
 * measured once blind, then used for tuning like dev3. dev5: written blind by a fifth author after the
 * dev4 round as a held-out set ("test3"), measured once (emergency recall 77.8%, 79.2% after a
 * coverage audit that did not look at it), then turned into a development set like dev2–dev4.
 * dev6: written blind by a sixth author after the dev5 round as a held-out set ("test3", ids t3b-*),
 * measured once (emergency recall 87.7%), then turned into a development set like dev5.
 * dev7: written blind by a seventh author during the dev6 round as a held-out set ("test4", ids t4-*),
 * probing chronic-disease clinic patients, atypical presentations in older people, complications
 * after procedures, medicine side effects and more regional wording; measured once (emergency recall
 * 73.3%), then turned into a development set.
 * dev8: written blind by an eighth author during the dev7 round as a held-out set ("test5", ids t5-*),
 * "a representative week" of messages across all departments, ages and writing styles; measured once
 * (emergency recall 79.5%), then turned into a development set.
 * dev9: written blind by a ninth author during the dev8 round as a held-out set ("test6", ids t6-*),
 * messages typed or dictated on a phone in the waiting room (voice-input slips, no punctuation,
 * relatives typing, buried details; sexual and reproductive health, mental health, environmental and
 * medicine problems); measured once (emergency recall 84.8%), then turned into a development set.
 * dev10: written blind by a tenth author during the dev9 round as a held-out set ("test7", ids t7-*),
 * messages that are hard to read: older people living alone and their carers, many medicines,
 * dialects and second-language English, travellers, children with chronic conditions; measured once
 * (emergency recall 84.8%), then turned into a development set.
 * dev11: written blind by an eleventh author during the dev10 round as a held-out set ("test8", ids
 * t8-*) at the extremes of length and structure: two-to-ten-word messages, long histories with results
 * pasted in, and form or checklist answers; measured once (emergency recall 80.4%), then turned into a
 * development set.
 * dev12: written blind by a twelfth author during the dev11 round as a held-out set ("test9", ids
 * t9-*), a maternal and child health hospital (children, pregnancy, postpartum, gynaecology) with its
 * adult clinic; measured once (emergency recall 73.3%), then turned into a development set.
 * dev13: written blind by a thirteenth author during the dev12 round as a held-out set ("test10", ids
 * t10-*), a big-city general hospital in winter (flu season, the Spring Festival and its travel);
 * measured once (emergency recall 87%), then turned into a development set.
 * dev14: written blind by a fourteenth author during the dev13 round as a held-out set ("test11", ids
 * t11-*), the international patient department of a teaching hospital (three quarters English: expats,
 * students, travellers, native and second-language English); measured once (emergency recall 82.6%),
 * then turned into a development set.
 * dev15: written blind by a fifteenth author during the dev14 round as a held-out set ("test12", ids
 * t12-*), an ordinary fortnight in summer and autumn across the whole hospital with no special angle;
 * measured once (emergency recall 85.7%), then turned into a development set.
 * dev16: written blind by a sixteenth author during the dev15 round as a held-out set ("test13", ids
 * t13-*), an ordinary spring month at a county or city general hospital with no special angle; measured
 * once (emergency recall 91.8%), then turned into a development set.
 * dev17: written blind by a seventeenth author during the dev16 round as a held-out set ("test14", ids
 * t14-*), an ordinary autumn and early-winter month at a city general hospital with no special angle;
 * measured once (emergency recall 89.8%), then turned into a development set.
 * dev18: written blind by an eighteenth author during the dev17 round as a held-out set ("test15", ids
 * t15-*), an ordinary early-winter month at a county hospital with some messages from foreigners living
 * or travelling in China; measured once (emergency recall 91.8%), then turned into a development set.
 * dev19: written blind by a nineteenth author during the dev18 round as a held-out set ("test16", ids
 * t16-*), an ordinary fortnight around the new year at a provincial general hospital (outpatients and the
 * emergency pre-check desk) with messages from foreign residents; measured once (emergency recall 93.9%),
 * then turned into a development set.
 * dev20: written blind by a twentieth author during the dev19 round as a held-out set ("test17", ids
 * t17-*), an ordinary late-winter month at a district hospital in a large city (community referrals,
 * chronic disease, families writing for children and parents) with messages from foreign residents;
 * measured once (emergency recall 93.9%), then turned into a development set.
 * dev21: written blind by a twenty-first author during the dev20 round as a held-out set ("test18", ids
 * t18-*), an ordinary spring fortnight at a township health centre and its county hospital (farmers,
 * returning migrant workers, older people living alone, children left with grandparents) with messages
 * from foreign teachers, engineers and tourists; measured once (emergency recall 93.9%), then turned into
 * a development set.
 * dev22: written blind by a twenty-second author during the dev21 round as a held-out set ("test19",
 * ids t19-*), an ordinary summer month at a large general hospital in southern China (heat, storms,
 * travel, swimming, insects, food) with messages from foreign residents, visiting scholars and tourists;
 * measured once (emergency recall 87.8%), then turned into a development set.
 * dev23: written blind by a twenty-third author during the dev22 round as a held-out set ("test20", ids
 * t20-*), an ordinary autumn fortnight at a university-affiliated general hospital in a northern city
 * (students, staff, retired teachers, young families) with messages from international students and
 * visiting professors; measured once (emergency recall 95.9%), then turned into a development set.
 * dev24: written blind by a twenty-fourth author during the dev23 round as a held-out set ("test21",
 * ids t21-*), an ordinary month at a general hospital in a mid-sized city in western China (Sichuan or
 * Chongqing dialect, mountain and road travel, older people with several chronic diseases, parents of
 * small children) with messages from foreign residents, volunteers and travellers; measured once
 * (emergency recall 91.8%), then turned into a development set.
 * dev25: written blind by a twenty-fifth author during the dev24 round as a held-out set ("test22", ids
 * t22-*), an ordinary month across the whole outpatient building of a large general hospital in eastern
 * China with messages from foreign residents, patients flying in for treatment and their interpreters;
 * measured once (emergency recall 93.9%), then turned into a development set.
 * dev26: written blind by a twenty-sixth author during the dev25 round as a held-out set ("test23", ids
 * t23-*), an ordinary early-winter month at a large general hospital in a north-eastern city (heating
 * season, icy pavements, older people with several chronic diseases, kindergarten children) with English
 * messages from foreign residents, Russian and Korean traders and exchange students; measured once
 * (emergency recall 89.8%), then turned into a development set.
 * dev27: written blind by a twenty-seventh author during the dev26 round as a held-out set ("test24",
 * ids t24-*), an ordinary late-autumn month at a city general hospital in central China with English
 * messages from international students, foreign teachers, business visitors and their interpreters;
 * measured once (emergency recall 91.8%), then turned into a development set.
 * dev28: written blind by a twenty-eighth author during the dev26 round as a held-out set ("test25",
 * ids t25-*), an ordinary month from late summer into autumn at a general hospital in a coastal city in
 * Fujian or Zhejiang with English messages from foreign engineers, sailors, exchange students and
 * retirees; measured once (emergency recall 87.8%), then turned into a development set.
 * dev29: written blind by a twenty-ninth author during the dev27 round as a held-out set ("test26",
 * ids t26-*), an ordinary early-spring month at a general hospital in a large south-western city with
 * English messages from tourists, backpackers, volunteers, researchers and expatriate families; measured
 * once (emergency recall 93.9%), then turned into a development set.
 * dev30: written blind by a thirtieth author during the dev29 round as a held-out set ("test27", ids
 * t27-*), an ordinary winter month at a district general hospital in Beijing or Tianjin with English
 * messages from diplomats and their families, journalists, teachers and business travellers; measured
 * once (emergency recall 87.8%), then turned into a development set.
 * dev31: written blind by a thirty-first author during the dev30 round as a held-out set ("test28",
 * ids t28-*), an ordinary month at the outpatient department of a general hospital in a mid-sized city
 * in northern or central China with no special angle, with some English messages; measured once
 * (emergency recall 91.8%), then turned into a development set.
 * dev32: written blind by a thirty-second author during the dev31 round as a held-out set ("test29",
 * ids t29-*), an ordinary month at the outpatient department of a large general hospital in a provincial
 * capital with no special angle, with some English messages; measured once (emergency recall 95.9%),
 * then turned into a development set.
 * dev33: written blind by a thirty-third author during the dev32 round as a held-out set ("test30",
 * ids t30-*), an ordinary month at the outpatient department of a general hospital in a south-central
 * city (Hunan, Jiangxi or Hubei) with no special angle, with English messages in many voices; measured
 * once (emergency recall 77.6%), then turned into a development set.
 * dev34: written blind by a thirty-fourth author during the dev33 round as a held-out set ("test31",
 * ids t31-*), an ordinary month at the outpatient department of a general hospital in Shandong, Henan or
 * Hebei with no special angle, with English messages in many voices; measured once (emergency recall
 * 81.6%), then turned into a development set.
 * dev35: written blind by a thirty-fifth author during the dev34 round as a held-out set ("test32",
 * ids t32-*), an ordinary month at the outpatient department of a general hospital in Guangxi, Guizhou
 * or Yunnan with no special angle, with English messages in many voices; measured once (emergency
 * recall 87.8%), then turned into a development set.
 * dev36: written blind by a thirty-sixth author during the dev35 round as a held-out set ("test33",
 * ids t33-*), an ordinary month at the outpatient department of a general hospital in Jiangsu, Anhui or
 * Shanghai's suburbs with no special angle, with English messages in many voices; measured once
 * (emergency recall 89.8%), then turned into a development set.
 * dev37: written blind by a thirty-seventh author during the dev36 round as a held-out set ("test34",
 * ids t34-*), an ordinary month at the outpatient department of a general hospital in Guangdong, Hainan
 * or Fujian with no special angle, with English messages in many voices; measured once (emergency
 * recall 91.8%), then turned into a development set.
 * dev38: written blind by a thirty-eighth author during the dev37 round as a held-out set ("test35",
 * ids t35-*), an ordinary month at the outpatient department of a general hospital in Shaanxi, Gansu or
 * Ningxia with no special angle, with English messages in many voices; measured once (emergency recall
 * 89.8%), then turned into a development set.
 * dev39: written blind by a thirty-ninth author during the dev38 round as a held-out set ("test36",
 * ids t36-*), an ordinary month at the outpatient department of a general hospital in Inner Mongolia,
 * Shanxi or Xinjiang with no special angle, with English messages in many voices; measured once
 * (emergency recall 100%), then turned into a development set.
 * dev40: written blind by a fortieth author during the dev39 round as a held-out set ("test37", ids
 * t37-*), an ordinary month at the outpatient department of a county-level general hospital in Zhejiang
 * or Jiangxi with no special angle, with English messages in many voices; measured once (emergency
 * recall 93.9%), then turned into a development set.
 * dev41: written blind by a forty-first author during the dev40 round as a held-out set ("test38", ids
 * t38-*), an ordinary month at the outpatient department of a general hospital in Chongqing or eastern
 * Sichuan with no special angle, with English messages in many voices; measured once (emergency recall
 * 87.8%), then turned into a development set.
 * dev42: written blind by a forty-second author during the dev41 round as a held-out set ("test39",
 * ids t39-*), an ordinary summer-and-autumn month at the outpatient department of a general hospital in
 * Jilin or Heilongjiang with no special angle, with English messages in many voices; measured once
 * (emergency recall 93.9%), then turned into a development set.
 * dev43: written blind by a forty-third author during the dev42 round as a held-out set ("test40", ids
 * t40-*), an ordinary month at the outpatient department of a district general hospital in Tianjin or a
 * Hebei port town with no special angle, with English messages in many voices; measured once
 * (emergency recall 85.7%), then turned into a development set.
 * dev44: written blind by a forty-fourth author during the dev43 round as a held-out set ("test41", ids
 * t41-*), an ordinary month at the outpatient department of a general hospital in Hunan or Hubei with no
 * special angle, with English messages in many voices; measured once (emergency recall 93.9%), then
 * turned into a development set.
 * dev45: written blind by a forty-fifth author during the dev44 round as a held-out set ("test43", ids
 * t43-*), an ordinary month at the outpatient department of a general hospital in Fujian or Shandong with
 * no special angle, with English messages in many voices; measured once (emergency recall 95.9%), then
 * turned into a development set.
 * dev46: written blind by a forty-sixth author during the dev44 round as a held-out set ("test42", ids
 * t42-*), an ordinary month at the outpatient department of a general hospital in Guangxi, Yunnan or
 * Guizhou with no special angle, with English messages in many voices; measured once after round 45
 * (emergency recall 93.9%), then turned into a development set.
 * dev47, dev48: written blind by two more authors during round 47 as held-out sets ("test44", "test45",
 * ids t44-*, t45-*), an ordinary month at the outpatient department of a general hospital in Anhui or
 * Henan, and in Shanghai or Jiangsu, with no special angle and English messages in many voices; measured
 * once after round 47 (emergency recall 95.9% each), then turned into development sets.
 */
export type Split =
  | 'dev'
  | 'dev2'
  | 'dev3'
  | 'dev4'
  | 'dev5'
  | 'dev6'
  | 'dev7'
  | 'dev8'
  | 'dev9'
  | 'dev10'
  | 'dev11'
  | 'dev12'
  | 'dev13'
  | 'dev14'
  | 'dev15'
  | 'dev16'
  | 'dev17'
  | 'dev18'
  | 'dev19'
  | 'dev20'
  | 'dev21'
  | 'dev22'
  | 'dev23'
  | 'dev24'
  | 'dev25'
  | 'dev26'
  | 'dev27'
  | 'dev28'
  | 'dev29'
  | 'dev30'
  | 'dev31'
  | 'dev32'
  | 'dev33'
  | 'dev34'
  | 'dev35'
  | 'dev36'
  | 'dev37'
  | 'dev38'
  | 'dev39'
  | 'dev40'
  | 'dev41'
  | 'dev42'
  | 'dev43'
  | 'dev44'
  | 'dev45'
  | 'dev46'
  | 'test'
  | 'dev47'
  | 'dev48'
  | 'test2';

const here = dirname(fileURLToPath(import.meta.url));
export const SHARED_VIGNETTES = resolve(
  here,
  '../../../shared/data/vignettes/avey_hammoud_2024_400_vignettes.jsonl',
);

/** FNV-1a: a fixed, dependency-free hash; ~30% of ids land in the held-out test split. */
export function splitOf(id: string): 'dev' | 'test' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 10 < 3 ? 'test' : 'dev';
}

type OwnRow = Omit<Vignette, 'source' | 'split'>;

const VITAL_KEYS: ReadonlySet<string> = new Set<keyof Vitals>([
  'heartRate',
  'systolicBp',
  'diastolicBp',
  'usualSystolicBp',
  'spo2',
  'respiratoryRate',
  'temperatureC',
  'glucoseMmol',
  'potassiumMmol',
]);

/** A misspelt vital ("systolicBP") would be silently ignored by the engine and skew the scores. */
export function assertKnownVitals(file: string, rows: readonly { id: string; vitals?: object }[]): void {
  for (const r of rows)
    for (const k of Object.keys(r.vitals ?? {}))
      if (!VITAL_KEYS.has(k)) throw new Error(`${file} ${r.id}: unknown vital "${k}"`);
}

function loadOwn(file: string, fixedSplit?: Split): Vignette[] {
  const rows = JSON.parse(readFileSync(join(here, 'vignettes', file), 'utf8')) as OwnRow[];
  assertKnownVitals(file, rows);
  return rows.map((r) => ({ ...r, source: 'own', split: fixedSplit ?? splitOf(r.id) }));
}

interface HammoudRow {
  demographics: string;
  chief_complaints: string;
  presentation: string;
  absent_findings: string;
  physical_history: string;
}

/** Builds the patient-style text from the vignette's fields; the diagnosis field is never read. */
function hammoudText(r: HammoudRow): string {
  const pmh = r.physical_history && r.physical_history !== '-' ? ` Past history: ${r.physical_history}.` : '';
  return `${r.chief_complaints}. ${r.presentation} ${r.absent_findings}.${pmh}`;
}

export function loadVignettes(): { vignettes: Vignette[]; skipped: string | null } {
  const own = [
    ...loadOwn('zh.json'),
    ...loadOwn('en.json'),
    ...loadOwn('test2.json', 'test2'),
    ...loadOwn('dev2.json', 'dev2'),
    ...loadOwn('dev3.json', 'dev3'),
    ...loadOwn('dev4.json', 'dev4'),
    ...loadOwn('dev5.json', 'dev5'),
    ...loadOwn('dev6.json', 'dev6'),
    ...loadOwn('dev7.json', 'dev7'),
    ...loadOwn('dev8.json', 'dev8'),
    ...loadOwn('dev9.json', 'dev9'),
    ...loadOwn('dev10.json', 'dev10'),
    ...loadOwn('dev11.json', 'dev11'),
    ...loadOwn('dev12.json', 'dev12'),
    ...loadOwn('dev13.json', 'dev13'),
    ...loadOwn('dev14.json', 'dev14'),
    ...loadOwn('dev15.json', 'dev15'),
    ...loadOwn('dev16.json', 'dev16'),
    ...loadOwn('dev17.json', 'dev17'),
    ...loadOwn('dev18.json', 'dev18'),
    ...loadOwn('dev19.json', 'dev19'),
    ...loadOwn('dev20.json', 'dev20'),
    ...loadOwn('dev21.json', 'dev21'),
    ...loadOwn('dev22.json', 'dev22'),
    ...loadOwn('dev23.json', 'dev23'),
    ...loadOwn('dev24.json', 'dev24'),
    ...loadOwn('dev25.json', 'dev25'),
    ...loadOwn('dev26.json', 'dev26'),
    ...loadOwn('dev27.json', 'dev27'),
    ...loadOwn('dev28.json', 'dev28'),
    ...loadOwn('dev29.json', 'dev29'),
    ...loadOwn('dev30.json', 'dev30'),
    ...loadOwn('dev31.json', 'dev31'),
    ...loadOwn('dev32.json', 'dev32'),
    ...loadOwn('dev33.json', 'dev33'),
    ...loadOwn('dev34.json', 'dev34'),
    ...loadOwn('dev35.json', 'dev35'),
    ...loadOwn('dev36.json', 'dev36'),
    ...loadOwn('dev37.json', 'dev37'),
    ...loadOwn('dev38.json', 'dev38'),
    ...loadOwn('dev39.json', 'dev39'),
    ...loadOwn('dev40.json', 'dev40'),
    ...loadOwn('dev41.json', 'dev41'),
    ...loadOwn('dev42.json', 'dev42'),
    ...loadOwn('dev43.json', 'dev43'),
    ...loadOwn('dev44.json', 'dev44'),
    ...loadOwn('dev45.json', 'dev45'),
    ...loadOwn('dev46.json', 'dev46'),
    ...loadOwn('dev47.json', 'dev47'),
    ...loadOwn('dev48.json', 'dev48'),
  ];
  if (!existsSync(SHARED_VIGNETTES)) {
    return {
      vignettes: own,
      skipped: `shared vignettes not found at ${SHARED_VIGNETTES}; derived labels skipped`,
    };
  }
  const lines = readFileSync(SHARED_VIGNETTES, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const labels = JSON.parse(readFileSync(join(here, 'vignettes', 'hammoud-labels.json'), 'utf8')) as {
    labels: { id: string; line: number; gold: Vignette['gold'] }[];
  };
  const derived: Vignette[] = [];
  for (const l of labels.labels) {
    const raw = lines[l.line];
    if (!raw) continue;
    const r = JSON.parse(raw) as HammoudRow;
    const demo = /(\d+)\s*year old\s*(male|female)/i.exec(r.demographics);
    derived.push({
      id: l.id,
      lang: 'en',
      source: 'hammoud',
      text: hammoudText(r),
      ...(demo ? { ageYears: Number(demo[1]), sex: demo[2]?.toLowerCase() === 'male' ? 'M' : 'F' } : {}),
      gold: l.gold,
      split: splitOf(l.id),
    });
  }
  return { vignettes: [...own, ...derived], skipped: null };
}
