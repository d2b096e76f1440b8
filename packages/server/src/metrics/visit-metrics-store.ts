import { computeVisitMetrics, type SignedRecordContent, type VisitDraft } from '@yizhu/core';
import type { Executor } from '../db/executor.ts';

interface StoredDraft {
  draft: VisitDraft;
  qc?: { score?: number };
}

/**
 * Fills visit_metrics for every first signature in the organisation that has no row yet (a derived,
 * append-only cache: records never change, so neither do their metrics). Returns how many were added.
 */
export async function refreshVisitMetrics(db: Executor, orgId: string): Promise<number> {
  const pending = await db
    .selectFrom('records as r')
    .innerJoin('encounters as e', 'e.id', 'r.encounter_id')
    .leftJoin('visit_metrics as m', 'm.record_id', 'r.id')
    .select([
      'r.id',
      'r.encounter_id',
      'r.content',
      'r.signed_at',
      'r.signed_by',
      'r.draft_id',
      'e.department_id',
    ])
    .where('e.org_id', '=', orgId)
    .where('r.version', '=', 1)
    .where('m.record_id', 'is', null)
    .execute();
  let added = 0;
  for (const r of pending) {
    if (!r.draft_id) continue;
    const drafts = await db
      .selectFrom('drafts')
      .select(['id', 'version', 'ai_generated', 'created_at'])
      .where('encounter_id', '=', r.encounter_id)
      .orderBy('version')
      .execute();
    const signed = drafts.find((d) => d.id === r.draft_id);
    const lastAi = drafts.filter((d) => d.ai_generated && signed && d.version <= signed.version).pop();
    if (!signed || !lastAi) continue;
    const content = async (id: string) =>
      (await db.selectFrom('drafts').select('content').where('id', '=', id).executeTakeFirstOrThrow())
        .content as StoredDraft;
    const signedDraft = await content(signed.id);
    const aiDraft = lastAi.id === signed.id ? signedDraft : await content(lastAi.id);
    const m = computeVisitMetrics({
      firstDraftAt: drafts[0]!.created_at,
      signedAt: r.signed_at,
      aiDraft: aiDraft.draft,
      signedDraft: signedDraft.draft,
      signedSections: (r.content as SignedRecordContent).zh,
      qcScore: typeof signedDraft.qc?.score === 'number' ? signedDraft.qc.score : null,
    });
    const inserted = await db
      .insertInto('visit_metrics')
      .values({
        record_id: r.id,
        encounter_id: r.encounter_id,
        org_id: orgId,
        department_id: r.department_id,
        doctor_id: r.signed_by,
        signed_at: r.signed_at,
        time_to_sign_ms: m.timeToSignMs,
        sections_drafted: m.sectionsDrafted,
        sections_unchanged: m.sectionsUnchanged,
        edit_distance: m.editDistance,
        draft_chars: m.draftChars,
        signed_chars: m.signedChars,
        conflicts_found: m.conflictsFound,
        conflicts_resolved: m.conflictsResolved,
        conflicts_unresolved: m.conflictsUnresolved,
        qc_score: m.qcScore,
      })
      .onConflict((oc) => oc.doNothing()) // another request filled it first
      .executeTakeFirst();
    added += Number(inserted.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}
