import { useTranslation } from 'react-i18next';
import { formatOffset, highlightSegments, turnRanges, type Focus } from './evidence-focus.ts';
import type { Turn } from './workspace-types.ts';

/** One dialogue: speaker, time and text per turn; the focused evidence spans are marked. */
export function TranscriptView({
  sourceId,
  turns,
  focus,
}: {
  sourceId: string;
  turns: Turn[];
  focus: Focus | null;
}) {
  const { t } = useTranslation();
  return (
    <ol className="ws-turns" data-testid="transcript">
      {turns.map((turn) => {
        const ranges = turnRanges(focus, sourceId, turn.index);
        const focused = ranges.length > 0;
        return (
          <li
            key={turn.index}
            className={`ws-turn speaker-${turn.speaker}${focused ? ' is-focused' : ''}`}
            data-focused={focused || undefined}
            data-turn={turn.index}
          >
            <span className="ws-turn-who">
              {turn.label ?? t(`workspace.speaker.${turn.speaker}`)}
              {turn.tStartMs !== undefined && (
                <time className="ws-turn-time">{formatOffset(turn.tStartMs)}</time>
              )}
            </span>
            <span className="ws-turn-text">
              {highlightSegments(turn.text, ranges).map((s, i) =>
                s.marked ? (
                  <mark key={i} data-testid="evidence-mark">
                    {s.text}
                  </mark>
                ) : (
                  <span key={i}>{s.text}</span>
                ),
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** Before a draft exists the server has not parsed the turns yet: a light preview of what was stored. */
export function previewTurns(content: Record<string, unknown>): Turn[] {
  if (Array.isArray(content.turns))
    return content.turns.map((x, index) => {
      const o = (x ?? {}) as Record<string, unknown>;
      return {
        index,
        speaker: 'unknown',
        label: typeof o.speaker === 'string' ? o.speaker : undefined,
        text: typeof o.text === 'string' ? o.text : '',
        ...(typeof o.tStartMs === 'number' ? { tStartMs: o.tStartMs } : {}),
      } as Turn;
    });
  const text = typeof content.text === 'string' ? content.text : '';
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((line, index) => {
      const m = /^\s*(?:\[([^\]]{1,32})\]|([^\s:：[\]]{1,8})\s*[:：])\s*(.*)$/.exec(line);
      return { index, speaker: 'unknown', label: m?.[1] ?? m?.[2], text: m ? (m[3] ?? '') : line } as Turn;
    });
}
