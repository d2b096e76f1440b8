import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  chainHash,
  GENESIS_HASH,
  verifyChain,
  type AuditEventContent,
  type ChainedAuditEvent,
} from './hash-chain.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function chain(n: number): ChainedAuditEvent[] {
  const out: ChainedAuditEvent[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const c: AuditEventContent = {
      seq,
      at: `2026-11-22T02:00:0${seq}.000Z`,
      actorId: 'u1',
      actorRole: 'doctor',
      patientId: 'p1',
      action: 'patient.read',
      resourceType: 'Patient',
      resourceId: 'p1',
      outcome: 'success',
      clientIp: '127.0.0.1',
      requestId: `r${seq}`,
      detail: { b: 1, a: [2, { d: 3, c: 4 }] },
    };
    const hash = chainHash(prev, c, sha);
    out.push({ ...c, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined, x: null }], c: 'é' } })).toBe(
      '{"a":{"c":"é","d":[1,{"x":null,"z":1}]},"b":1}',
    );
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain', () => {
    expect(verifyChain(chain(5), sha)).toEqual({ ok: true, checked: 5 });
    expect(verifyChain([], sha)).toEqual({ ok: true, checked: 0 });
  });
  it('finds a changed field', () => {
    const c = chain(5);
    c[2] = { ...c[2]!, outcome: 'failure' };
    expect(verifyChain(c, sha)).toEqual({ ok: false, checked: 2, seq: 3, reason: 'hash_mismatch' });
  });
  it('finds a removed row in the middle and at the start', () => {
    const c = chain(5);
    expect(verifyChain([...c.slice(0, 2), ...c.slice(3)], sha)).toMatchObject({
      ok: false,
      seq: 3,
      reason: 'gap',
    });
    expect(verifyChain(c.slice(1), sha)).toMatchObject({ ok: false, seq: 1, reason: 'gap' });
  });
  it('finds a row whose hash was recomputed without fixing the next link', () => {
    const c = chain(4);
    const forged = { ...c[1]!, actorId: 'intruder' };
    const { prevHash: _p, hash: _h, ...content } = forged;
    forged.hash = chainHash(forged.prevHash, content, sha);
    c[1] = forged;
    expect(verifyChain(c, sha)).toMatchObject({ ok: false, seq: 3, reason: 'prev_mismatch' });
  });
});
