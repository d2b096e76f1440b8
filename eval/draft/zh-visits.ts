/**
 * Chinese multi-source visits (eval/draft/zh-visits/*.json, invented patients): dialogue +
 * questionnaire + lab report rows + EMR summary, each with gold terms per section of the Chinese
 * record and the contradictions planted on purpose. Scores per-section recall of the gold terms,
 * contradiction recall and precision by type, and the draft invariants.
 * The cases were written together with fixes to the composer, so treat them as a dev set.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { draftVisit, parseLabTextLayer } from '../../packages/core/src/index.ts';
import type { RawSource } from '../../packages/core/src/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const DIR = join(here, 'zh-visits');

type Row5 = [string, string, number, string, string];
export interface ZhVisit {
  id: string;
  topic: string;
  visitDate: string;
  transcript: string[];
  questionnaire: [string, string, boolean | string][];
  lab: { date: string; rows: string[] } | null;
  emr: {
    conditions?: [string, string][];
    meds?: Row5[];
    allergies?: [string, string][];
    labs?: Row5[];
  };
  gold: Record<string, string[]>;
  contradictions: string[];
}

function questionnaire(items: ZhVisit['questionnaire']): Record<string, unknown> {
  return {
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    item: items.map(([linkId, text, a]) => ({
      linkId,
      text,
      answer: [typeof a === 'boolean' ? { valueBoolean: a } : { valueString: a }],
    })),
  };
}

function emrBundle(e: ZhVisit['emr']): Record<string, unknown> {
  const subject = { reference: 'Patient/p1' };
  const res: Record<string, unknown>[] = [{ resourceType: 'Patient', id: 'p1' }];
  (e.conditions ?? []).forEach(([code, display], i) =>
    res.push({
      resourceType: 'Condition',
      id: `c${i}`,
      subject,
      clinicalStatus: { coding: [{ code: 'active' }] },
      code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code, display }] },
    }),
  );
  (e.meds ?? []).forEach(([code, display, dose, unit, status], i) =>
    res.push({
      resourceType: 'MedicationStatement',
      id: `m${i}`,
      subject,
      status,
      medicationCodeableConcept: { coding: [{ system: 'http://www.whocc.no/atc', code, display }] },
      dosage: [{ doseAndRate: [{ doseQuantity: { value: dose, unit } }] }],
    }),
  );
  (e.allergies ?? []).forEach(([code, display], i) =>
    res.push({
      resourceType: 'AllergyIntolerance',
      id: `a${i}`,
      patient: subject,
      clinicalStatus: { coding: [{ code: 'active' }] },
      code: { coding: [{ system: 'http://www.whocc.no/atc', code, display }] },
    }),
  );
  (e.labs ?? []).forEach(([code, display, value, unit, date], i) =>
    res.push({
      resourceType: 'Observation',
      id: `o${i}`,
      status: 'final',
      subject,
      category: [{ coding: [{ code: 'laboratory' }] }],
      code: { coding: [{ system: 'http://loinc.org', code, display }] },
      effectiveDateTime: date,
      valueQuantity: { value, unit },
    }),
  );
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: res.map((r) => ({ fullUrl: `urn:uuid:${String(r.resourceType)}-${String(r.id)}`, resource: r })),
  };
}

export function sourcesOf(c: ZhVisit): RawSource[] {
  const out: RawSource[] = [{ sourceId: 'tx', kind: 'transcript', content: c.transcript.join('\n') }];
  if (c.questionnaire.length > 0)
    out.push({ sourceId: 'q', kind: 'questionnaire', content: questionnaire(c.questionnaire) });
  if (c.lab) {
    const text = [
      '检验报告单',
      `采样时间：${c.lab.date} 08:30`,
      '项目 结果 提示 单位 参考范围',
      ...c.lab.rows,
    ];
    out.push({
      sourceId: 'lab',
      kind: 'lab_report',
      observations: parseLabTextLayer(text.join('\n'), { sourceId: 'lab' }).observations,
    });
  }
  if (Object.keys(c.emr).length > 0) out.push({ sourceId: 'emr', kind: 'emr', bundle: emrBundle(c.emr) });
  return out;
}

export interface ZhVisitReport {
  cases: number;
  sectionRecall: Record<string, number>;
  factRecall: number;
  contradictions: { recall: number; precision: number; tp: number; fp: number; fn: number };
  violations: number;
  misses?: string[];
}

export function runZhVisits(verbose = false): ZhVisitReport | undefined {
  if (!existsSync(DIR)) return undefined;
  const cases = readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as ZhVisit);
  const hit: Record<string, [number, number]> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let violations = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const r = draftVisit({ sources: sourcesOf(c), visitDate: c.visitDate, visitType: 'first' });
    violations += r.violations.length;
    const text = new Map(r.draft.zh.map((s) => [s.id as string, s.sentences.map((x) => x.text).join('')]));
    // Gold keys may name alternative sections (past_history|diagnosis: a known condition diagnosed
    // again today) and terms may name synonyms (腰痛|腰背痛); recall is counted under the first.
    for (const [key, terms] of Object.entries(c.gold)) {
      const sections = key.split('|');
      const section = sections[0]!;
      const t = sections.map((s) => text.get(s) ?? '').join('\n');
      const h = (hit[section] ??= [0, 0]);
      for (const term of terms) {
        h[1]++;
        if (term.split('|').some((x) => t.includes(x))) h[0]++;
        else misses.push(`${c.id} ${section}: ${term}`);
      }
    }
    // Contradictions by type, as multisets.
    const got = r.draft.contradictions.map((x) => x.type as string);
    const want = [...c.contradictions];
    for (const g of got) {
      const i = want.indexOf(g);
      if (i >= 0) {
        tp++;
        want.splice(i, 1);
      } else {
        fp++;
        misses.push(`${c.id} extra contradiction: ${g}`);
      }
    }
    fn += want.length;
    for (const w of want) misses.push(`${c.id} missed contradiction: ${w}`);
  }
  const sectionRecall: Record<string, number> = {};
  let all = 0;
  let found = 0;
  for (const [s, [h, n]] of Object.entries(hit).sort()) {
    sectionRecall[s] = +(h / n).toFixed(3);
    all += n;
    found += h;
  }
  return {
    cases: cases.length,
    sectionRecall,
    factRecall: +(found / Math.max(1, all)).toFixed(3),
    contradictions: {
      recall: +(tp / Math.max(1, tp + fn)).toFixed(3),
      precision: +(tp / Math.max(1, tp + fp)).toFixed(3),
      tp,
      fp,
      fn,
    },
    violations,
    ...(verbose ? { misses } : {}),
  };
}
