import type { Bilingual } from '../types/evidence.ts';
import type { FactKind } from '../types/fact.ts';
import { AhoCorasick } from './aho-corasick.ts';
import { CODE_SYSTEMS } from './lexicon-entry.ts';
import type { BodySiteEntry, ConceptEntry, CueEntry, CueType } from './lexicon-entry.ts';
import { isWordChar } from './normalize.ts';
import { ALLERGENS } from './lexicon/allergens.ts';
import { BODY_SITES } from './lexicon/body-sites.ts';
import { CONDITIONS } from './lexicon/conditions.ts';
import { CUES } from './lexicon/cues.ts';
import { FREQUENCIES, ROUTES } from './lexicon/dosing.ts';
import { MEDICATIONS } from './lexicon/medications.ts';
import { SOCIAL } from './lexicon/social.ts';
import { SYMPTOMS } from './lexicon/symptoms.ts';
import { VITALS_LABS } from './lexicon/vitals-labs.ts';

/** A concept as the extractor sees it. */
export interface Concept {
  id: string;
  kind: FactKind | 'allergen';
  display: Bilingual;
  code?: { system: string; code: string };
  verify?: string;
}

/** One matched span of normalised text and every role its surface form can play. */
export interface Token {
  start: number;
  end: number;
  concept?: Concept;
  cues: CueType[];
  site?: BodySiteEntry;
  frequency?: string;
  route?: string;
}

interface TermInfo {
  concept?: Concept;
  cue?: CueType;
  site?: BodySiteEntry;
  frequency?: string;
  route?: string;
}

export interface Lexicons {
  concepts: ConceptEntry[];
  cues: CueEntry[];
  sites: BodySiteEntry[];
}

export const DEFAULT_LEXICONS: Lexicons = {
  concepts: [...SYMPTOMS, ...CONDITIONS, ...MEDICATIONS, ...ALLERGENS, ...VITALS_LABS, ...SOCIAL],
  cues: CUES,
  sites: BODY_SITES,
};

const splitTerms = (s: string): string[] =>
  s
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);

/**
 * The matcher over every lexicon. Terms are inserted in normalised form; `tokenize` returns the
 * leftmost-longest non-overlapping matches, so a longer phrase (睡不着, 不想吃饭) always beats the
 * cue inside it (不). English terms must sit on word boundaries; Chinese terms need none.
 */
export class Terminology {
  private readonly ac = new AhoCorasick();
  private readonly infos: TermInfo[] = [];
  private readonly byId = new Map<string, Concept>();
  readonly termCount: number;

  constructor(lex: Lexicons = DEFAULT_LEXICONS) {
    const seen = new Map<string, number[]>();
    const add = (term: string, info: TermInfo): void => {
      const idx = this.infos.length;
      this.infos.push(info);
      const list = seen.get(term);
      if (list) list.push(idx);
      else seen.set(term, [idx]);
      this.ac.add(term, idx);
    };
    for (const e of lex.concepts) {
      const concept: Concept = { id: e.id, kind: e.kind, display: { zh: e.zh, en: e.en } };
      if (e.code && e.system) concept.code = { system: CODE_SYSTEMS[e.system], code: e.code };
      if (e.verify) concept.verify = e.verify;
      if (this.byId.has(e.id)) throw new Error(`duplicate concept id ${e.id}`);
      this.byId.set(e.id, concept);
      for (const t of [...splitTerms(e.zhT), ...splitTerms(e.enT)]) add(t, { concept });
    }
    for (const c of lex.cues)
      for (const t of [...splitTerms(c.zh), ...splitTerms(c.en)]) add(t, { cue: c.cue });
    for (const s of lex.sites)
      for (const t of [...splitTerms(s.zhT), ...splitTerms(s.enT)]) add(t, { site: s });
    for (const f of FREQUENCIES)
      for (const t of [...splitTerms(f.zh), ...splitTerms(f.en)]) add(t, { frequency: f.code });
    for (const r of ROUTES)
      for (const t of [...splitTerms(r.zh), ...splitTerms(r.en)]) add(t, { route: r.code });
    this.termCount = seen.size;
    this.ac.build();
  }

  concept(id: string): Concept | undefined {
    return this.byId.get(id);
  }

  /** Leftmost-longest tokens of a normalised text, in text order. */
  tokenize(norm: string): Token[] {
    const raw = this.ac.findAll(norm);
    // Keep English-looking matches only on word boundaries ("pain" must not fire inside "spain").
    const ok = raw.filter((m) => {
      if (isWordChar(norm.charCodeAt(m.start)) && m.start > 0 && isWordChar(norm.charCodeAt(m.start - 1)))
        return false;
      if (isWordChar(norm.charCodeAt(m.end - 1)) && m.end < norm.length && isWordChar(norm.charCodeAt(m.end)))
        return false;
      return true;
    });
    ok.sort((a, b) => a.start - b.start || b.end - a.end);
    const tokens: Token[] = [];
    let cursor = 0;
    let last: Token | undefined;
    for (let i = 0; i < ok.length; i++) {
      const m = ok[i]!;
      if (last && m.start === last.start && m.end === last.end) {
        this.merge(last, this.infos[m.payload]!);
        continue;
      }
      if (m.start < cursor) continue;
      // A cue phrase gives way to a shorter one at the same start when it would cut a term in half
      // (没有过|敏 → 没有 + 过敏): the term carries the meaning, the cue still reads as a cue.
      const cut = this.cutTerm(ok, i);
      if (cut !== undefined) {
        let j = i + 1;
        while (j < ok.length && ok[j]!.start === m.start && ok[j]!.end > cut) j++;
        if (j < ok.length && ok[j]!.start === m.start) {
          i = j - 1;
          continue;
        }
      }
      last = { start: m.start, end: m.end, cues: [] };
      this.merge(last, this.infos[m.payload]!);
      tokens.push(last);
      cursor = m.end;
    }
    return tokens;
  }

  /** Start of a term (concept, site or allergy cue) that match `i`, a cue-only phrase, would cut. */
  private cutTerm(
    ok: readonly { start: number; end: number; payload: number }[],
    i: number,
  ): number | undefined {
    const m = ok[i]!;
    for (let j = i; j < ok.length && ok[j]!.start === m.start && ok[j]!.end === m.end; j++) {
      const info = this.infos[ok[j]!.payload]!;
      if (info.concept || info.site) return undefined;
    }
    for (let j = i + 1; j < ok.length && ok[j]!.start < m.end; j++) {
      const x = ok[j]!;
      if (x.start <= m.start || x.end <= m.end) continue;
      const info = this.infos[x.payload]!;
      if (info.concept || info.site || info.cue === 'allergy') return x.start;
    }
    return undefined;
  }

  private merge(tok: Token, info: TermInfo): void {
    if (info.concept && !tok.concept) tok.concept = info.concept;
    if (info.cue && !tok.cues.includes(info.cue)) tok.cues.push(info.cue);
    if (info.site && !tok.site) tok.site = info.site;
    if (info.frequency && !tok.frequency) tok.frequency = info.frequency;
    if (info.route && !tok.route) tok.route = info.route;
  }
}

let shared: Terminology | undefined;

/** The default terminology, built on first use (lexicon load is measured by the bench). */
export function getTerminology(): Terminology {
  shared ??= new Terminology();
  return shared;
}
