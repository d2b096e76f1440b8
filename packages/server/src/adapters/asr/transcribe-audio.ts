import { randomBytes } from 'node:crypto';
import { speakerOf } from '@yizhu/core';
import type { Speaker } from '@yizhu/core';
import type { Config } from '../../config/config.ts';
import { checkEndpoint, systemResolver, type Locality, type Resolver } from '../llm/endpoint-guard.ts';
import { readBody, sendHttp, TransportError } from '../llm/http-transport.ts';

/** One turn of speech, ready for `extractTranscript` (JSON turns input). */
export interface TranscriptTurn {
  speaker: Speaker;
  text: string;
  tStartMs: number;
  /** The engine's speaker label (SPEAKER_00, spk1 …), kept so the doctor can assign roles. */
  label?: string;
}

export type AsrFailure =
  'timeout' | 'server_error' | 'http_error' | 'network' | 'endpoint_refused' | 'malformed_json';

export type AsrResult =
  | { ok: true; turns: TranscriptTurn[]; latencyMs: number }
  | { ok: false; failure: AsrFailure; status?: number; latencyMs: number };

export interface AudioInput {
  data: Buffer;
  filename: string;
  mimeType: string;
}

export interface AsrClient {
  readonly model: string;
  transcribe(audio: AudioInput, opts?: { language?: string; prompt?: string }): Promise<AsrResult>;
}

export interface AsrClientOptions {
  baseUrl: string; // …/v1
  apiKey?: string | undefined;
  model: string;
  timeoutMs: number;
  locality: Locality;
  resolve?: Resolver;
  maxResponseBytes?: number;
  monotonic?: () => number;
}

interface VerboseSegment {
  start?: unknown;
  text?: unknown;
  speaker?: unknown;
  spk?: unknown;
}

/**
 * Segments → turns. Engines label speakers differently (whisperX `speaker: "SPEAKER_00"`, FunASR
 * `spk: 0`); a label that names a role (doctor, 医生) becomes that role, others stay 'unknown' with
 * the label kept. Consecutive segments of one speaker are one turn.
 */
export function segmentsToTurns(json: unknown): TranscriptTurn[] | null {
  if (!json || typeof json !== 'object') return null;
  const { text, segments } = json as { text?: unknown; segments?: unknown };
  if (segments !== undefined && !Array.isArray(segments)) return null;
  const turns: TranscriptTurn[] = [];
  for (const s of (segments ?? []) as VerboseSegment[]) {
    if (!s || typeof s !== 'object' || typeof s.text !== 'string') return null;
    const t = s.text.trim();
    if (!t) continue;
    const startSec = typeof s.start === 'number' && Number.isFinite(s.start) && s.start >= 0 ? s.start : 0;
    const raw = s.speaker ?? s.spk;
    const label = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
    const prev = turns.at(-1);
    if (prev && label !== undefined && prev.label === label) {
      prev.text += /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/.test(prev.text) ? t : ` ${t}`;
      continue;
    }
    turns.push({
      speaker: label ? speakerOf(label) : 'unknown',
      text: t,
      tStartMs: Math.round(startSec * 1000),
      ...(label !== undefined ? { label } : {}),
    });
  }
  if (turns.length === 0 && typeof text === 'string' && text.trim())
    turns.push({ speaker: 'unknown', text: text.trim(), tStartMs: 0 });
  if (turns.length === 0 && typeof text !== 'string') return null;
  return turns;
}

function multipart(fields: [string, string][], file: AudioInput): { body: Buffer; type: string } {
  const boundary = `yizhu${randomBytes(12).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [k, v] of fields)
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  const safeName = file.filename.replace(/[^\w.-]/g, '_');
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${safeName}"\r\nContent-Type: ${file.mimeType}\r\n\r\n`,
    ),
    file.data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

/** OpenAI-compatible `/v1/audio/transcriptions` (whisper.cpp server, FunASR, cloud), verbose_json. */
export function createAsrClient(opts: AsrClientOptions): AsrClient {
  const mono = opts.monotonic ?? (() => performance.now());
  const url = `${opts.baseUrl.replace(/\/+$/, '')}/audio/transcriptions`;
  return {
    model: opts.model,
    async transcribe(audio, o = {}) {
      const t0 = mono();
      const fail = (failure: AsrFailure, status?: number): AsrResult => ({
        ok: false,
        failure,
        ...(status !== undefined ? { status } : {}),
        latencyMs: Math.round(mono() - t0),
      });
      const check = await checkEndpoint(opts.baseUrl, opts.locality, opts.resolve ?? systemResolver);
      if (!check.ok) return fail('endpoint_refused');
      const fields: [string, string][] = [
        ['model', opts.model],
        ['response_format', 'verbose_json'],
        ['timestamp_granularities[]', 'segment'],
      ];
      if (o.language) fields.push(['language', o.language]);
      if (o.prompt) fields.push(['prompt', o.prompt]);
      const { body, type } = multipart(fields, audio);
      const signal = AbortSignal.timeout(opts.timeoutMs);
      try {
        const res = await sendHttp({
          url,
          method: 'POST',
          signal,
          locality: opts.locality,
          body,
          headers: {
            'content-type': type,
            accept: 'application/json',
            ...(opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {}),
          },
        });
        if (res.status !== 200) {
          res.body.resume();
          return fail(res.status >= 500 ? 'server_error' : 'http_error', res.status);
        }
        const text = await readBody(res.body, opts.maxResponseBytes ?? 8 * 1024 * 1024, signal);
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          return fail('malformed_json');
        }
        const turns = segmentsToTurns(json);
        if (!turns) return fail('malformed_json');
        return { ok: true, turns, latencyMs: Math.round(mono() - t0) };
      } catch (e) {
        return fail(e instanceof TransportError ? e.kind : 'network');
      }
    },
  };
}

export interface AsrStatus {
  enabled: boolean;
  reason?: 'not_configured' | 'endpoint_not_local' | 'endpoint_unresolvable';
}

export function createAsr(config: Pick<Config, 'asr' | 'dataLocality'>): {
  client?: AsrClient;
  status: AsrStatus;
} {
  const { asr } = config;
  if (!asr.baseUrl) return { status: { enabled: false, reason: 'not_configured' } };
  return {
    client: createAsrClient({
      baseUrl: asr.baseUrl,
      apiKey: asr.apiKey,
      model: asr.model,
      timeoutMs: asr.timeoutMs,
      locality: config.dataLocality,
    }),
    status: { enabled: true },
  };
}
