import { describe, expect, it } from 'vitest';
import type { DraftSection, VisitDraft } from '../record/draft-types.ts';
import type { Contradiction } from '../fusion/fusion-types.ts';
import { computeVisitMetrics } from './visit-metrics.ts';

const sec = (id: DraftSection['id'], title: string, sentences: [string, string[]?][]): DraftSection => ({
  id,
  title,
  role: 'subjective',
  sentences: sentences.map(([text, conflicts]) => ({
    text,
    evidence: [],
    factIds: [],
    ...(conflicts ? { conflicts } : {}),
  })),
});

const conflict = (id: string): Contradiction => ({
  id,
  type: 'allergy_denied_vs_recorded',
  severity: 'high',
  sides: [],
  explanation: { zh: '', en: '' },
  question: { zh: '', en: '' },
  evidence: [],
});

const draft = (zh: DraftSection[], contradictions: Contradiction[] = []): VisitDraft => ({
  aiGenerated: true,
  label: { zh: 'AI', en: 'AI' },
  visitType: 'first',
  zh,
  en: [],
  soap: { zh: [], en: [] },
  facts: [],
  contradictions,
  sources: [],
  missingSources: [],
  unusable: [],
  notes: [],
});

describe('computeVisitMetrics', () => {
  const ai = draft(
    [
      sec('chief_complaint', '主诉', [['头晕3天。']]),
      sec('allergy', '过敏史', [['否认药物过敏史。', ['c1']]]),
      sec('plan', '处理意见', [['加用缬沙坦。', ['c2']]]),
      sec('family', '家族史', []),
    ],
    [conflict('c1'), conflict('c2')],
  );
  // The doctor rewrote the allergy sentence (its conflict is gone) and left the plan's conflict.
  const signedDraft = draft(
    [
      sec('chief_complaint', '主诉', [['头晕3天。']]),
      sec('allergy', '过敏史', [['青霉素过敏。']]),
      sec('plan', '处理意见', [['加用缬沙坦。', ['c2']]]),
      sec('family', '家族史', []),
    ],
    [conflict('c1'), conflict('c2')],
  );
  const m = computeVisitMetrics({
    firstDraftAt: '2026-11-22T02:00:00Z',
    signedAt: '2026-11-22T02:07:30Z',
    aiDraft: ai,
    signedDraft,
    signedSections: signedDraft.zh.map((s) => ({
      id: s.id,
      title: s.title,
      text: s.sentences.map((x) => x.text).join(''),
    })),
    qcScore: 92,
  });

  it('measures time from first draft to signature', () => {
    expect(m.timeToSignMs).toBe(450_000);
  });

  it('counts sections the AI filled and those accepted unchanged (empty ones are not counted)', () => {
    expect(m.sectionsDrafted).toBe(3);
    expect(m.sectionsUnchanged).toBe(2);
  });

  it('measures character edit distance of the zh record', () => {
    // 否认药物过敏史。(8) → 青霉素过敏。(6): 青霉素 replace 否认药, drop 物, drop 史 → 5 edits
    expect(m.editDistance).toBe(5);
    expect(m.draftChars).toBe('头晕3天。\n否认药物过敏史。\n加用缬沙坦。\n'.length);
  });

  it('counts conflicts found, resolved and still unresolved at signing', () => {
    expect(m).toMatchObject({ conflictsFound: 2, conflictsResolved: 1, conflictsUnresolved: 1, qcScore: 92 });
  });

  it('an untouched draft has zero edits and all sections accepted', () => {
    const same = computeVisitMetrics({
      firstDraftAt: new Date(0),
      signedAt: new Date(1000),
      aiDraft: ai,
      signedDraft: ai,
      signedSections: ai.zh.map((s) => ({
        id: s.id,
        title: s.title,
        text: s.sentences.map((x) => x.text).join(''),
      })),
      qcScore: null,
    });
    expect(same).toMatchObject({
      editDistance: 0,
      sectionsUnchanged: 3,
      conflictsUnresolved: 2,
      conflictsResolved: 0,
    });
  });
});
