import { isYizhuError } from '../errors/yizhu-error.ts';
import { extractQuestionnaire } from '../extract/extract-questionnaire.ts';
import { extractText } from '../extract/extract-text.ts';
import { extractTranscript } from '../extract/extract-transcript.ts';
import type { Turn } from '../extract/parse-transcript.ts';
import { importFhirBundle } from '../fhir/import-fhir-bundle.ts';
import { fuseVisit } from '../fusion/fuse-visit.ts';
import type { VisitSource } from '../fusion/fusion-types.ts';
import { labObservationToFact } from '../fusion/lab-observation-to-fact.ts';
import type { LabObservation } from '../labs/lab-observation.ts';
import { runQc, type QcPatient, type QcReport } from '../qc/run-qc.ts';
import { composeDraft, type DoctorNote } from '../record/compose-draft.ts';
import type { UnusableItem, VisitDraft, VisitType } from '../record/draft-types.ts';
import { transcriptSourceText } from '../record/transcript-source-text.ts';
import { verifyDraft, type DraftViolation } from '../record/verify-draft.ts';
import type { Bilingual } from '../types/evidence.ts';
import type { Fact } from '../types/fact.ts';

/** One source of a visit as stored: raw content, not yet read. */
export type RawSource =
  | { sourceId: string; kind: 'transcript'; content: string | readonly unknown[] }
  | { sourceId: string; kind: 'questionnaire'; content: unknown }
  | { sourceId: string; kind: 'lab_report'; observations: readonly LabObservation[] }
  | { sourceId: string; kind: 'emr'; bundle: unknown }
  | { sourceId: string; kind: 'text'; content: string }
  | { sourceId: string; kind: 'followup'; facts: readonly Fact[] };

export interface DraftVisitInput {
  sources: readonly RawSource[];
  visitType?: VisitType;
  visitDate?: string; // YYYY-MM-DD
  department?: string;
  doctorNotes?: DoctorNote[];
  patient?: QcPatient;
}

export interface DraftVisitResult {
  draft: VisitDraft;
  qc: QcReport;
  /** Invariant checks of the draft (empty when every sentence has evidence and numbers match). */
  violations: DraftViolation[];
  /** Parsed dialogue turns per transcript source, for the review UI's evidence highlighting. */
  turns: Record<string, Turn[]>;
}

/**
 * The whole drafting stage as one pure function, shared by the API, the CLI and the eval harness:
 * read every source, fuse and cross-check, compose the record, run QC and verify the invariants.
 * A source that cannot be read is reported in the draft as unusable — never a crash, never dropped
 * silently.
 */
export function draftVisit(input: DraftVisitInput): DraftVisitResult {
  const read: VisitSource[] = [];
  const unusable: UnusableItem[] = [];
  const turns: Record<string, Turn[]> = {};
  const ignored = { count: 0 };
  for (const s of input.sources) {
    try {
      read.push({ sourceId: s.sourceId, kind: s.kind, facts: readSource(s, turns, unusable, ignored) });
    } catch (err) {
      if (!isYizhuError(err)) throw err;
      unusable.push({ sourceId: s.sourceId, reason: err.code });
    }
  }
  const fusion = fuseVisit(read, input.visitDate ? { visitDate: input.visitDate } : {});
  const draft = composeDraft(fusion, {
    ...(input.visitType ? { visitType: input.visitType } : {}),
    ...(input.visitDate ? { visitDate: input.visitDate } : {}),
    ...(input.department ? { department: input.department } : {}),
    ...(input.doctorNotes ? { doctorNotes: input.doctorNotes } : {}),
    unusable,
    transcripts: turns,
  });
  if (ignored.count > 0) draft.notes.push(ignoredNote(ignored.count));
  const qc = runQc(draft, input.patient ? { patient: input.patient } : {});
  // A sentence's numbers may come from its own transcript span as well as from its facts.
  const violations = verifyDraft(draft, { sourceText: transcriptSourceText(turns) });
  return { draft, qc, violations, turns };
}

/** Says that something was ignored and how often — never what it said (it may hold patient data). */
function ignoredNote(n: number): Bilingual {
  return {
    zh: `对话中有${n}处类似指令的语句（如要求改写诊断或病历）已被忽略，未作为病历内容。`,
    en: `${n} instruction-like sentence(s) in the dialogue (such as requests to rewrite the diagnosis or record) were ignored and not used as clinical content.`,
  };
}

function readSource(
  s: RawSource,
  turns: Record<string, Turn[]>,
  unusable: UnusableItem[],
  ignored: { count: number },
): Fact[] {
  const opts = { sourceId: s.sourceId };
  switch (s.kind) {
    case 'transcript': {
      const r = extractTranscript(s.content, opts);
      turns[s.sourceId] = r.turns;
      ignored.count += r.ignored.length;
      return r.facts;
    }
    case 'questionnaire':
      return extractQuestionnaire(s.content, opts);
    case 'text':
      return extractText(s.content, opts);
    case 'lab_report':
      return s.observations.map(labObservationToFact);
    case 'followup':
      return [...s.facts];
    case 'emr': {
      const r = importFhirBundle(s.bundle, opts);
      for (const i of r.issues)
        if (i.effect === 'skipped') unusable.push({ sourceId: s.sourceId, reason: i.reason, path: i.path });
      return r.facts;
    }
  }
}
