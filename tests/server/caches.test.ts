/**
 * The in-process caches of device tokens and team ETags: a change made through an instance is seen by that
 * instance at once, and by another instance on the same database once its entry expires (the documented bound) —
 * on SQLite and PostgreSQL. The second instance is a second app on the same database with a clock we move.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { createDeps, type AppDeps } from '../../server/deps';
import type { TeamEtags } from '../../server/data/teams';
import type { DeviceAuth } from '../../server/security/auth';
import { TtlCache } from '../../server/security/ttl-cache';
import { DATABASE_KINDS } from './support/databases';
import { createHarness, ORIGIN, type Harness, type SeededTeam } from './support/harness';

const TTL = 5000;

describe('TtlCache', () => {
  it('expires entries after the TTL', () => {
    let now = 1000;
    const cache = new TtlCache<string, number>(TTL, 10, () => now);
    cache.set('a', 1, cache.epoch);
    now += TTL - 1;
    expect(cache.get('a')).toBe(1);
    now += 1;
    expect(cache.get('a')).toBeUndefined();
  });

  it('refuses to store a value read before an eviction (a revocation racing a lookup)', () => {
    const cache = new TtlCache<string, number>(TTL, 10);
    const readAt = cache.epoch; // a lookup starts reading the database…
    cache.deleteWhere((v) => v === 1); // …a revocation commits and evicts…
    cache.set('a', 1, readAt); // …and the lookup tries to keep what it read before.
    expect(cache.get('a')).toBeUndefined();
    cache.set('a', 1, cache.epoch);
    expect(cache.get('a')).toBe(1);
  });

  it('keeps at most maxEntries, dropping the oldest', () => {
    const cache = new TtlCache<string, number>(TTL, 2);
    for (const [key, value] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ] as const)
      cache.set(key, value, cache.epoch);
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBe(3);
  });

  it('stores nothing with a TTL of 0', () => {
    const cache = new TtlCache<string, number>(0, 2);
    cache.set('a', 1, cache.epoch);
    expect(cache.get('a')).toBeUndefined();
  });
});

describe.each(DATABASE_KINDS)('caches across two instances on %s', (kind) => {
  let h: Harness;
  let clock = Date.now();
  /** Instance B: another app on the same database, with caches on a clock the test moves. */
  let b: { deps: AppDeps; app: ReturnType<typeof createApp> };

  beforeAll(async () => {
    h = await createHarness(kind);
    const deps = createDeps(h.database.db, h.database.kind, h.deps.config);
    deps.caches.deviceTokens = new TtlCache<string, DeviceAuth>(TTL, 100, () => clock);
    deps.caches.teamEtags = new TtlCache<string, TeamEtags>(TTL, 100, () => clock);
    b = { deps, app: createApp(deps) };
  }, 60_000);
  afterAll(async () => h?.close());

  const viaB = (path: string, token: string, headers: Record<string, string> = {}) =>
    Promise.resolve(b.app.request(`${ORIGIN}${path}`, { headers: { authorization: `Bearer ${token}`, ...headers } }));
  const viaA = (path: string, token: string, headers: Record<string, string> = {}) =>
    h.request(path, { token, headers });

  async function team(name: string): Promise<SeededTeam> {
    return h.seedTeam(name);
  }

  it('a revoked token: 401 at once on the instance that revoked it, on another within the TTL', async () => {
    const t = await team(`Revoke ${kind}`);
    expect((await viaA('/api/agent/me', t.agentToken)).status).toBe(200);
    expect((await viaB('/api/agent/me', t.agentToken)).status).toBe(200); // B caches the token now
    const revoke = await h.request(`/api/teams/${t.teamId}/devices/${t.agentDeviceId}`, {
      method: 'DELETE',
      cookie: t.leadCookie,
    });
    expect(revoke.status).toBe(204);
    expect((await viaA('/api/agent/me', t.agentToken)).status).toBe(401);
    expect((await viaB('/api/agent/me', t.agentToken)).status).toBe(200); // stale, as documented
    clock += TTL;
    expect((await viaB('/api/agent/me', t.agentToken)).status).toBe(401);
  });

  it('a removed member and a disconnected device: 401 at once on the same instance, though cached', async () => {
    const removed = await team(`Remove ${kind}`);
    expect((await viaA('/api/agent/tips', removed.agentToken)).status).toBe(200);
    expect(
      (
        await h.request(`/api/teams/${removed.teamId}/members/${removed.agentMemberId}`, {
          method: 'DELETE',
          cookie: removed.leadCookie,
        })
      ).status,
    ).toBe(204);
    expect((await viaA('/api/agent/tips', removed.agentToken)).status).toBe(401);

    const disconnected = await team(`Disconnect ${kind}`);
    expect((await viaA('/api/agent/me', disconnected.agentToken)).status).toBe(200);
    expect((await h.request('/api/agent/device', { method: 'DELETE', token: disconnected.agentToken })).status).toBe(
      204,
    );
    expect((await viaA('/api/agent/me', disconnected.agentToken)).status).toBe(401);
  });

  it('a publish: a new ETag at once on the instance that published, on another within the TTL', async () => {
    const t = await team(`Publish ${kind}`);
    const before = (await viaA('/api/agent/guidelines', t.agentToken)).headers.get('etag') ?? '';
    expect((await viaB('/api/agent/guidelines', t.agentToken, { 'if-none-match': before })).status).toBe(304);
    const lead = (path: string, json: unknown) =>
      h.request(`/api/teams/${t.teamId}${path}`, { method: 'POST', cookie: t.leadCookie, json });
    const created = (await (await lead('/packs', { pack: { id: 'p', name: 'P', version: 1, rules: [] } })).json()) as {
      id: string;
    };
    expect((await lead(`/packs/${created.id}/publish`, { version: 1 })).status).toBe(200);

    const fresh = await viaA('/api/agent/guidelines', t.agentToken, { 'if-none-match': before });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('etag')).not.toBe(before);
    expect((await viaB('/api/agent/guidelines', t.agentToken, { 'if-none-match': before })).status).toBe(304); // stale
    clock += TTL;
    const later = await viaB('/api/agent/guidelines', t.agentToken, { 'if-none-match': before });
    expect(later.status).toBe(200);
    expect(later.headers.get('etag')).toBe(fresh.headers.get('etag'));
  });

  it('a tip change: a new tips ETag at once on the same instance', async () => {
    const t = await team(`Tips ${kind}`);
    const before = (await viaA('/api/agent/tips', t.agentToken)).headers.get('etag') ?? '';
    expect((await viaA('/api/agent/tips', t.agentToken, { 'if-none-match': before })).status).toBe(304);
    expect(
      (
        await h.request(`/api/teams/${t.teamId}/tips`, {
          method: 'POST',
          cookie: t.leadCookie,
          json: { title: 'T', body: 'B' },
        })
      ).status,
    ).toBe(201);
    expect((await viaA('/api/agent/tips', t.agentToken, { 'if-none-match': before })).status).toBe(200);
  });
});
