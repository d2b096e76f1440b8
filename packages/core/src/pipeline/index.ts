export { draftVisit, type DraftVisitInput, type DraftVisitResult, type RawSource } from './draft-visit.ts';
