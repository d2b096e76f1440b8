import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../test/test-app.ts';

/**
 * An English note sentence may state a number only its own transcript span states ("a grade 3/6
 * murmur"); a doctor's edit elsewhere re-verifies the draft with the same span lookup, so the
 * untouched sentence does not turn into a violation.
 */
let t: TestApp;
let visit: string;
let doctor: Client;
const DIALOGUE = [
  '[doctor] so , how have you been feeling ?',
  "[patient] i've been short of breath for two weeks .",
  '[doctor] on physical exam , you have a grade 3/6 systolic ejection murmur .',
].join('\n');

beforeAll(async () => {
  t = await createTestApp();
  doctor = await t.login('dr.wang');
  const nurse = await t.login('nurse.chen');
  const row = await t.database.db
    .selectFrom('encounters')
    .select('id')
    .where('patient_id', '=', t.ids.patients['周建国']!)
    .where('status', '!=', 'finished')
    .executeTakeFirstOrThrow();
  visit = row.id;
  const added = await nurse.post(`/api/visits/${visit}/sources`, {
    kind: 'transcript',
    format: 'text',
    content: DIALOGUE,
  });
  expect(added.statusCode).toBe(201);
});
afterAll(() => t.close());

const examText = (d: { draft: { en: { id: string; sentences: { text: string }[] }[] } }) =>
  d.draft.en
    .find((s) => s.id === 'exam')
    ?.sentences.map((s) => s.text)
    .join(' ');

describe('draft edit re-verification', () => {
  it('keeps a span-stated number verified after the doctor edits another section', async () => {
    const gen = await doctor.post(`/api/visits/${visit}/draft`);
    expect(gen.statusCode).toBe(201);
    const d = gen.json().draft;
    expect(examText(d)).toContain('grade 3/6');
    expect(d.violations).toEqual([]);
    const edit = await doctor.request({
      method: 'PUT',
      url: `/api/visits/${visit}/draft`,
      payload: {
        baseVersion: d.version,
        lang: 'en',
        sectionId: 'assessment_plan',
        text: 'Echocardiogram in 2 weeks.',
      },
    });
    expect(edit.statusCode).toBe(200);
    const e = edit.json().draft;
    expect(e.version).toBe(d.version + 1);
    expect(examText(e)).toContain('grade 3/6');
    expect(e.violations).toEqual([]);
  });
});
