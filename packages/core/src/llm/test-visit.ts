// Test fixture shared by the LLM tests (core, server, red-team eval): one small visit, end to end.
import { extractTranscript } from '../extract/extract-transcript.ts';
import { fuseVisit } from '../fusion/fuse-visit.ts';
import { composeDraft } from '../record/compose-draft.ts';
import type { VisitDraft } from '../record/draft-types.ts';
import { evidenceText, type EvidenceText, type SourceText } from './evidence-text.ts';
import type { RewordCall } from './plan-reword.ts';

export const TEST_TRANSCRIPT = `医生：你好，哪里不舒服？
患者：我头痛三天了，还有点发烧，体温38.5度。
医生：有没有胸痛？
患者：没有胸痛。我有高血压，吃氨氯地平5mg每天一次。
医生：血压140/90。`;

export interface TestVisit {
  draft: VisitDraft;
  sources: SourceText[];
  evidenceText: EvidenceText;
}

export function testVisit(transcript: string = TEST_TRANSCRIPT, sourceId = 'tx1'): TestVisit {
  const tr = extractTranscript(transcript, { sourceId });
  const draft = composeDraft(fuseVisit([{ sourceId, kind: 'transcript', facts: tr.facts }]));
  const sources: SourceText[] = [{ sourceId, kind: 'turns', turns: tr.turns }];
  return { draft, sources, evidenceText: evidenceText(sources) };
}

/** The sentence texts a call offered, by id, as the model saw them (de-identified). */
export function offeredTexts(
  call: Pick<RewordCall, 'messages'>,
): Map<string, { text: string; evidence: string[] }> {
  const user = call.messages[1]!.content;
  const out = new Map<string, { text: string; evidence: string[] }>();
  for (const m of user.matchAll(/^(S\d+) ("(?:[^"\\]|\\.)*") evidence=\[([^\]]*)\]$/gm))
    out.set(m[1]!, { text: JSON.parse(m[2]!) as string, evidence: m[3]!.split(',').filter(Boolean) });
  return out;
}

/** A model answer: every offered sentence transformed by `edit`. */
export function answer(
  call: Pick<RewordCall, 'messages'>,
  edit: (text: string, id: string) => string,
): string {
  const sentences = [...offeredTexts(call)].map(([id, s]) => ({
    id,
    text: edit(s.text, id),
    evidence: s.evidence,
  }));
  return JSON.stringify({ sentences });
}
