/**
 * Secrets on node:crypto: random ids and tokens, SHA-256 for values that are looked up (tokens, session ids,
 * invite codes — high-entropy, so a fast hash is enough and a leaked table reveals nothing usable), scrypt for
 * lead passwords (low-entropy, so a slow salted hash), and timing-safe comparison.
 */
import { createHash, randomBytes, randomUUID, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export function newId(): string {
  return randomUUID();
}

/** 32 random bytes, base64url: the bearer token an agent's device keeps. */
export function newDeviceToken(): string {
  return `att_${randomBytes(32).toString('base64url')}`;
}

export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

/** A code a person can type: 12 characters from an alphabet without look-alikes, grouped as XXXX-XXXX-XXXX. */
export function newInviteCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(12);
  let code = '';
  // 256 is a multiple of 32, so taking bytes modulo 32 is unbiased.
  for (const byte of bytes) code += alphabet[byte % alphabet.length];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
}

/** Invite codes are typed by people: ignore case, spaces and dashes before hashing. */
export function normalizeInviteCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

export function newEtagValue(): string {
  return randomBytes(12).toString('base64url');
}

const SCRYPT = { N: 16384, r: 8, p: 1, keyLength: 64, saltLength: 16 };

function scryptAsync(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$hash`, so parameters can be raised later without breaking stored hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SCRYPT.saltLength);
  const key = await scryptAsync(password, salt, SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let dummyHash: Promise<string> | undefined;

/** A fixed hash to verify against when the e-mail is unknown, so sign-in takes as long either way. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}
