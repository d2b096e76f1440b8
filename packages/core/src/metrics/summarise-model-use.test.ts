import { describe, expect, it } from 'vitest';
import { rewordNotice } from '../llm/apply-reword.ts';
import { precheckNotice } from '../llm/apply-precheck-findings.ts';
import { summariseModelUse, type DraftModelRecord, type PrecheckModelRecord } from './summarise-model-use.ts';

const draftStats = (s: Partial<NonNullable<DraftModelRecord['stats']>>): DraftModelRecord['stats'] => ({
  offered: 0,
  accepted: 0,
  rejected: 0,
  unanswered: 0,
  unchanged: 0,
  rejections: {},
  callFailures: {},
  ...s,
});
const precheckStats = (
  s: Partial<NonNullable<PrecheckModelRecord['stats']>>,
): PrecheckModelRecord['stats'] => ({
  offered: 0,
  returned: 0,
  accepted: 0,
  rejected: 0,
  rejections: {},
  callFailures: {},
  ...s,
});

describe('summariseModelUse: drafts', () => {
  const drafts: (DraftModelRecord | null)[] = [
    null, // no model configured
    // Partly used: 3 accepted, 1 unchanged, 2 rejected (number, unsupported fact), 1 unanswered.
    {
      used: true,
      notice: rewordNotice('llm_partly_used'),
      stats: draftStats({
        offered: 7,
        accepted: 3,
        unchanged: 1,
        rejected: 2,
        unanswered: 1,
        rejections: { unmatched_number: 1, unsupported_fact: 1, no_evidence_cited: 0 },
      }),
    },
    // Timed out: every offered sentence unanswered; the notice named the failure.
    {
      used: false,
      notice: rewordNotice('llm_not_used', 'timeout'),
      stats: draftStats({ offered: 4, unanswered: 4, callFailures: { timeout: 2 } }),
    },
    // Answer outside the schema on one call, the other call verified: partly used, notice says why.
    {
      used: true,
      notice: rewordNotice('llm_partly_used', 'schema_mismatch'),
      stats: draftStats({ offered: 4, accepted: 2, unanswered: 2, callFailures: { schema_mismatch: 1 } }),
    },
    // Every sentence rejected (not a failure of the call).
    {
      used: false,
      notice: rewordNotice('llm_not_used', 'all_rejected'),
      stats: draftStats({ offered: 2, rejected: 2, rejections: { ungrounded_wording: 2 } }),
    },
    // Verified sentence by sentence, refused whole by the final verify (marker stored).
    {
      used: false,
      notice: rewordNotice('llm_not_used', 'all_rejected'),
      stats: draftStats({ offered: 3, accepted: 2, unchanged: 1 }),
      droppedAtFinalVerify: { unmatched_number: 1 },
    },
    // The same, stored before the marker existed: used=false with verified sentences.
    {
      used: false,
      notice: rewordNotice('llm_not_used', 'all_rejected'),
      stats: draftStats({ offered: 1, accepted: 1 }),
    },
    // Endpoint refused before any call.
    { used: false, notice: rewordNotice('llm_not_used', 'endpoint_refused'), stats: draftStats({}) },
  ];
  const d = summariseModelUse({ drafts, prechecks: [], labExplanations: [] }).drafts;

  it('counts drafts generated, with a model configured, sent to it, and using its wording', () => {
    expect(d).toMatchObject({ generated: 8, modelConfigured: 7, modelCalled: 6, modelUsed: 2 });
  });

  it('sums sentences offered, proposed, accepted, unchanged, rejected and unanswered', () => {
    expect(d).toMatchObject({
      sentencesOffered: 7 + 4 + 4 + 2 + 3 + 1,
      sentencesProposed: 6 + 0 + 2 + 2 + 3 + 1,
      sentencesAccepted: 3 + 2 + 2 + 1,
      sentencesUnchanged: 1 + 1,
      sentencesRejected: 2 + 2,
      sentencesUnanswered: 1 + 4 + 2,
    });
  });

  it('counts rejections by reason, listing every known reason', () => {
    expect(d.rejections).toMatchObject({
      unmatched_number: 1,
      unsupported_fact: 1,
      ungrounded_wording: 2,
      no_evidence_cited: 0,
      prompt_disclosure: 0,
    });
    expect(Object.values(d.rejections).reduce((a, b) => a + b, 0)).toBe(d.sentencesRejected);
  });

  it('counts drafts dropped whole by the final verify, with or without the stored marker', () => {
    expect(d.droppedAtFinalVerify).toBe(2);
    expect(d.acceptedInDropped).toBe(3);
    expect(d.finalVerifyViolations).toEqual({ unmatched_number: 1 });
  });

  it('counts drafts whose notice showed a call failure, by failure; all_rejected is not one', () => {
    expect(d.failed).toBe(3);
    expect(d.failures).toEqual({ timeout: 1, schema_mismatch: 1, endpoint_refused: 1 });
  });
});

