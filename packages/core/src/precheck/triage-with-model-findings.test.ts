import { describe, expect, it } from 'vitest';
import type { ModelPrecheckFinding } from '../llm/apply-precheck-findings.ts';
import { triage } from '../triage/triage.ts';
import type { TriageInput } from '../triage/triage-types.ts';
import { triageWithModelFindings } from './triage-with-model-findings.ts';

const chest: ModelPrecheckFinding = {
  linkId: 'chief-complaint',
  quote: '胸前像被大象踩着',
  start: 0,
  end: 8,
  type: 'symptom',
  concept: 'chest_pain',
  label: { zh: '胸痛/胸闷', en: 'chest pain or tightness' },
  present: true,
};
const month: ModelPrecheckFinding = {
  linkId: 'chief-complaint',
  quote: '1个月',
  start: 0,
  end: 4,
  type: 'duration',
  value: 1,
  unit: 'month',
  durationHours: 720,
};

const run = (input: TriageInput, findings: ModelPrecheckFinding[]) =>
  triageWithModelFindings(input, triage(input), findings);

describe('triageWithModelFindings', () => {
  it('a verified paraphrase of chest pain makes the triage more urgent', () => {
    const input: TriageInput = { text: '胸前像被大象踩着一样', ageYears: 60, sex: 'M' };
    const r = run(input, [chest]);
    expect(r.deterministic.disposition).toBe('routine');
    expect(r.triage.disposition).toBe('emergency');
    expect(r.raised).toBe(true);
    expect(r.triage.findings.present).toContain('chest_pain');
  });

  it('never lowers: a duration that would switch an emergency rule off is not used', () => {
    const input: TriageInput = { text: '胸痛', ageYears: 60, sex: 'M' };
    const r = run(input, [month]);
    expect(r.withModel.disposition).toBe('urgent'); // what the model's reading alone would give
    expect(r.triage).toBe(r.deterministic);
    expect(r.triage.disposition).toBe('emergency');
    expect(r.raised).toBe(false);
  });

  it('a denial from the model never reaches the rules', () => {
    const input: TriageInput = { text: '胸痛', ageYears: 60, sex: 'M' };
    const r = run(input, [{ ...chest, quote: '不痛', present: false }]);
    expect(r.triage).toBe(r.deterministic);
    expect(r.withModel).toBe(r.deterministic);
  });

  it('a structured answer wins over a model number; the model only fills a gap', () => {
    const input: TriageInput = { text: '肚子疼', ageYears: 40, sex: 'F', severity: 3 };
    const sev: ModelPrecheckFinding = { ...month, type: 'severity', value: 9, severity: 9, unit: undefined };
    expect(run(input, [sev]).triage.disposition).toBe(triage(input).disposition);
    const noScore: TriageInput = { text: '肚子疼', ageYears: 40, sex: 'F' };
    expect(run(noScore, [sev]).triage.disposition).toBe('emergency');
  });
});
