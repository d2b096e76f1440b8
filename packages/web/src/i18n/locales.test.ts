import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import zhCN from './zh-CN.json' with { type: 'json' };

// Plural suffixes differ by language (Chinese has only "other"), so compare keys without them.
function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}
const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');
const interpolations = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('zh-CN and en have the same keys', () => {
    expect([...new Set(keys(en).map(base))].sort()).toEqual([...new Set(keys(zhCN).map(base))].sort());
  });

  it('use the same placeholders in both languages', () => {
    const flat = (o: object) =>
      Object.fromEntries(
        keys(o).map((k) => [
          base(k),
          k.split('.').reduce<unknown>((a, p) => (a as Record<string, unknown>)[p], o),
        ]),
      );
    const z = flat(zhCN);
    for (const [k, v] of Object.entries(flat(en))) {
      expect(interpolations(String(v)), k).toEqual(interpolations(String(z[k])));
    }
  });
});
