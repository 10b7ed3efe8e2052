/** What every router needs, created once per app: the database, settings, the rate limiters and the caches. */
import type { Kysely } from 'kysely';
import type { ServerConfig } from './config';
import type { Database } from './db/schema';
import type { DatabaseKind } from './db/connect';
import { createEventIngest, type EventIngest } from './data/events';
import type pg from 'pg';
import type { TeamEtags } from './data/teams';
import type { DeviceAuth } from './security/auth';
import { RateLimiter, SharedRateLimiter, type RateLimitRule, type RequestLimiter } from './security/rate-limit';
import { TtlCache } from './security/ttl-cache';

/** Bounds memory: far more devices and teams than one instance serves within a TTL. */
const MAX_CACHED_TOKENS = 100_000;
const MAX_CACHED_TEAMS = 10_000;

export interface AppDeps {
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  config: ServerConfig;
  /** Event batches: group commit on PostgreSQL, one transaction per batch on SQLite. */
  events: EventIngest;
  limiters: {
    perAddress: RequestLimiter;
    perDeviceToken: RequestLimiter;
  };
  caches: {
    /** SHA-256 of a device token → who it is; never holds the token itself. */
    deviceTokens: TtlCache<string, DeviceAuth>;
    /** Team id → its current guidelines and tips ETags. */
    teamEtags: TtlCache<string, TeamEtags>;
  };
}

/** `pgPool`: the pool under `db` when there is one (see `OpenDatabase.pgPool`); without it the ingest goes through Kysely. */
/** Shared by every instance on PostgreSQL; in memory on SQLite, which is one process. */
function limiter(
  db: Kysely<Database>,
  dbKind: DatabaseKind,
  config: ServerConfig,
  name: string,
  rule: RateLimitRule,
): RequestLimiter {
  if (dbKind !== 'postgres') return new RateLimiter(rule);
  return new SharedRateLimiter(db, rule, { name, syncEveryMs: config.rateLimitSyncMs, logger: config.logger });
}

export function createDeps(
  db: Kysely<Database>,
  dbKind: DatabaseKind,
  config: ServerConfig,
  pgPool?: pg.Pool,
): AppDeps {
  return {
    db,
    dbKind,
    config,
    events: createEventIngest(db, dbKind, { ...config.ingest, ...(pgPool ? { pool: pgPool } : {}) }),
    limiters: {
      perAddress: limiter(db, dbKind, config, 'address', config.rateLimits.perAddress),
      perDeviceToken: limiter(db, dbKind, config, 'device', config.rateLimits.perDeviceToken),
    },
    caches: {
      deviceTokens: new TtlCache(config.tokenCacheTtlMs, MAX_CACHED_TOKENS),
      teamEtags: new TtlCache(config.etagCacheTtlMs, MAX_CACHED_TEAMS),
    },
  };
}

/** Before the database closes: the shared rate limiters add their last counts. */
export async function closeDeps(deps: AppDeps): Promise<void> {
  await Promise.all([deps.limiters.perAddress.close(), deps.limiters.perDeviceToken.close()]);
}
