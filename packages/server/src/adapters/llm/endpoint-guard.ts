import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';

/**
 * Data locality (issue 9): in hospital mode a model endpoint must be on the local network — loopback,
 * RFC 1918 / RFC 6598 private ranges, link-local, IPv6 unique-local — judged by the addresses the name
 * resolves to, not by the name. The same check runs again at connect time (see `guardedLookup`),
 * so a name that re-resolves to a public address (DNS rebinding) is refused too.
 */
export type Locality = 'hospital' | 'deidentify';

export function isLocalAddress(address: string): boolean {
  const v = isIP(address);
  if (v === 4) {
    const [a, b] = address.split('.').map(Number) as [number, number];
    return (
      a === 127 ||
      a === 10 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (v === 6) {
    const x = address.toLowerCase().replace(/^\[|\]$/g, '');
    if (x === '::1') return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(x);
    if (mapped) return isLocalAddress(mapped[1]!);
    return /^f[cd][0-9a-f]{2}:/.test(x) || /^fe[89ab][0-9a-f]:/.test(x);
  }
  return false;
}

export type Resolver = (host: string) => Promise<string[]>;

export const systemResolver: Resolver = (host) =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true }, (err, addrs: LookupAddress[]) =>
      err ? reject(err) : resolve(addrs.map((a) => a.address)),
    ),
  );

export type EndpointCheck =
  { ok: true } | { ok: false; reason: 'endpoint_not_local' | 'endpoint_unresolvable' };

/** Whether an endpoint URL may be used under the locality mode; never connects. */
export async function checkEndpoint(
  url: string,
  locality: Locality,
  resolve: Resolver = systemResolver,
): Promise<EndpointCheck> {
  if (locality !== 'hospital') return { ok: true };
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return isLocalAddress(host) ? { ok: true } : { ok: false, reason: 'endpoint_not_local' };
  let addrs: string[];
  try {
    addrs = await resolve(host);
  } catch {
    return { ok: false, reason: 'endpoint_unresolvable' };
  }
  if (addrs.length === 0) return { ok: false, reason: 'endpoint_unresolvable' };
  return addrs.every(isLocalAddress) ? { ok: true } : { ok: false, reason: 'endpoint_not_local' };
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A `lookup` for http.request that refuses to connect to a non-local address in hospital mode. */
export function guardedLookup(locality: Locality) {
  return (hostname: string, options: object, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addrs: LookupAddress[]) => {
      if (err) return callback(err, []);
      if (locality === 'hospital' && !addrs.every((a) => isLocalAddress(a.address))) {
        const e: NodeJS.ErrnoException = new Error('endpoint is not on the local network');
        e.code = 'EYIZHU_NOT_LOCAL';
        return callback(e, []);
      }
      if ((options as { all?: boolean }).all) return callback(null, addrs);
      return callback(null, addrs[0]!.address, addrs[0]!.family);
    });
  };
}
