import { notFound, type ComplaintFamily, type PrecheckAnswers, type TriageResult } from '@yizhu/core';
import { tokenId } from '../auth/tokens.ts';
import type { Executor } from '../db/executor.ts';
import type { PrecheckRow } from './precheck-evaluate.ts';
import type { PrecheckLlmFields } from './precheck-model-read.ts';

export interface LoadedPrecheck {
  row: PrecheckRow;
  meta: {
    createdAt: Date;
    expiresAt: Date;
    updatedAt: Date;
    finishedAt: Date | null;
    sourceId: string | null;
  };
  visit: { scheduledAt: Date; department: { nameZh: string; nameEn: string } };
}

const baseQuery = (db: Executor) =>
  db
    .selectFrom('precheck_sessions as s')
    .innerJoin('patients as p', 'p.id', 's.patient_id')
    .innerJoin('encounters as e', 'e.id', 's.encounter_id')
    .innerJoin('departments as d', 'd.id', 'e.department_id')
    .select([
      's.id',
      's.encounter_id',
      's.patient_id',
      's.status',
      's.respondent',
      's.chief_complaint',
      's.complaint_truncated',
      's.family',
      's.answers',
      's.triage',
      's.llm',
      's.created_at',
      's.expires_at',
      's.updated_at',
      's.finished_at',
      's.source_id',
      'p.birth_date',
      'p.sex',
      'e.scheduled_at',
      'd.name_zh',
      'd.name_en',
    ]);

type Raw = NonNullable<Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirst']>>>;

// Both drivers return jsonb parsed; a string would mean a driver change, so accept it too.
const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

function toLoaded(r: Raw): LoadedPrecheck {
  return {
    row: {
      id: r.id,
      encounterId: r.encounter_id,
      patientId: r.patient_id,
      status: r.status,
      respondent: r.respondent,
      chiefComplaint: r.chief_complaint,
      complaintTruncated: r.complaint_truncated,
      family: r.family as ComplaintFamily | null,
      answers: json<PrecheckAnswers>(r.answers) ?? {},
      patient: { birthDate: String(r.birth_date).slice(0, 10), sex: r.sex },
      triage: r.triage ? json<TriageResult>(r.triage) : null,
      llm: r.llm ? json<PrecheckLlmFields>(r.llm) : null,
    },
    meta: {
      createdAt: new Date(r.created_at),
      expiresAt: new Date(r.expires_at),
      updatedAt: new Date(r.updated_at),
      finishedAt: r.finished_at ? new Date(r.finished_at) : null,
      sourceId: r.source_id,
    },
    visit: {
      scheduledAt: new Date(r.scheduled_at),
      department: { nameZh: r.name_zh, nameEn: r.name_en },
    },
  };
}

/** Link tokens are 256-bit base64url strings; anything else cannot be one. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The session a link token opens. Unknown, malformed and expired links all answer the same 404, so a
 * link's existence is not revealed. `lock` takes a row lock for read-modify-write of the answers.
 */
export async function loadByToken(
  db: Executor,
  token: string | undefined,
  now: Date,
  opts: { lock?: boolean } = {},
): Promise<LoadedPrecheck> {
  if (!token || !TOKEN_PATTERN.test(token)) throw notFound('link');
  let q = baseQuery(db)
    .innerJoin('precheck_tokens as t', 't.session_id', 's.id')
    .where('t.token_hash', '=', tokenId(token));
  if (opts.lock) q = q.forUpdate('s');
  const r = await q.executeTakeFirst();
  if (!r || new Date(r.expires_at) <= now) throw notFound('link');
  return toLoaded(r);
}

export async function loadByEncounter(db: Executor, encounterId: string): Promise<LoadedPrecheck | null> {
  const r = await baseQuery(db).where('s.encounter_id', '=', encounterId).executeTakeFirst();
  return r ? toLoaded(r) : null;
}
