import type { Concept } from '../terminology/terminology.ts';
import { getTerminology } from '../terminology/terminology.ts';
import { normalizeText } from '../terminology/normalize.ts';
import type { Coded } from './fhir-json.ts';
import { FREE_TEXT_FORM_WORDS } from './free-text-forms.data.ts';

const FORM_WORDS = [...FREE_TEXT_FORM_WORDS].sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Latin words on word boundaries; Chinese words anywhere (Chinese has no spaces).
const FORM_RE = new RegExp(
  FORM_WORDS.map((w) => (/^[a-z ]+$/.test(w) ? `\\b${escape(w)}\\b` : escape(w))).join('|'),
  'g',
);

/**
 * An EMR entry with text only (no coding) is coded through the terminology matcher, so
 * "苯磺酸氨氯地平片 (Amlodipine)" is the same concept as 氨氯地平 said in the dialogue. Coded only when
 * every name in the text points at one concept of the expected kind and nothing else is left once
 * that name and salt/form words (free-text-forms.data.ts) are removed; otherwise it stays as written.
 */
export function codeFreeText(c: Coded, kinds: readonly Concept['kind'][]): Coded {
  if (c.code || c.codings.length > 0 || !c.display) return c;
  const T = getTerminology();
  const texts = [...new Set([c.display.zh, c.display.en])];
  let found: Concept | undefined;
  for (const text of texts) {
    const norm = normalizeText(text);
    let rest = '';
    let at = 0;
    for (const t of T.tokenize(norm)) {
      if (!t.concept) continue;
      if (!kinds.includes(t.concept.kind)) return c;
      if (found && found.id !== t.concept.id) return c;
      found = t.concept;
      rest += `${norm.slice(at, t.start)} `;
      at = t.end;
    }
    rest += norm.slice(at);
    const residue = rest.replace(FORM_RE, ' ').replace(/[\s\d.,;:()（）[\]/、，+\-·]+/g, '');
    if (residue.length > 0) return c;
  }
  if (!found) return c;
  const out: Coded = { codings: c.codings, display: { ...found.display } };
  if (found.code) out.code = { ...found.code };
  return out;
}
