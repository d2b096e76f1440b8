/** `/p` is the code entry page; `/p/<token>` is one patient's pre-consultation. Neither needs a login. */
export const PRECHECK_ENTRY = '/p';

export function isPrecheckPath(path: string): boolean {
  return path === PRECHECK_ENTRY || path.startsWith(`${PRECHECK_ENTRY}/`);
}

/** The link token in the path, if it has the shape of one (256-bit base64url). */
export function tokenFromPath(path: string): string | null {
  const m = /^\/p\/([A-Za-z0-9_-]{43})\/?$/.exec(path);
  return m ? m[1]! : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/visits/<uuid>` → the visit id (the visit detail page), else null. */
export function visitIdFromPath(path: string): string | null {
  const m = /^\/visits\/([^/]+)\/?$/.exec(path);
  return m && UUID.test(m[1]!) ? m[1]! : null;
}
