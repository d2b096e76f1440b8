import type { DraftVersion } from './workspace-types.ts';

/** How a language model took part in a draft, as stored by the server (adapters/llm/README.md). */
export interface DraftLlm {
  used: boolean;
  model?: string;
  notice?: { code: string; reason?: string; zh: string; en: string };
}

// Reason codes the server gives (core llm/apply-reword.ts); anything else is shown without a reason.
const REASONS = [
  'timeout',
  'rate_limited',
  'server_error',
  'http_error',
  'network',
  'endpoint_refused',
  'malformed_json',
  'schema_mismatch',
  'empty_response',
  'model_unavailable',
  'all_rejected',
  'nothing_to_reword',
  'disabled',
  'internal',
] as const;
export type LlmReason = (typeof REASONS)[number];
const isReason = (r: string | undefined): r is LlmReason => (REASONS as readonly string[]).includes(r ?? '');

/** One line to show in the draft pane: an i18n key with its values. */
export interface LlmNoteLine {
  tone: 'warning' | 'info';
  key:
    'workspace.llm.notUsed' | 'workspace.llm.partlyUsed' | 'workspace.llm.used' | 'workspace.llm.usedUnnamed';
  model?: string;
  reason?: LlmReason;
  testId: 'llm-notice' | 'llm-used';
  /** The server's own wording, for a notice code this version of the app does not know. */
  text?: { zh: string; en: string };
}

export function draftLlm(draft: DraftVersion): DraftLlm | null {
  const llm = (draft as { llm?: unknown }).llm;
  if (!llm || typeof llm !== 'object') return null;
  const l = llm as Partial<DraftLlm>;
  return typeof l.used === 'boolean' ? (l as DraftLlm) : null;
}

/**
 * What the doctor is told about the model: nothing when none is configured (no `llm`); that the
 * model was not used, or only partly, and why; and, when some wording is the model's, which model
 * and that each such sentence passed verification against its evidence.
 */
export function llmNoteLines(llm: DraftLlm | null): LlmNoteLine[] {
  if (!llm) return [];
  const lines: LlmNoteLine[] = [];
  const code = llm.notice?.code;
  if (code === 'llm_not_used' || code === 'llm_partly_used') {
    const reason = llm.notice?.reason;
    lines.push({
      tone: 'warning',
      key: code === 'llm_not_used' ? 'workspace.llm.notUsed' : 'workspace.llm.partlyUsed',
      ...(isReason(reason) ? { reason } : {}),
      testId: 'llm-notice',
    });
  } else if (llm.notice && typeof llm.notice.zh === 'string' && typeof llm.notice.en === 'string') {
    lines.push({
      tone: 'warning',
      key: 'workspace.llm.notUsed',
      testId: 'llm-notice',
      text: { zh: llm.notice.zh, en: llm.notice.en },
    });
  }
  if (llm.used)
    lines.push({
      tone: 'info',
      key: llm.model ? 'workspace.llm.used' : 'workspace.llm.usedUnnamed',
      ...(llm.model ? { model: llm.model } : {}),
      testId: 'llm-used',
    });
  return lines;
}
