/**
 * Adds verified model findings to the triage input and keeps the more urgent of the two results:
 * triage = max(deterministic, deterministic + model findings). A model can therefore raise urgency
 * (a paraphrase of chest pain the lexicon missed) but never lower it — not by a denial (denials are
 * shown to the doctor, never fed to the rules), nor by a duration that would switch a rule off.
 */
import type { ModelPrecheckFinding } from '../llm/apply-precheck-findings.ts';
import { triage } from '../triage/triage.ts';
import {
  DISPOSITION_RANK,
  type StructuredFinding,
  type TriageInput,
  type TriageResult,
} from '../triage/triage-types.ts';

export interface ModelTriage {
  /** What to use: the deterministic result unless the model's findings made it more urgent. */
  triage: TriageResult;
  /** The rules on the patient's answers alone. */
  deterministic: TriageResult;
  /** The rules on the answers plus the verified model findings. */
  withModel: TriageResult;
  raised: boolean;
}

const moreUrgent = (a: TriageResult, b: TriageResult): boolean =>
  DISPOSITION_RANK[a.disposition] > DISPOSITION_RANK[b.disposition] ||
  (a.disposition === b.disposition && a.level !== undefined && (b.level === undefined || a.level < b.level));

const unionBy = <T>(xs: readonly T[], ys: readonly T[], key: (x: T) => string): T[] => {
  const seen = new Set(xs.map(key));
  return [...xs, ...ys.filter((y) => !seen.has(key(y)))];
};

export function triageWithModelFindings(
  input: TriageInput,
  deterministic: TriageResult,
  findings: readonly ModelPrecheckFinding[],
): ModelTriage {
  const added: StructuredFinding[] = findings
    .filter((f) => f.type === 'symptom' && f.present === true && f.concept)
    .map((f) => ({ concept: f.concept!, present: true, linkId: f.linkId }));
  // A number the patient gave in a structured answer stands; the model only fills a gap.
  const duration = findings.find((f) => f.type === 'duration')?.durationHours;
  const severity = Math.max(-1, ...findings.filter((f) => f.type === 'severity').map((f) => f.severity!));
  const extra: Partial<TriageInput> = {
    ...(input.durationHours === undefined && duration !== undefined ? { durationHours: duration } : {}),
    ...(input.severity === undefined && severity >= 0 ? { severity } : {}),
  };
  if (added.length === 0 && Object.keys(extra).length === 0)
    return { triage: deterministic, deterministic, withModel: deterministic, raised: false };
  const withModel = triage({ ...input, ...extra, findings: [...(input.findings ?? []), ...added] });
  if (!moreUrgent(withModel, deterministic))
    return { triage: deterministic, deterministic, withModel, raised: false };
  return {
    triage: {
      ...withModel,
      // A warning sign the rules found on the answers alone stays, whatever the model added.
      redFlags: unionBy(withModel.redFlags, deterministic.redFlags, (r) => r.id),
      flags: unionBy(withModel.flags, deterministic.flags, (f) => `${f.code}|${f.message.en}`),
    },
    deterministic,
    withModel,
    raised: true,
  };
}
