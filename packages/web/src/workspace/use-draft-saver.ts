import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../api/api-error.ts';
import { getDraft, saveSection, type SectionEdit } from './workspace-api.ts';
import { sectionText } from './resolve-conflict.ts';
import type { DraftVersion } from './workspace-types.ts';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

const AUTOSAVE_MS = 1000;
const keyOf = (e: SectionEdit) => `${e.lang}:${e.sectionId}`;

/**
 * Autosave of section edits through PUT /draft with optimistic locking. Saves run one at a time
 * (each names the version it was made on); the newest text per section waits in `pending` until the
 * server has it. On a 409 nothing is dropped: the texts stay pending, the editor keeps showing them,
 * and the doctor chooses to reapply them on the latest version or to discard them.
 */
export function useDraftSaver(
  visitId: string,
  draft: DraftVersion | null,
  setDraft: (d: DraftVersion) => void,
) {
  const pending = useRef(new Map<string, SectionEdit>());
  const version = useRef<number | null>(draft?.version ?? null);
  const busy = useRef(false);
  const blocked = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const current = useRef(draft);
  current.current = draft;
  const [conflict, setConflict] = useState<{ latest: number; sections: string[] } | null>(null);

  // A draft loaded from elsewhere (generation, reload) becomes the base of the next save.
  useEffect(() => {
    if (draft && !busy.current) version.current = draft.version;
  }, [draft]);

  const flush = useCallback((): void => {
    clearTimeout(timer.current);
    if (busy.current || blocked.current || version.current === null) return;
    const next = pending.current.values().next();
    if (next.done) return;
    const edit = next.value;
    busy.current = true;
    setStatus('saving');
    saveSection(visitId, version.current, edit).then(
      ({ draft: saved }) => {
        version.current = saved.version;
        busy.current = false;
        // Only forget the text if the doctor did not type more while it was saving.
        if (pending.current.get(keyOf(edit)) === edit) pending.current.delete(keyOf(edit));
        setDraft(saved);
        if (pending.current.size > 0) flush();
        else setStatus('saved');
      },
      (err: unknown) => {
        busy.current = false;
        if (isApiError(err) && err.status === 409) {
          blocked.current = true;
          const latest = Number(err.issues[0]?.message ?? NaN);
          setConflict({ latest, sections: [...pending.current.keys()] });
          setStatus('conflict');
        } else setStatus('error');
      },
    );
  }, [visitId, setDraft]);

  const queue = useCallback(
    (edit: SectionEdit, immediate = false) => {
      const waiting = pending.current.get(keyOf(edit));
      const section = current.current?.draft[edit.lang].find((x) => x.id === edit.sectionId);
      // Blur and "done" repeat the last keystroke's text: no new version for text the server already has.
      if (!waiting && section && sectionText(edit.lang, section) === edit.text) return;
      if (waiting?.text !== edit.text) pending.current.set(keyOf(edit), edit);
      if (blocked.current) return; // kept; goes out when the doctor reapplies
      setStatus('pending');
      clearTimeout(timer.current);
      if (immediate) flush();
      else timer.current = setTimeout(flush, AUTOSAVE_MS);
    },
    [flush],
  );

  /** Loads the latest version and saves the kept texts on top of it. */
  const reapply = useCallback(async () => {
    const { draft: latest } = await getDraft(visitId);
    version.current = latest.version;
    setDraft(latest);
    blocked.current = false;
    setConflict(null);
    flush();
  }, [visitId, setDraft, flush]);

  /** The doctor's explicit choice: drop the kept texts and show the latest version. */
  const discard = useCallback(async () => {
    const { draft: latest } = await getDraft(visitId);
    pending.current.clear();
    version.current = latest.version;
    blocked.current = false;
    setConflict(null);
    setStatus('idle');
    setDraft(latest);
  }, [visitId, setDraft]);

  const retry = useCallback(() => flush(), [flush]);
  const pendingText = useCallback(
    (lang: string, sectionId: string) => pending.current.get(`${lang}:${sectionId}`)?.text,
    [],
  );
  const dirty = status === 'pending' || status === 'saving' || status === 'conflict' || status === 'error';

  // Leaving the page with unsaved text asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { queue, status, conflict, reapply, discard, retry, dirty, pendingText };
}

export type DraftSaver = ReturnType<typeof useDraftSaver>;
