import { invalid } from '../errors/index.ts';
import type { Bilingual } from '../types/evidence.ts';
import type { Programme, Verification } from './protocol.ts';
import { CURRENT_PROTOCOL } from './protocols/protocol-registry.ts';

export interface EnrolmentProposal {
  programme: Programme;
  protocolId: string;
  protocolVersion: string;
  /** The diagnosis code as given, and its ICD-10 category. */
  code: string;
  category: string;
  /** direct: enrol; review: the doctor decides (outside the standard's stated target). */
  match: 'direct' | 'review';
  label: Bilingual;
  verification: Verification;
  /** Why a proposal needs review (outside code list scope, under the minimum age …). */
  reviewReasons: Bilingual[];
}

// ICD-10 and the Chinese national clinical edition extend the category: I10, I10.x00, I10.x00x002, E11.900.
const ICD10 = /^([A-Z]\d{2})(?:\.[0-9A-Z]{1,8})?$/i;

/**
 * Which chronic-disease programme a diagnosis code enrols in, from the protocols' code lists.
 * Returns null for codes that no programme covers (e.g. E10 type 1 diabetes); throws on a string
 * that is not an ICD-10 code at all, so a mistyped code is not silently "not enrolled".
 */
export function enrolmentForDiagnosis(
  code: string,
  opts: { ageYears?: number } = {},
): EnrolmentProposal | null {
  const m = ICD10.exec(code.trim());
  if (!m?.[1])
    throw invalid('diagnosis code is not ICD-10', [
      { path: 'code', message: 'expected e.g. I10 or E11.900' },
    ]);
  const category = m[1].toUpperCase();
  for (const protocol of Object.values(CURRENT_PROTOCOL)) {
    const entry = protocol.enrolment.codes.find((c) => c.category === category);
    if (!entry) continue;
    const reviewReasons: Bilingual[] = [];
    if (entry.match === 'review') {
      reviewReasons.push({
        zh: `${entry.label.zh}不在规范服务对象内，请医生确认`,
        en: `${entry.label.en}: outside the standard's target; doctor to confirm`,
      });
    }
    const minAge = protocol.enrolment.minAgeYears.value;
    if (opts.ageYears !== undefined && opts.ageYears < minAge) {
      reviewReasons.push({
        zh: `规范服务对象为${minAge}岁及以上居民`,
        en: `the standard covers residents aged ${minAge} and over`,
      });
    }
    return {
      programme: protocol.programme,
      protocolId: protocol.id,
      protocolVersion: protocol.version,
      code: code.trim(),
      category,
      match: reviewReasons.length ? 'review' : 'direct',
      label: entry.label,
      verification: entry.verification,
      reviewReasons,
    };
  }
  return null;
}

/** One proposal per programme for a record's diagnoses; a direct match wins over a review one. */
export function enrolmentsForDiagnoses(
  codes: readonly string[],
  opts: { ageYears?: number } = {},
): EnrolmentProposal[] {
  const best = new Map<Programme, EnrolmentProposal>();
  for (const code of codes) {
    const p = enrolmentForDiagnosis(code, opts);
    if (!p) continue;
    const seen = best.get(p.programme);
    if (!seen || (seen.match === 'review' && p.match === 'direct')) best.set(p.programme, p);
  }
  return [...best.values()];
}
