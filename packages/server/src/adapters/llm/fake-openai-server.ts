// A local stand-in for an OpenAI-compatible endpoint, for tests and the red-team eval. Listens on
// 127.0.0.1 only; nothing leaves the machine.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeReply =
  /** A chat completion whose message content is `content` (SSE when the request asked to stream). */
  | { kind: 'chat'; content: string; delayMs?: number }
  /** Raw SSE events (each is the text after `data: `); `[DONE]` is not added. */
  | { kind: 'sse-raw'; events: string[] }
  | { kind: 'raw'; status: number; body: string; headers?: Record<string, string> }
  | { kind: 'hang' };

export interface FakeRequest {
  path: string;
  headers: IncomingHttpHeaders;
  raw: Buffer;
  json: unknown;
}

/**
 * The patient answers a pre-consultation request fenced for the model (`<<<DATA A1 nonce>>>` …), in
 * order, as the model was shown them: what a fake model needs to cite an answer id.
 */
export function offeredAnswers(req: FakeRequest): { id: string; text: string }[] {
  const user = (req.json as { messages: { content: string }[] }).messages[1]!.content;
  return [...user.matchAll(/<<<DATA (A\d+) (\w+)>>>\n([\s\S]*?)\n<<<END \1 \2>>>/g)].map((m) => ({
    id: m[1]!,
    text: m[3]!,
  }));
}

/** The id of the first offered answer containing `needle` (A1 when none does). */
export const answerIdWith = (req: FakeRequest, needle: string): string =>
  offeredAnswers(req).find((a) => a.text.includes(needle))?.id ?? 'A1';

export interface FakeOpenAi {
  url: string; // …/v1
  requests: FakeRequest[];
  close(): Promise<void>;
}

export async function startFakeOpenAi(
  handler: (req: FakeRequest, index: number) => FakeReply | Promise<FakeReply>,
): Promise<FakeOpenAi> {
  const requests: FakeRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    let json: unknown = null;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      /* multipart or other */
    }
    const r: FakeRequest = { path: req.url ?? '', headers: req.headers, raw, json };
    requests.push(r);
    const reply = await handler(r, requests.length - 1);
    if (reply.kind === 'hang') return; // never answers; the client must time out
    if (reply.kind === 'raw') {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      return res.end(reply.body);
    }
    if (reply.kind === 'sse-raw') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const e of reply.events) res.write(`data: ${e}\n\n`);
      return res.end();
    }
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    const stream = (json as { stream?: boolean } | null)?.stream === true;
    if (!stream) {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(
        JSON.stringify({
          id: 'chatcmpl-fake',
          object: 'chat.completion',
          choices: [
            { index: 0, message: { role: 'assistant', content: reply.content }, finish_reason: 'stop' },
          ],
        }),
      );
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    // Split the content into small pieces, as a real server streams tokens.
    for (let i = 0; i < reply.content.length; i += 7) {
      const piece = reply.content.slice(i, i + 7);
      res.write(`data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: piece } }] })}\n\n`);
    }
    res.end('data: [DONE]\n\n');
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
