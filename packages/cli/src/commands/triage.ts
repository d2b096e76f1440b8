import { readFileSync } from 'node:fs';
import { triage, type PrecheckContext, type TriageInput, type TriageResult } from '@yizhu/core';
import { questionnaireToTriageInput } from './questionnaire-to-triage-input.ts';

export interface TriageOptions {
  text?: string;
  age?: string;
  sex?: string;
  lang?: string;
  questionnaire?: string;
  json?: boolean;
}

const MAX_FILE_BYTES = 2 * 1024 * 1024;

function fail(message: string): number {
  console.error(message);
  return 2;
}

/** The machine-readable answer (issue 7): urgency, where, why — never a diagnosis. */
export function triageJson(r: TriageResult) {
  return {
    disposition: r.disposition,
    ...(r.level ? { level: r.level } : {}),
    departments: r.departments.map((d) => ({ code: d.code, name: d.name, reasons: d.reasons })),
    redFlags: r.redFlags.map((f) => ({ id: f.id, label: f.label })),
    reasons: r.reasons,
    advice: r.advice,
    flags: r.flags.map((f) => ({ code: f.code, message: f.message })),
  };
}

/** `yizhu triage`: the same pure triage the server runs, on a text and/or a QuestionnaireResponse file. */
export function triageCommand(o: TriageOptions): number {
  const lang = o.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') return fail('--lang must be zh or en');
  if (!o.text && !o.questionnaire) return fail('give --text "..." or --questionnaire FILE');
  let age: number | undefined;
  if (o.age !== undefined) {
    age = Number(o.age);
    if (!/^\d+(\.\d+)?$/.test(o.age) || age > 130) return fail('--age must be a number of years (0–130)');
  }
  const sex = o.sex?.toUpperCase();
  if (sex !== undefined && sex !== 'M' && sex !== 'F') return fail('--sex must be M or F');
  const ctx: PrecheckContext = {
    ...(age !== undefined ? { ageYears: Math.floor(age) } : {}),
    ...(sex ? { sex: sex as 'M' | 'F' } : {}),
    respondent: age !== undefined && age < 14 ? 'guardian' : 'self',
  };
  let input: TriageInput;
  if (o.questionnaire) {
    let qr: unknown;
    try {
      const buf = readFileSync(o.questionnaire);
      if (buf.length > MAX_FILE_BYTES) return fail('the questionnaire file is too large (over 2 MB)');
      qr = JSON.parse(buf.toString('utf8'));
    } catch (err) {
      const code = (err as { code?: string }).code;
      return fail(
        code === 'ENOENT' ? 'questionnaire file not found' : 'the questionnaire file is not valid JSON',
      );
    }
    try {
      input = questionnaireToTriageInput(qr, ctx, o.text);
    } catch (err) {
      return fail((err as Error).message);
    }
  } else {
    input = {
      text: o.text ?? '',
      ...(ctx.ageYears !== undefined ? { ageYears: ctx.ageYears } : {}),
      ...(age !== undefined && age < 2 ? { ageMonths: Math.floor(age * 12) } : {}),
      ...(ctx.sex ? { sex: ctx.sex } : {}),
    };
  }
  const result = triage(input);
  if (o.json) {
    console.log(JSON.stringify(triageJson(result), null, 2));
    return 0;
  }
  const L = lang;
  const out = [
    `${L === 'zh' ? '处置' : 'Disposition'}: ${result.disposition}${result.level ? ` (${L === 'zh' ? '分级' : 'level'} ${result.level})` : ''}`,
    `${L === 'zh' ? '科室' : 'Departments'}: ${result.departments.map((d) => d.name[L]).join(' / ')}`,
    ...result.redFlags.map((f) => `${L === 'zh' ? '危险信号' : 'Red flag'}: ${f.label[L]}`),
    ...result.reasons.map((r) => `  · ${r[L]}`),
    `${L === 'zh' ? '建议' : 'Advice'}: ${result.advice[L]}`,
    ...result.flags.map((f) => `! ${f.message[L]}`),
  ];
  console.log(out.join('\n'));
  return 0;
}
