import {
  canReadEncounter,
  type EncounterFacts,
  type Principal,
  type SignDecision,
} from '../access/policy.ts';

/**
 * Who may release a lab explanation to the patient: any doctor of the visit's department (the result
 * may come back after the responsible doctor's shift). Staff who can see the visit but are not doctors
 * get 403; everyone else 404, like every other access decision (policy.ts).
 */
export function canApproveLabExplanation(p: Principal, e: EncounterFacts): SignDecision {
  if (canReadEncounter(p, e) === 'hidden' || p.role === 'patient') return 'hidden';
  return p.role === 'doctor' ? 'allow' : 'forbidden';
}
