import { describe, expect, it } from 'vitest';
import { draftLlm, llmNoteLines } from './llm-note.ts';
import type { DraftVersion } from './workspace-types.ts';

const version = (llm?: unknown) =>
  ({ version: 1, ...(llm === undefined ? {} : { llm }) }) as unknown as DraftVersion;
const notice = (code: string, reason?: string) => ({
  code,
  ...(reason ? { reason } : {}),
  zh: '中文',
  en: 'English',
});

describe('llmNoteLines', () => {
  it('says nothing when no model is configured (no llm on the draft)', () => {
    expect(llmNoteLines(draftLlm(version()))).toEqual([]);
    expect(llmNoteLines(draftLlm(version('junk')))).toEqual([]);
    expect(llmNoteLines(draftLlm(version({ notice: notice('llm_not_used') })))).toEqual([]); // no `used`
  });

  it('model not used: a warning with the reason, no "improved" note', () => {
    expect(
      llmNoteLines({ used: false, model: 'qwen2.5', notice: notice('llm_not_used', 'timeout') }),
    ).toEqual([
      {
        tone: 'warning',
        key: 'workspace.llm.notUsed',
        reason: 'timeout',
        testId: 'llm-notice',
      },
    ]);
  });

  it('partly used: the warning and the verified-wording note naming the model', () => {
    const lines = llmNoteLines({ used: true, model: 'qwen2.5', notice: notice('llm_partly_used') });
    expect(lines.map((l) => [l.tone, l.key, l.model, l.reason])).toEqual([
      ['warning', 'workspace.llm.partlyUsed', undefined, undefined],
      ['info', 'workspace.llm.used', 'qwen2.5', undefined],
    ]);
  });

  it('fully used: only the note; without a model name a generic one', () => {
    expect(llmNoteLines({ used: true, model: 'deepseek-v3' }).map((l) => l.key)).toEqual([
      'workspace.llm.used',
    ]);
    expect(llmNoteLines({ used: true })).toEqual([
      { tone: 'info', key: 'workspace.llm.usedUnnamed', testId: 'llm-used' },
    ]);
  });

  it('an unknown reason is left out; an unknown notice code shows the server wording', () => {
    expect(
      llmNoteLines({ used: false, notice: notice('llm_not_used', '<script>') })[0]!.reason,
    ).toBeUndefined();
    expect(llmNoteLines({ used: false, notice: notice('llm_something_new') })[0]).toMatchObject({
      tone: 'warning',
      text: { zh: '中文', en: 'English' },
    });
  });

  it('a local model file that cannot be loaded is a known reason, translated in both languages', async () => {
    const line = llmNoteLines({ used: false, notice: notice('llm_not_used', 'model_unavailable') })[0]!;
    expect(line.reason).toBe('model_unavailable');
    const en = (await import('../i18n/en.json', { with: { type: 'json' } })).default;
    const zh = (await import('../i18n/zh-CN.json', { with: { type: 'json' } })).default;
    expect(en.workspace.llm.reason.model_unavailable).toMatch(/local model/);
    expect(zh.workspace.llm.reason.model_unavailable).toMatch(/本地模型/);
  });

  it('reads the llm field the server stores on a draft version', () => {
    expect(draftLlm(version({ used: true, model: 'm', stats: {} }))).toMatchObject({
      used: true,
      model: 'm',
    });
  });
});
