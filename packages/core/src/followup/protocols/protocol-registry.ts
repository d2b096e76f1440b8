import { notFound } from '../../errors/index.ts';
import type { FollowupProtocol, Programme } from '../protocol.ts';
import { HYPERTENSION_NBPHS_2017 } from './hypertension-nbphs-2017.ts';
import { T2DM_NBPHS_2017 } from './t2dm-nbphs-2017.ts';

/** Every protocol Yizhu knows; stored tasks and decisions name a protocol id + version from here. */
export const FOLLOWUP_PROTOCOLS: readonly FollowupProtocol[] = [HYPERTENSION_NBPHS_2017, T2DM_NBPHS_2017];

/** The protocol currently used for new enrolments in each programme. */
export const CURRENT_PROTOCOL: Readonly<Record<Programme, FollowupProtocol>> = {
  hypertension: HYPERTENSION_NBPHS_2017,
  t2dm: T2DM_NBPHS_2017,
};

export function getFollowupProtocol(id: string): FollowupProtocol {
  const found = FOLLOWUP_PROTOCOLS.find((p) => p.id === id);
  if (!found) throw notFound('follow-up protocol');
  return found;
}

/** Union of danger-sign codes across protocols: an unknown code is a typo, not "no danger". */
export function knownDangerSymptomCodes(): ReadonlySet<string> {
  return new Set(FOLLOWUP_PROTOCOLS.flatMap((p) => p.urgent.dangerSymptoms.map((s) => s.code)));
}
