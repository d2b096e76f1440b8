import { hash, verify } from '@node-rs/argon2';

// argon2id with the OWASP cheat-sheet minimum (19 MiB, 2 iterations, 1 lane) — security.md AUTH-08.
const PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, PARAMS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false; // a malformed stored hash must not become a 500 or a way in
  }
}

// Verifying against this keeps the time of an unknown-user login close to a wrong-password one.
let dummyHash: Promise<string> | undefined;
export async function verifyDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('yizhu-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
}
