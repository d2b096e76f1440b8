/**
 * Character-level Levenshtein distance (insert, delete, substitute each cost 1), counted in Unicode
 * code points so a CJK character or an emoji is one edit, not two UTF-16 units. Two rows of memory.
 */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  // Keep the shorter string in the inner loop: memory is O(min(n, m)).
  const [outer, inner] = s.length >= t.length ? [s, t] : [t, s];
  let prev = Array.from({ length: inner.length + 1 }, (_, j) => j);
  let cur = new Array<number>(inner.length + 1).fill(0);
  for (let i = 1; i <= outer.length; i++) {
    cur[0] = i;
    const ch = outer[i - 1];
    for (let j = 1; j <= inner.length; j++) {
      const cost = ch === inner[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[inner.length]!;
}
