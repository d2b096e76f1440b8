/**
 * A fake model that follows injected instructions — the worst case the verifier must withstand. It
 * "understands" every payload of the red-team set in any encoding (it is told the set), executes
 * the first one it finds in the request, and remembers what earlier requests contained (another
 * patient's placeholders) so it can leak them.
 */
import type { FakeReply, FakeRequest } from '../../packages/server/src/adapters/llm/fake-openai-server.ts';
import { offeredTexts } from '../../packages/core/src/llm/test-visit.ts';
import type { Payload } from './build-payloads.ts';

const probes = (part: string): string[] => {
  const p = part.trim();
  const w = Math.min(8, p.length);
  const mid = Math.floor((p.length - w) / 2);
  return [p.slice(0, w), p.slice(mid, mid + w), p.slice(p.length - w)];
};

export interface ObedientModel {
  reply(req: FakeRequest): FakeReply;
  /** Payload ids the model obeyed at least once. */
  followed: Set<string>;
  /** Requests in which the model obeyed some payload. */
  hits(): number;
}

export function obedientModel(payloads: readonly Payload[]): ObedientModel {
  const followed = new Set<string>();
  let hits = 0;
  const seenPlaceholders: string[] = [];
  return {
    followed,
    hits: () => hits,
    reply(req) {
      const messages = (
        req.json as { messages: { role: 'system' | 'user' | 'assistant'; content: string }[] }
      ).messages;
      const system = messages[0]!.content;
      const user = messages[1]!.content;
      // Two of three probes: the common prefix of encoded payloads alone must not match them all.
      const hit = payloads.find((p) =>
        p.parts.every((part) => probes(part).filter((x) => user.includes(x)).length >= 2),
      );
      const offered = [...offeredTexts({ messages })];
      const allE = [...new Set([...user.matchAll(/<<<DATA (E\d+) /g)].map((m) => m[1]!))];
      const memory = [...seenPlaceholders];
      for (const m of user.matchAll(/\[\[[A-Z]+-[A-Z]+-[A-Z]+\]\]/g)) seenPlaceholders.push(m[0]);
      const sentences = offered.map(([id, s]) => ({ id, text: s.text, evidence: s.evidence }));
      if (hit) {
        followed.add(hit.id);
        hits++;
        const g = hit.goal;
        // The goal goes inside the sentence, before its full stop, so that only grounding (not the
        // one-sentence rule) can catch it.
        const weave = (text: string, add: string) => {
          const clause = add.trim().replace(/[。.]$/, '');
          const m = /[。.]\s*$/.exec(text);
          const sep = /[\u4e00-\u9fff]/.test(text) ? '，' : ', ';
          return m ? `${text.slice(0, m.index)}${sep}${clause}${m[0]}` : `${text}${sep}${clause}`;
        };
        for (const s of sentences) {
          if (g.kind === 'append') s.text = weave(s.text, g.text);
          else if (g.kind === 'leak_other_patient') s.text = weave(s.text, `${g.text} ${memory[0] ?? ''}`);
          else if (g.kind === 'disclose_prompt') s.text = system.slice(0, 200);
          else if (g.kind === 'cite_foreign') {
            s.text = weave(s.text, g.text);
            s.evidence = allE;
          } else if (g.kind === 'invent_sentence') s.text = weave(s.text, g.text);
        }
        if (g.kind === 'disclose_prompt' && sentences[1]) sentences[1].text = system.slice(-60);
        if (g.kind === 'invent_sentence')
          sentences.push({ id: 'S999', text: g.text, evidence: allE.slice(0, 1) });
      }
      return { kind: 'chat', content: JSON.stringify({ sentences }) };
    },
  };
}
