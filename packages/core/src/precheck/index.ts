export * from './question-tree-types.ts';
export { QUESTION_TREES } from './complaint-trees.data.ts';
export { nextQuestion, enabledQuestions, isEnabled, type NextQuestion } from './next-question.ts';
export { parseAnswer, MAX_ANSWER_TEXT, type RawAnswer } from './parse-answer.ts';
export { matchComplaintFamily, type FamilyMatch } from './match-complaint-family.ts';
export { answersToTriageInput } from './answers-to-triage-input.ts';
export {
  toQuestionnaireResponse,
  ANSWER_FLAG_EXTENSION,
  type QuestionnaireResponse,
  type QrOptions,
} from './to-questionnaire-response.ts';
export { doctorSummary, type DoctorSummary } from './doctor-summary.ts';
export { precheckFreeTexts, CHIEF_COMPLAINT_QUESTION } from './precheck-free-texts.ts';
export { triageWithModelFindings, type ModelTriage } from './triage-with-model-findings.ts';
