import type { FollowupProtocol, Verification } from './protocol.ts';

export interface RuleMarkEntry {
  /** Dotted path of the rule inside the protocol data, e.g. urgent.pregnancyNormalBelow. */
  path: string;
  verification: Verification;
  note?: string;
}

/**
 * Every rule in a protocol whose mark is below "read in a primary source", so the panel and reviews
 * can show what still needs confirming. Walks the data instead of keeping a second list that could
 * drift from it.
 */
export function protocolRuleMarks(
  protocol: FollowupProtocol,
  include: readonly Verification[] = ['U', 'project'],
): RuleMarkEntry[] {
  const out: RuleMarkEntry[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node))
      return node.forEach((n, i) =>
        walk(
          n,
          `${path}.${(n as { code?: string; category?: string }).code ?? (n as { category?: string }).category ?? i}`,
        ),
      );
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.verification === 'string' && include.includes(o.verification as Verification)) {
      out.push({
        path,
        verification: o.verification as Verification,
        ...(typeof o.note === 'string' ? { note: o.note } : {}),
      });
    }
    for (const [k, v] of Object.entries(o))
      if (k !== 'value' || typeof v === 'object') walk(v, path ? `${path}.${k}` : k);
  };
  walk(protocol, '');
  return out;
}
