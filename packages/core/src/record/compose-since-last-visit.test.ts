import { describe, expect, it } from 'vitest';
import { summariseSinceLastVisit, type CheckIn } from '../followup/summarise-since-last-visit.ts';
import { draftVisit, type RawSource } from '../pipeline/draft-visit.ts';
import { verifyDraft } from './verify-draft.ts';

const checkIns: CheckIn[] = [
  {
    id: 'ci-1',
    date: '2026-10-05',
    bp: { systolic: 162, diastolic: 98 },
    fastingGlucose: { value: 8.4, unit: 'mmol/L' },
    symptoms: ['palpitations'],
    adherence: 'intermittent',
    sideEffect: { reported: true, text: '干咳' },
  },
  { id: 'ci-2', date: '2026-11-03', bp: { systolic: 138, diastolic: 86 }, weightKg: 71 },
];

/** The server's shape: one follow-up source per check-in, holding the facts whose evidence starts there. */
function followupSources(): RawSource[] {
  const s = summariseSinceLastVisit({ checkIns, lastVisitDate: '2026-09-20', asOf: '2026-11-22' });
  const by = new Map<string, RawSource & { kind: 'followup' }>();
  for (const f of s.facts) {
    const id = f.evidence[0]!.sourceId;
    const src = by.get(id) ?? { sourceId: id, kind: 'followup' as const, facts: [] };
    by.set(id, { ...src, facts: [...src.facts, f] });
  }
  return [...by.values()];
}

const draft = (extra: RawSource[] = [], visitType: 'first' | 'followup' = 'followup') =>
  draftVisit({ sources: [...extra, ...followupSources()], visitDate: '2026-11-22', visitType });
const zhSection = (d: ReturnType<typeof draft>['draft'], id: string) =>
  d.zh.find((s) => s.id === id)?.sentences ?? [];

describe('composeSinceLastVisit (随访以来)', () => {
  it('opens the history with the check-in readings, dated, each sentence citing its check-ins', () => {
    const { draft: d } = draft([
      { sourceId: 'tx', kind: 'transcript', content: '医生：哪里不舒服？\n患者：头晕两天了。' },
    ]);
    const hpi = zhSection(d, 'hpi');
    expect(hpi[0]!.text).toBe(
      '随访以来：最近一次血压138/86mmHg（2026-11-03），上次就诊以来最高血压162/98mmHg（2026-10-05），最近一次空腹血糖8.4mmol/L（2026-10-05），最近一次体重71kg（2026-11-03）。',
    );
    expect(new Set(hpi[0]!.evidence.map((e) => e.sourceId))).toEqual(new Set(['ci-1', 'ci-2']));
    expect(hpi[0]!.evidence.every((e) => e.locator.kind === 'questionnaire')).toBe(true);
    expect(hpi.map((s) => s.text)).toContain('随访期间自述心悸。');
    expect(hpi.map((s) => s.text)).toContain('随访期间服药依从性：间断（2026-10-05）。');
    expect(hpi.map((s) => s.text)).toContain('随访期间自述药物不良反应：干咳（2026-10-05）。');
    // Today's complaint still leads the chief complaint; check-in items are not today's findings.
    expect(zhSection(d, 'chief_complaint').map((s) => s.text)).toEqual(['头晕2天。']);
    for (const id of ['exam', 'results', 'diagnosis', 'plan'])
      expect(zhSection(d, id).some((s) => s.evidence.some((e) => e.sourceId.startsWith('ci-')))).toBe(false);
    const en = d.en.find((s) => s.id === 'hpi')!.sentences.map((s) => s.text);
    expect(en[0]).toMatch(/^Since the last visit \(follow-up records\): latest blood pressure 138\/86 mmHg/);
    expect(d.soap.zh.find((s) => s.id === 'S')!.sentences[0]!.text).toBe(hpi[0]!.text);
  });

  it('keeps the draft invariants (evidence on every sentence, every number in its evidence)', () => {
    const r = draft();
    expect(r.violations).toEqual([]);
    expect(verifyDraft(r.draft)).toEqual([]);
    expect(r.draft.sources.filter((s) => s.kind === 'followup').map((s) => s.sourceId)).toEqual([
      'ci-2',
      'ci-1',
    ]);
  });

  it('sits in 现病史 at a first visit too, and a symptom also said today goes the ordinary way', () => {
    const { draft: d } = draft(
      [{ sourceId: 'tx', kind: 'transcript', content: '医生：哪里不舒服？\n患者：心悸三天。' }],
      'first',
    );
    const hpi = zhSection(d, 'hpi');
    expect(hpi[0]!.text.startsWith('随访以来：')).toBe(true);
    expect(hpi.map((s) => s.text)).not.toContain('随访期间自述心悸。');
    const palp = hpi.find((s) => s.text.includes('心悸') && !s.text.startsWith('随访'))!;
    expect(new Set(palp.evidence.map((e) => e.sourceId))).toEqual(new Set(['tx', 'ci-1']));
  });

  it('adds nothing without follow-up facts', () => {
    const r = draftVisit({
      sources: [{ sourceId: 'tx', kind: 'transcript', content: '患者：头晕两天了。' }],
      visitType: 'followup',
    });
    expect(r.draft.zh.flatMap((s) => s.sentences).some((s) => s.text.includes('随访'))).toBe(false);
  });
});
