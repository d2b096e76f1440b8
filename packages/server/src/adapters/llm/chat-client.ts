import type { CallFailure, ChatMessage } from '@yizhu/core/llm/index.ts';
import type { Locality } from './endpoint-guard.ts';
import { readBody, sendHttp, TransportError } from './http-transport.ts';
import { MalformedStreamError, readChatStream } from './sse.ts';

export interface ChatRequest {
  messages: ChatMessage[];
  /** Sent as response_format json_schema (vLLM, Ollama, llama.cpp server and cloud APIs accept it). */
  jsonSchema?: { name: string; strict: boolean; schema: object };
  temperature?: number;
  /** A tighter whole-call budget than the client's (a patient waiting on a phone); never a longer one. */
  timeoutMs?: number;
}

export type ChatResult =
  | { ok: true; content: string; attempts: number; latencyMs: number }
  | { ok: false; failure: CallFailure; status?: number; attempts: number; latencyMs: number };

/** The seam every language model sits behind (OpenAI-compatible HTTP here; a local GGUF model later). */
export interface ChatClient {
  readonly model: string;
  readonly kind: 'openai-compatible' | 'local-gguf';
  complete(req: ChatRequest): Promise<ChatResult>;
}

export interface ChatClientOptions {
  /** Up to and including /v1, e.g. http://10.0.0.5:8000/v1. */
  baseUrl: string;
  apiKey?: string | undefined;
  model: string;
  stream: boolean;
  /** Whole-call budget, retries included. */
  timeoutMs: number;
  locality: Locality;
  maxAttempts?: number;
  /** A Retry-After longer than this is not waited for: the draft is not held up for it. */
  maxRetryAfterMs?: number;
  backoffMs?: number;
  maxResponseBytes?: number;
  sleep?: (ms: number) => Promise<void>;
  monotonic?: () => number;
  /** Wall clock in ms, only to read a Retry-After given as an HTTP date. */
  wallClockMs?: () => number;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | string[] | undefined, nowMs: number): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  if (/^\d+(\.\d+)?$/.test(v.trim())) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/**
 * OpenAI-compatible chat completions. Never throws: every failure is a `CallFailure` the caller turns
 * into "model not used". Retries: 429 after Retry-After (bounded), 5xx and network errors with
 * exponential backoff (bounded), all inside one deadline.
 */
export function createChatClient(opts: ChatClientOptions): ChatClient {
  const maxAttempts = opts.maxAttempts ?? 3;
  const maxRetryAfter = opts.maxRetryAfterMs ?? 10_000;
  const backoff = opts.backoffMs ?? 500;
  const maxBytes = opts.maxResponseBytes ?? 4 * 1024 * 1024;
  const sleep = opts.sleep ?? defaultSleep;
  const mono = opts.monotonic ?? (() => performance.now());
  const wall = opts.wallClockMs ?? (() => Date.now());
  const url = `${opts.baseUrl.replace(/\/+$/, '')}/chat/completions`;

  async function complete(req: ChatRequest): Promise<ChatResult> {
    const t0 = mono();
    const deadline = t0 + Math.min(opts.timeoutMs, req.timeoutMs ?? Infinity);
    const body = JSON.stringify({
      model: opts.model,
      messages: req.messages,
      temperature: req.temperature ?? 0,
      stream: opts.stream,
      ...(req.jsonSchema ? { response_format: { type: 'json_schema', json_schema: req.jsonSchema } } : {}),
    });
    let attempts = 0;
    let last: { failure: CallFailure; status?: number } = { failure: 'network' };
    const fail = () => ({ ok: false as const, ...last, attempts, latencyMs: Math.round(mono() - t0) });
    while (attempts < maxAttempts) {
      const remaining = deadline - mono();
      if (remaining <= 0) {
        last = { failure: 'timeout' };
        break;
      }
      attempts++;
      const signal = AbortSignal.timeout(Math.ceil(remaining));
      let wait: number | undefined;
      try {
        const res = await sendHttp({
          url,
          method: 'POST',
          signal,
          locality: opts.locality,
          body,
          headers: {
            'content-type': 'application/json',
            accept: opts.stream ? 'text/event-stream' : 'application/json',
            ...(opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {}),
          },
        });
        if (res.status === 200) {
          const type = String(res.headers['content-type'] ?? '');
          if (opts.stream && type.includes('text/event-stream')) {
            const content = await readChatStream(res.body, maxBytes, signal);
            if (!content.trim()) {
              last = { failure: 'empty_response' };
              return fail();
            }
            return { ok: true, content, attempts, latencyMs: Math.round(mono() - t0) };
          }
          const text = await readBody(res.body, maxBytes, signal);
          let json: { choices?: { message?: { content?: unknown } }[] };
          try {
            json = JSON.parse(text) as typeof json;
          } catch {
            last = { failure: 'malformed_json' };
            return fail();
          }
          const content = json.choices?.[0]?.message?.content;
          if (typeof content !== 'string' || !content.trim()) {
            last = { failure: 'empty_response' };
            return fail();
          }
          return { ok: true, content, attempts, latencyMs: Math.round(mono() - t0) };
        }
        res.body.resume(); // drain; the error body may echo our request, so it is not read
        if (res.status === 429) {
          last = { failure: 'rate_limited', status: 429 };
          wait = retryAfterMs(res.headers['retry-after'], wall()) ?? backoff * 2 ** (attempts - 1);
          if (wait > maxRetryAfter) break;
        } else if (res.status >= 500) {
          last = { failure: 'server_error', status: res.status };
          wait = backoff * 2 ** (attempts - 1);
        } else {
          last = { failure: 'http_error', status: res.status };
          break; // 4xx other than 429: retrying cannot help
        }
      } catch (e) {
        if (e instanceof MalformedStreamError) {
          last = { failure: 'malformed_json' };
          return fail();
        }
        const kind = e instanceof TransportError ? e.kind : 'network';
        last = { failure: kind === 'endpoint_refused' ? 'endpoint_refused' : kind };
        if (kind !== 'network') break;
        wait = backoff * 2 ** (attempts - 1);
      }
      if (attempts < maxAttempts) {
        if (mono() + wait > deadline) break;
        await sleep(wait);
      }
    }
    return fail();
  }
  return { model: opts.model, kind: 'openai-compatible', complete };
}
