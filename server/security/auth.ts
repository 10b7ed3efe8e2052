/**
 * Who is calling: an agent's device (Authorization: Bearer <device token>) or a lead's dashboard session
 * (HttpOnly cookie). Both credentials are random and stored only as SHA-256 hashes. A device lookup is cached in
 * this instance for `tokenCacheTtlMs` (seconds): revoking a token or removing a member evicts it here at once, so
 * the next request through this instance gets 401; other instances refuse it once their entry expires.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { Kysely } from 'kysely';
import type { ServerConfig } from '../config';
import type { Database, Role } from '../db/schema';
import { newSessionId, sha256 } from './secrets';
import type { TtlCache } from './ttl-cache';

export const SESSION_COOKIE = 'attune_session';

export interface DeviceAuth {
  deviceId: string;
  memberId: string;
  teamId: string;
  role: Role;
}

export interface LeadAuth {
  memberId: string;
  teamId: string;
  sessionHash: string;
}

/** How stale a device's last_used_at may get: updating it on every request would make each read a write. */
const LAST_USED_RESOLUTION_MS = 60 * 60 * 1000;

export async function findDevice(
  db: Kysely<Database>,
  token: string,
  now: number,
  cache?: TtlCache<string, DeviceAuth>,
): Promise<DeviceAuth | null> {
  const tokenHash = sha256(token);
  const cached = cache?.get(tokenHash);
  if (cached) return cached;
  const epoch = cache?.epoch ?? 0;
  const row = await db
    .selectFrom('device_tokens as d')
    .innerJoin('members as m', 'm.id', 'd.member_id')
    .select(['d.id', 'd.member_id', 'd.team_id', 'd.last_used_at', 'm.role'])
    .where('d.token_hash', '=', tokenHash)
    .where('d.revoked_at', 'is', null)
    .where('m.removed_at', 'is', null)
    .executeTakeFirst();
  // Unknown or revoked tokens are not cached: a token that starts working (a fresh join) must work at once.
  if (!row) return null;
  if (now - row.last_used_at > LAST_USED_RESOLUTION_MS) {
    await db.updateTable('device_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
  }
  const device: DeviceAuth = { deviceId: row.id, memberId: row.member_id, teamId: row.team_id, role: row.role };
  cache?.set(tokenHash, device, epoch);
  return device;
}

export async function findLeadSession(db: Kysely<Database>, sessionId: string, now: number): Promise<LeadAuth | null> {
  const sessionHash = sha256(sessionId);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('members as m', 'm.id', 's.member_id')
    .select(['m.id', 'm.team_id', 'm.role'])
    .where('s.id_hash', '=', sessionHash)
    .where('s.expires_at', '>', now)
    .where('m.removed_at', 'is', null)
    .executeTakeFirst();
  if (!row || row.role !== 'lead') return null;
  return { memberId: row.id, teamId: row.team_id, sessionHash };
}

export async function startSession(
  c: Context,
  db: Kysely<Database>,
  config: ServerConfig,
  memberId: string,
  now: number,
): Promise<void> {
  const sessionId = newSessionId();
  await db
    .insertInto('sessions')
    .values({ id_hash: sha256(sessionId), member_id: memberId, created_at: now, expires_at: now + config.sessionTtlMs })
    .execute();
  setCookie(c, SESSION_COOKIE, sessionId, {
    httpOnly: true,
    secure: config.cookieSecure,
    sameSite: 'Strict',
    path: '/',
    maxAge: Math.floor(config.sessionTtlMs / 1000),
  });
}

export async function endSession(c: Context, db: Kysely<Database>, config: ServerConfig, sessionHash: string) {
  await db.deleteFrom('sessions').where('id_hash', '=', sessionHash).execute();
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: config.cookieSecure, httpOnly: true, sameSite: 'Strict' });
}

function bearerToken(c: Context): string | null {
  const header = c.req.header('authorization');
  const match = header ? /^Bearer ([A-Za-z0-9_\-.~+/]{16,200}=*)$/.exec(header) : null;
  return match?.[1] ?? null;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cookie-authenticated writes must come from a page we trust: the dashboard served by this backend (same
 * origin) or a configured origin. SameSite=Strict already keeps the cookie off cross-site requests; this is the
 * second lock, for browsers or proxies that get SameSite wrong.
 */
export function isTrustedOrigin(c: Context, config: ServerConfig): boolean {
  const origin = c.req.header('origin');
  if (!origin) return false;
  return origin === new URL(c.req.url).origin || config.allowedOrigins.includes(origin);
}

function unauthorized(c: Context) {
  return c.json(
    { error: 'unauthorized', message: 'Sign in again: the credential is missing, expired or revoked.' },
    401,
  );
}

export function requireDevice(db: Kysely<Database>, cache?: TtlCache<string, DeviceAuth>) {
  return createMiddleware<{ Variables: { device: DeviceAuth } }>(async (c, next) => {
    const token = bearerToken(c);
    const device = token ? await findDevice(db, token, Date.now(), cache) : null;
    if (!device) return unauthorized(c);
    c.set('device', device);
    await next();
  });
}

/** A lead's session, on routes under /:teamId — a lead of another team gets 403 and learns nothing. */
export function requireLead(db: Kysely<Database>, config: ServerConfig) {
  return createMiddleware<{ Variables: { lead: LeadAuth } }>(async (c, next) => {
    const sessionId = getCookie(c, SESSION_COOKIE);
    const lead = sessionId ? await findLeadSession(db, sessionId, Date.now()) : null;
    if (!lead) return unauthorized(c);
    if (UNSAFE_METHODS.has(c.req.method) && !isTrustedOrigin(c, config)) {
      return c.json({ error: 'forbidden', message: 'Cross-origin request refused.' }, 403);
    }
    const teamId = c.req.param('teamId');
    if (teamId !== undefined && teamId !== lead.teamId) {
      return c.json({ error: 'forbidden', message: 'Not a lead of this team.' }, 403);
    }
    c.set('lead', lead);
    await next();
  });
}
