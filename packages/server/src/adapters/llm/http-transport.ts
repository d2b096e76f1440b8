import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { guardedLookup, isLocalAddress, type Locality } from './endpoint-guard.ts';

export interface HttpCall {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: Buffer | string;
  signal: AbortSignal;
  locality: Locality;
}

export interface HttpAnswer {
  status: number;
  headers: IncomingMessage['headers'];
  body: IncomingMessage;
}

export class TransportError extends Error {
  constructor(readonly kind: 'endpoint_refused' | 'network' | 'timeout') {
    super(kind);
    this.name = 'TransportError';
  }
}

/**
 * One HTTP request to a model endpoint, with the locality guard applied when the socket connects.
 * node:http rather than fetch: fetch offers no hook on the resolved address.
 */
export function sendHttp(call: HttpCall): Promise<HttpAnswer> {
  const u = new URL(call.url);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (call.locality === 'hospital' && isIP(host) && !isLocalAddress(host))
    return Promise.reject(new TransportError('endpoint_refused'));
  const send = u.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(u, {
      method: call.method,
      headers: call.headers,
      signal: call.signal,
      lookup: guardedLookup(call.locality) as never,
    });
    req.on('response', (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res }));
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EYIZHU_NOT_LOCAL') reject(new TransportError('endpoint_refused'));
      else if (call.signal.aborted || err.name === 'AbortError') reject(new TransportError('timeout'));
      else reject(new TransportError('network'));
    });
    req.end(call.body);
  });
}

/** Reads a response body up to a size bound (a runaway endpoint cannot fill memory). */
export async function readBody(res: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        res.destroy();
        throw new TransportError('network');
      }
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    if (e instanceof TransportError) throw e;
    throw new TransportError(signal.aborted ? 'timeout' : 'network');
  }
  return Buffer.concat(chunks).toString('utf8');
}
