import type { DraftSection, VisitDraft } from '../record/draft-types.ts';
import type { RecordSection } from '../record/signed-record.ts';
import { editDistance } from './edit-distance.ts';

/**
 * Pilot metrics of one signed visit (what a department director shows the dean). Definitions:
 * - timeToSignMs: first draft version created → first signature (version 1 of the record);
 * - the baseline for "accepted unchanged" and edit distance is the last AI-generated draft version
 *   before signing (the text the doctor actually reviewed; an earlier AI version replaced by a
 *   regeneration with more sources was never edited);
 * - sectionsDrafted: zh sections the AI filled; sectionsUnchanged: those signed with identical text;
 * - editDistance: character-level Levenshtein between the zh record texts (sections joined by \n);
 * - conflictsFound: contradictions in the baseline; conflictsUnresolved: those a sentence of the
 *   signed draft still carries (marked 待核实); conflictsResolved: the difference;
 * - qcScore: the QC score of the signed draft version (100 minus deductions).
 */
export interface VisitMetricsInput {
  firstDraftAt: Date | string;
  signedAt: Date | string;
  /** The last AI-generated draft before signing. */
  aiDraft: VisitDraft;
  /** The draft version that was signed (may equal aiDraft when nothing was edited). */
  signedDraft: VisitDraft;
  /** Version 1 of the signed record, zh sections as signed. */
  signedSections: readonly RecordSection[];
  qcScore: number | null;
}

export interface VisitMetrics {
  timeToSignMs: number;
  sectionsDrafted: number;
  sectionsUnchanged: number;
  editDistance: number;
  draftChars: number;
  signedChars: number;
  conflictsFound: number;
  conflictsResolved: number;
  conflictsUnresolved: number;
  qcScore: number | null;
}

const sectionText = (s: DraftSection) => s.sentences.map((x) => x.text).join('');
const len = (s: string) => Array.from(s).length;

export function computeVisitMetrics(input: VisitMetricsInput): VisitMetrics {
  const drafted = input.aiDraft.zh.map((s) => ({ id: s.id, text: sectionText(s) }));
  const signedById = new Map(input.signedSections.map((s) => [s.id, s.text]));
  const filled = drafted.filter((s) => s.text.trim() !== '');
  const unchanged = filled.filter((s) => (signedById.get(s.id) ?? '').trim() === s.text.trim());

  const draftText = drafted.map((s) => s.text).join('\n');
  const signedText = input.signedSections.map((s) => s.text).join('\n');

  const found = new Set(input.aiDraft.contradictions.map((c) => c.id));
  const stillCarried = new Set(
    input.signedDraft.zh
      .flatMap((s) => s.sentences)
      .flatMap((s) => s.conflicts ?? [])
      .filter((id) => found.has(id)),
  );

  return {
    timeToSignMs: Math.max(0, new Date(input.signedAt).getTime() - new Date(input.firstDraftAt).getTime()),
    sectionsDrafted: filled.length,
    sectionsUnchanged: unchanged.length,
    editDistance: editDistance(draftText, signedText),
    draftChars: len(draftText),
    signedChars: len(signedText),
    conflictsFound: found.size,
    conflictsResolved: found.size - stillCarried.size,
    conflictsUnresolved: stillCarried.size,
    qcScore: input.qcScore,
  };
}
