/**
 * Aho–Corasick automaton over UTF-16 code units. Built once from all lexicon terms; one pass over a
 * text finds every occurrence of every term, so matching cost does not grow with lexicon size.
 */
export interface RawMatch {
  start: number;
  end: number; // exclusive
  payload: number;
}

export class AhoCorasick {
  // Transitions are stored per node in Maps: CJK alphabets are too large for dense tables.
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  // Output of each node: payloads of terms ending here (own + via dictionary suffix links).
  private readonly out: number[][] = [[]];
  private readonly depth: number[] = [0];
  private readonly dictLink: number[] = [-1];
  private built = false;

  add(term: string, payload: number): void {
    if (this.built) throw new Error('AhoCorasick: add after build');
    if (term.length === 0) return;
    let node = 0;
    for (let i = 0; i < term.length; i++) {
      const c = term.charCodeAt(i);
      let nxt = this.next[node]!.get(c);
      if (nxt === undefined) {
        nxt = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        this.depth.push(this.depth[node]! + 1);
        this.dictLink.push(-1);
        this.next[node]!.set(c, nxt);
      }
      node = nxt;
    }
    this.out[node]!.push(payload);
  }

  build(): void {
    const queue: number[] = [];
    for (const child of this.next[0]!.values()) {
      this.fail[child] = 0;
      queue.push(child);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi]!;
      for (const [c, child] of this.next[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const target = this.next[f]!.get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const fc = this.fail[child]!;
        this.dictLink[child] = this.out[fc]!.length > 0 ? fc : this.dictLink[fc]!;
        queue.push(child);
      }
    }
    this.built = true;
  }

  get size(): number {
    return this.next.length;
  }

  /** Every occurrence, in order of end position. */
  findAll(text: string): RawMatch[] {
    if (!this.built) this.build();
    const res: RawMatch[] = [];
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let nxt = this.next[node]!.get(c);
      while (nxt === undefined && node !== 0) {
        node = this.fail[node]!;
        nxt = this.next[node]!.get(c);
      }
      node = nxt ?? 0;
      for (let n = node; n > 0; n = this.dictLink[n]!) {
        const outs = this.out[n]!;
        if (outs.length === 0) continue;
        const len = this.depth[n]!;
        for (const p of outs) res.push({ start: i + 1 - len, end: i + 1, payload: p });
      }
    }
    return res;
  }
}
