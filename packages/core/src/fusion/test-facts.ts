import type { Locator } from '../types/evidence.ts';
import type { Fact, FactKind } from '../types/fact.ts';

/** Test factory: a fact with one evidence link in the given source (fusion, record and qc tests). */
let seq = 0;
export function tf(
  sourceId: string,
  kind: FactKind,
  zh: string,
  en: string,
  extra: Partial<Fact> = {},
): Fact {
  seq++;
  const locator: Locator = sourceId.startsWith('emr')
    ? { kind: 'fhir', reference: `X/${seq}`, path: 'X.code' }
    : sourceId.startsWith('q')
      ? { kind: 'questionnaire', linkId: `l${seq}` }
      : sourceId.startsWith('lab')
        ? { kind: 'image', page: 1, box: [0, seq * 10, 100, 10] }
        : { kind: 'transcript', turn: seq, charStart: 0, charEnd: zh.length };
  return {
    kind,
    display: { zh, en },
    status: 'present',
    confidence: 0.8,
    evidence: [{ sourceId, locator }],
    ...extra,
  };
}
