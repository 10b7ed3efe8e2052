/**
 * Request rate limits across instances. On PostgreSQL every instance adds its hits to shared counts about once a
 * second and decides on everyone's totals, so two instances on one database share one limit; on SQLite (one
 * process by design) the limits stay in memory. The instances here are two apps on one real database; the tests
 * sync explicitly (the interval is set far out) so what each instance knows at each request is fixed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { closeDeps, createDeps, type AppDeps } from '../../server/deps';
import { RateLimiter, SharedRateLimiter } from '../../server/security/rate-limit';
import { DATABASE_KINDS } from './support/databases';
import { createHarness, ORIGIN, type Harness } from './support/harness';

const LIMIT = 15;
const WINDOW_MS = 60_000;

function shared(deps: AppDeps): SharedRateLimiter {
  const limiter = deps.limiters.perDeviceToken;
  if (!(limiter instanceof SharedRateLimiter)) throw new Error('expected the shared limiter on PostgreSQL');
  return limiter;
}

describe.each(DATABASE_KINDS)('request rate limits across instances on %s', (kind) => {
  let h: Harness;
  let second: { deps: AppDeps; app: ReturnType<typeof createApp> };

  beforeAll(async () => {
    h = await createHarness(kind, {
      rateLimits: {
        perAddress: { limit: 100_000, windowMs: WINDOW_MS },
        perDeviceToken: { limit: LIMIT, windowMs: WINDOW_MS },
      },
      rateLimitSyncMs: 3_600_000,
    });
    const deps = createDeps(h.database.db, h.database.kind, h.deps.config, h.database.pgPool);
    second = { deps, app: createApp(deps) };
  }, 60_000);
  afterAll(async () => {
    if (second) await closeDeps(second.deps);
    await h?.close();
  });

  const me = async (app: ReturnType<typeof createApp>, token: string) =>
    (await app.request(`${ORIGIN}/api/agent/me`, { headers: { authorization: `Bearer ${token}` } })).status;

  it.runIf(kind === 'postgres')('two instances on one database share one limit once they have synced', async () => {
    const { agentToken, agentDeviceId } = await h.seedTeam('Shared limit');
    const first: number[] = [];
    for (let i = 0; i < 10; i += 1) first.push(await me(h.app, agentToken));
    expect(first.every((s) => s === 200)).toBe(true);
    await shared(h.deps).sync();
    // The second instance has not seen this token: its first hit goes through and its sync learns the 10.
    expect(await me(second.app, agentToken)).toBe(200);
    await shared(second.deps).sync();
    const later: number[] = [];
    for (let i = 0; i < 6; i += 1) later.push(await me(second.app, agentToken));
    // 11 known + 4 = 15 allowed, the 16th and after refused, though this instance itself saw only 7.
    expect(later).toEqual([200, 200, 200, 200, 429, 429]);
    // The first instance learns the total with the sync after its next hit (which it still lets through: that
    // is the bound, one sync interval of hits per instance), then refuses too.
    await shared(second.deps).sync();
    expect(await me(h.app, agentToken)).toBe(200);
    await shared(h.deps).sync();
    expect(await me(h.app, agentToken)).toBe(429);
    const row = await h.database.db
      .selectFrom('rate_limit_windows')
      .select((eb) => eb.fn.sum<number>('count').as('hits'))
      .where('limiter', '=', 'device')
      .where('key', '=', `device:${agentDeviceId}`)
      .executeTakeFirstOrThrow();
    expect(Number(row.hits)).toBe(18);
  });

  it.runIf(kind === 'postgres')(
    'does not reset to zero at a window edge: the window before still counts for its remaining part',
    async () => {
      let now = 10 * WINDOW_MS + WINDOW_MS - 1_000; // one second before a window ends
      const limiter = new SharedRateLimiter(
        h.database.db,
        { limit: 10, windowMs: WINDOW_MS },
        { name: 'edge-test', syncEveryMs: 3_600_000, logger: h.deps.config.logger, now: () => now },
      );
      try {
        for (let i = 0; i < 10; i += 1) expect(limiter.hit('k').allowed).toBe(true);
        expect(limiter.hit('k').allowed).toBe(false);
        await limiter.sync();
        now += 2_000; // one second into the next window: 11 × 59/60 ≈ 10.8 still count
        expect(limiter.hit('k').allowed).toBe(false);
        now += WINDOW_MS - 2_000; // the end of that window: the one before has slid out
        expect(limiter.hit('k').allowed).toBe(true);
      } finally {
        await limiter.close();
      }
    },
  );

  it.runIf(kind === 'postgres')(
    'keeps counting in memory when the database cannot be reached, and adds the hits once it can',
    async () => {
      const { agentToken, agentDeviceId } = await h.seedTeam('Outage');
      const limiter = shared(second.deps);
      await h.database.db.schema.alterTable('rate_limit_windows').renameTo('rate_limit_windows_away').execute();
      try {
        for (let i = 0; i < 3; i += 1) expect(await me(second.app, agentToken)).toBe(200);
        await limiter.sync(); // fails: the hits stay queued
      } finally {
        await h.database.db.schema.alterTable('rate_limit_windows_away').renameTo('rate_limit_windows').execute();
      }
      expect(h.logLines.some((l) => l.includes('shared rate limits not synced'))).toBe(true);
      await limiter.sync();
      const rows = await h.database.db
        .selectFrom('rate_limit_windows')
        .select('count')
        .where('limiter', '=', 'device')
        .where('key', '=', `device:${agentDeviceId}`)
        .execute();
      expect(rows.map((r) => r.count)).toEqual([3]);
    },
  );

  it.runIf(kind === 'sqlite')('counts in memory on SQLite, which is one process', () => {
    expect(h.deps.limiters.perDeviceToken).toBeInstanceOf(RateLimiter);
    expect(h.deps.limiters.perAddress).toBeInstanceOf(RateLimiter);
  });
});
