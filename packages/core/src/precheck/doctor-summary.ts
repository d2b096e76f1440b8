/**
 * One-screen summary of a pre-consultation for the doctor (zh or en): chief complaint, triage,
 * positive and denied red flags, the frame of the history, and every flagged answer shown as such.
 * Patient statements are reported as statements ("patient reports"), not as findings.
 */
import type { TriageResult } from '../triage/triage-types.ts';
import { enabledQuestions } from './next-question.ts';
import type {
  PrecheckAnswer,
  PrecheckAnswers,
  PrecheckContext,
  Question,
  QuestionTree,
} from './question-tree-types.ts';

export interface DoctorSummary {
  title: string;
  lines: string[];
  flagged: string[];
}

const DISPOSITION_TEXT = {
  emergency: { zh: '立即急诊', en: 'emergency now' },
  urgent: { zh: '当日就诊', en: 'urgent, same day' },
  routine: { zh: '普通门诊', en: 'routine outpatient' },
  self_care: { zh: '居家自我护理（附就医提示）', en: 'self-care with safety-net advice' },
} as const;

function formatHours(h: number, lang: 'zh' | 'en'): string {
  const [n, zh, en] =
    h < 1
      ? [Math.round(h * 60), '分钟', 'min']
      : h < 48
        ? [Math.round(h), '小时', 'h']
        : h < 24 * 60
          ? [Math.round(h / 24), '天', 'days']
          : [Math.round(h / 720), '个月', 'months'];
  return lang === 'zh' ? `${n}${zh}` : `${n} ${en}`;
}

function show(q: Question, a: PrecheckAnswer, lang: 'zh' | 'en'): string {
  const v = a.value;
  if (v === null) return lang === 'zh' ? `（未能解析）“${a.raw ?? ''}”` : `(not understood) "${a.raw ?? ''}"`;
  if (typeof v === 'boolean') return v ? (lang === 'zh' ? '是' : 'yes') : lang === 'zh' ? '否' : 'no';
  if (typeof v === 'number')
    return q.type === 'duration' ? formatHours(v, lang) : q.type === 'scale' ? `${v}/10` : String(v);
  const codes = Array.isArray(v) ? v : [v];
  if (!q.options) return codes.join(', ');
  return codes
    .map((c) => q.options?.find((o) => o.code === c)?.text[lang] ?? c)
    .join(lang === 'zh' ? '、' : ', ');
}

export function doctorSummary(
  tree: QuestionTree,
  answers: PrecheckAnswers,
  ctx: PrecheckContext,
  chiefComplaint: string,
  lang: 'zh' | 'en',
  triageResult?: TriageResult,
): DoctorSummary {
  const zh = lang === 'zh';
  const lines: string[] = [];
  const flagged: string[] = [];
  const who = ctx.respondent === 'guardian' ? (zh ? '（监护人代答）' : ' (answered by guardian)') : '';
  lines.push(
    `${zh ? '主诉（患者自述）' : 'Chief complaint (patient words)'}${who}: ${chiefComplaint.slice(0, 200)}`,
  );
  if (triageResult) {
    const t = triageResult;
    const level = t.level ? (zh ? `，预检${t.level}级` : `, CN level ${t.level}`) : '';
    lines.push(
      `${zh ? '分诊' : 'Triage'}: ${DISPOSITION_TEXT[t.disposition][lang]}${level}; ${zh ? '科室' : 'departments'}: ${t.departments.map((d) => d.name[lang]).join(' / ')}`,
    );
    for (const r of t.reasons.slice(0, 3)) lines.push(`  · ${r[lang]}`);
  }
  const positive: string[] = [];
  const denied: string[] = [];
  for (const q of enabledQuestions(tree, answers, ctx)) {
    const a = answers[q.linkId];
    if (!a) continue;
    if (a.flags?.length)
      flagged.push(
        `${q.text[lang]} → ${show(q, a, lang)} [${a.flags.map((f) => f.message[lang]).join('; ')}]`,
      );
    if (q.redFlag) {
      if (a.value === true) positive.push(q.text[lang]);
      else if (a.value === false) denied.push(q.text[lang]);
      continue;
    }
    if (a.value === null) continue;
    lines.push(`${q.text[lang].replace(/[？?].*$/, '')}: ${show(q, a, lang)}`);
  }
  if (positive.length)
    lines.push(
      `${zh ? '危险信号（患者回答“是”）' : 'Red flags answered yes'}: ${positive.join(zh ? '；' : '; ')}`,
    );
  if (denied.length)
    lines.push(`${zh ? '已否认' : 'Denied'}: ${denied.length} ${zh ? '项危险信号' : 'red-flag questions'}`);
  for (const f of triageResult?.flags ?? []) flagged.push(f.message[lang]);
  return { title: `${zh ? '预问诊' : 'Pre-consultation'}: ${tree.title[lang]}`, lines, flagged };
}
