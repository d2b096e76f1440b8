import type { IncomingMessage } from 'node:http';
import { TransportError } from './http-transport.ts';

export class MalformedStreamError extends Error {
  constructor() {
    super('malformed event stream');
    this.name = 'MalformedStreamError';
  }
}

/**
 * Reads an OpenAI-style server-sent event stream (`data: {json}` events, `data: [DONE]` at the end)
 * and returns the concatenated `choices[0].delta.content`. A chunk that is not JSON fails the whole
 * answer: half a sentence is worse than the deterministic one.
 */
export async function readChatStream(
  res: IncomingMessage,
  maxBytes: number,
  signal: AbortSignal,
): Promise<string> {
  let buffer = '';
  let content = '';
  let size = 0;
  let done = false;
  const handleEvent = (event: string) => {
    const data = event
      .split(/\r?\n/)
      .filter((l) => l.startsWith('data:'))
      .map((l) => l.slice(5).replace(/^ /, ''))
      .join('\n');
    if (data === '') return; // comments / keep-alives
    if (data.trim() === '[DONE]') {
      done = true;
      return;
    }
    let json: { choices?: { delta?: { content?: unknown } }[] };
    try {
      json = JSON.parse(data) as typeof json;
    } catch {
      throw new MalformedStreamError();
    }
    const piece = json.choices?.[0]?.delta?.content;
    if (typeof piece === 'string') content += piece;
  };
  try {
    for await (const chunk of res) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw new TransportError('network');
      buffer += (chunk as Buffer).toString('utf8');
      let cut: RegExpExecArray | null;
      while (!done && (cut = /\r?\n\r?\n/.exec(buffer))) {
        handleEvent(buffer.slice(0, cut.index));
        buffer = buffer.slice(cut.index + cut[0].length);
      }
      if (done) break;
    }
  } catch (e) {
    res.destroy();
    if (e instanceof MalformedStreamError || e instanceof TransportError) throw e;
    throw new TransportError(signal.aborted ? 'timeout' : 'network');
  }
  if (!done && buffer.trim()) handleEvent(buffer);
  // A stream cut off before [DONE] is an incomplete answer.
  if (!done) throw new TransportError('network');
  return content;
}
