// The visit-draft composer (门诊病历 / ACI-BENCH note / SOAP) and its verifier (pure).
export type {
  SectionId,
  SectionRole,
  DraftSentence,
  DraftSection,
  VisitType,
  UnusableItem,
  VisitDraft,
} from './draft-types.ts';
export { composeDraft, AI_LABEL } from './compose-draft.ts';
export type { ComposeOptions, DoctorNote } from './compose-draft.ts';
export {
  composeChiefComplaint,
  CHIEF_COMPLAINT_MAX_CHARS,
  chiefComplaintLength,
} from './compose-chief-complaint.ts';
export { verifyDraft } from './verify-draft.ts';
export { transcriptSourceText } from './transcript-source-text.ts';
export type { DraftViolation, DraftViolationKind, VerifyOptions } from './verify-draft.ts';
export { numbersInText } from './numbers-in-text.ts';
export { renderDraftText } from './render-draft-text.ts';
export { applyDoctorEdit, splitSentences, MAX_SECTION_CHARS, type DoctorEdit } from './apply-doctor-edit.ts';
export {
  signedRecordContent,
  amendRecordContent,
  SIGNED_LABEL,
  type SignedRecordContent,
  type RecordSection,
} from './signed-record.ts';
