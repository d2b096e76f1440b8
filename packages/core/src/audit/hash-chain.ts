/**
 * Tamper evidence for the audit log (security.md AUD-04): each event's hash covers its own content
 * and the previous event's hash, so changing or removing any row breaks every later link.
 * The hash function is passed in to keep core free of platform modules.
 */
export interface AuditEventContent {
  seq: number;
  at: string; // ISO 8601 with zone
  actorId: string | null;
  actorRole: string | null;
  patientId: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  outcome: 'success' | 'failure' | 'denied';
  clientIp: string | null;
  requestId: string | null;
  detail: Record<string, unknown> | null;
}

export interface ChainedAuditEvent extends AuditEventContent {
  prevHash: string;
  hash: string;
}

export type HashFn = (text: string) => string;

export const GENESIS_HASH = '0'.repeat(64);

/** Stable JSON: keys sorted at every depth, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function chainHash(prevHash: string, content: AuditEventContent, hash: HashFn): string {
  return hash(`${prevHash}\n${canonicalJson(content)}`);
}

export type ChainBreak =
  | { ok: true; checked: number }
  | { ok: false; checked: number; seq: number; reason: 'hash_mismatch' | 'prev_mismatch' | 'gap' };

/** Walks events in seq order and reports the first broken link. */
export function verifyChain(events: Iterable<ChainedAuditEvent>, hash: HashFn): ChainBreak {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (const e of events) {
    if (e.seq !== expectedSeq) return { ok: false, checked, seq: expectedSeq, reason: 'gap' };
    if (e.prevHash !== prev) return { ok: false, checked, seq: e.seq, reason: 'prev_mismatch' };
    const { prevHash: _p, hash: stored, ...content } = e;
    if (chainHash(prev, content, hash) !== stored)
      return { ok: false, checked, seq: e.seq, reason: 'hash_mismatch' };
    prev = stored;
    expectedSeq = e.seq + 1;
    checked++;
  }
  return { ok: true, checked };
}
