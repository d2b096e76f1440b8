// Lay-language explanations of lab reports for patients (pure): deterministic text, number check,
// optional verified model rewording. Sent to a patient only after a doctor approves it.
export * from './lab-explain-wording-data.ts';
export * from './explain-lab-report.ts';
export * from './verify-lab-explanation.ts';
export * from './reword-lab-explanation.ts';
export * from './can-approve-lab-explanation.ts';
export * from './patient-lab-results.ts';
