import { randomUUID } from 'node:crypto';
import { parseLabTextLayer } from '@yizhu/core';
import type { Client, TestApp } from './test-app.ts';

/** Test factory: one scripted visit — dialogue, a read lab report, a questionnaire, a photo; draft; sign. */
export const DIALOGUE = [
  '医生：哪里不舒服？',
  '患者：头晕三天了，血压在家量一百六十/一百。',
  '医生：降压药在吃吗？',
  '患者：氨氯地平吃着呢。',
  '医生：有没有药物过敏？',
  '患者：没有。',
  '医生：考虑高血压控制不佳，加用缬沙坦，一周后复诊。',
].join('\n');

export const LAB_TEXT = [
  '某某医院 检验报告单',
  '采样时间：2026/11/20 07:50',
  '项目            结果     单位       参考范围',
  '丙氨酸氨基转移酶  62 ↑   U/L        9-50',
  '肌酐(Cr)        88      umol/L     57-111',
].join('\n');

// A PNG signature is enough for a stored photo: nothing reads it back as an image here.
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/** Today's visit of a patient that is not finished yet. */
export async function openVisit(t: TestApp, patientName: string): Promise<string> {
  const row = await t.database.db
    .selectFrom('encounters')
    .select('id')
    .where('patient_id', '=', t.ids.patients[patientName]!)
    .where('status', '!=', 'finished')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Adds the sources; the lab report goes straight into the table (no OCR engine in tests). */
export async function addSources(t: TestApp, staff: Client, visit: string): Promise<{ labSourceId: string }> {
  const ok = async (p: Promise<{ statusCode: number; body: string }>) => {
    const res = await p;
    if (res.statusCode !== 201) throw new Error(`source: ${res.statusCode} ${res.body}`);
  };
  await ok(
    staff.post(`/api/visits/${visit}/sources`, { kind: 'transcript', format: 'text', content: DIALOGUE }),
  );
  await ok(
    staff.post(`/api/visits/${visit}/sources`, {
      kind: 'questionnaire',
      questionnaireResponse: {
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        item: [{ linkId: 'allergy', text: '药物过敏', answer: [{ valueBoolean: false }] }],
      },
    }),
  );
  const labSourceId = randomUUID();
  await t.database.db
    .insertInto('visit_sources')
    .values({
      id: labSourceId,
      encounter_id: visit,
      kind: 'lab_report',
      content: JSON.stringify(parseLabTextLayer(LAB_TEXT, { sourceId: labSourceId })),
      media: PNG,
      media_type: 'image/png',
      created_by: null,
    })
    .execute();
  return { labSourceId };
}

export async function generateDraft(doc: Client, visit: string): Promise<number> {
  const res = await doc.post(`/api/visits/${visit}/draft`, {});
  if (res.statusCode !== 201) throw new Error(`draft: ${res.statusCode} ${res.body}`);
  return res.json().draft.version as number;
}

export async function sign(doc: Client, visit: string, draftVersion: number): Promise<string> {
  const res = await doc.post(`/api/visits/${visit}/sign`, { draftVersion });
  if (res.statusCode !== 201) throw new Error(`sign: ${res.statusCode} ${res.body}`);
  return res.json().record.id as string;
}