describe('summariseModelUse: pre-consultations', () => {
  const prechecks: (PrecheckModelRecord | null)[] = [
    null,
    null,
    // One finding verified and it raised the triage.
    {
      used: true,
      stats: precheckStats({ offered: 2, returned: 1, accepted: 1 }),
      raised: true,
    },
    // Two findings, one verified, one with an invented number.
    {
      used: true,
      notice: precheckNotice('llm_partly_used'),
      stats: precheckStats({
        offered: 1,
        returned: 2,
        accepted: 1,
        rejected: 1,
        rejections: { unmatched_number: 1, span_not_found: 0 },
      }),
      raised: false,
    },
    // A 500: the call ran, nothing came back.
    {
      used: false,
      notice: precheckNotice('llm_not_used', 'server_error'),
      stats: precheckStats({ offered: 3, callFailures: { server_error: 1 } }),
      raised: false,
    },
    // Answers changed while the model read them: not a failure, counted apart.
    {
      used: false,
      notice: precheckNotice('llm_not_used', 'answers_changed'),
      stats: precheckStats({ offered: 1, returned: 1, accepted: 1 }),
      raised: false,
    },
    // Internal error before the call.
    { used: false, notice: precheckNotice('llm_not_used', 'internal'), stats: precheckStats({}) },
  ];
  const p = summariseModelUse({ drafts: [], prechecks, labExplanations: [] }).prechecks;

  it('counts sessions, sessions read by the model, findings and triage raised', () => {
    expect(p).toMatchObject({
      finished: 7,
      modelConfigured: 5,
      modelCalled: 4,
      modelUsed: 2,
      findingsProposed: 4,
      findingsAccepted: 3,
      findingsRejected: 1,
      raisedTriage: 1,
      answersChanged: 1,
    });
    expect(p.rejections).toMatchObject({ unmatched_number: 1, span_not_found: 0, negation_changed: 0 });
  });

  it('counts failures by the notice reason', () => {
    expect(p.failed).toBe(2);
    expect(p.failures).toEqual({ server_error: 1, internal: 1 });
  });
});

describe('summariseModelUse: lab explanations', () => {
  const l = summariseModelUse({
    drafts: [],
    prechecks: [],
    labExplanations: [
      null,
      { used: true, offered: 4, accepted: 2, rejections: { direction_changed: 1, forbidden_content: 1 } },
      { used: false, reason: 'timeout', offered: 2, accepted: 0, rejections: {} },
      { used: false, reason: 'nothing_to_reword', offered: 0, accepted: 0, rejections: {} },
    ],
  }).labExplanations;

  it('counts accepted and rejected model wording, by reason, and failures', () => {
    expect(l).toMatchObject({
      created: 4,
      modelConfigured: 3,
      modelCalled: 2,
      modelUsed: 1,
      sentencesOffered: 6,
      sentencesAccepted: 2,
      sentencesRejected: 2,
      failed: 1,
      failures: { timeout: 1 },
    });
    expect(l.rejections).toMatchObject({ direction_changed: 1, forbidden_content: 1, unmatched_number: 0 });
  });
});

describe('summariseModelUse: nothing, and odd stored values', () => {
  it('is all zeros for no rows', () => {
    const s = summariseModelUse({ drafts: [], prechecks: [], labExplanations: [] });
    expect(s.drafts).toMatchObject({ generated: 0, modelConfigured: 0, sentencesRejected: 0, failed: 0 });
    expect(s.prechecks).toMatchObject({ finished: 0, raisedTriage: 0 });
    expect(s.labExplanations).toMatchObject({ created: 0, modelUsed: 0 });
  });

  it('ignores missing, negative or non-numeric counts and keeps an unknown reason', () => {
    const s = summariseModelUse({
      drafts: [
        {
          used: true,
          stats: { offered: -3, accepted: '2' as never, rejected: 1, rejections: { some_new_reason: 1 } },
        },
        {},
      ],
      prechecks: [],
      labExplanations: [],
    }).drafts;
    expect(s).toMatchObject({
      modelConfigured: 2,
      sentencesOffered: 0,
      sentencesAccepted: 0,
      sentencesRejected: 1,
    });
    expect(s.rejections.some_new_reason).toBe(1);
  });
});
