/** What every router needs, created once per app: the database, settings, the rate limiters and the caches. */
import type { Kysely } from 'kysely';
import type { ServerConfig } from './config';
import type { Database } from './db/schema';
import type { DatabaseKind } from './db/connect';
import { createEventIngest, type EventIngest } from './data/events';
import type pg from 'pg';
import type { TeamEtags } from './data/teams';
import type { DeviceAuth } from './security/auth';
import { RateLimiter } from './security/rate-limit';
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
    perAddress: RateLimiter;
    perDeviceToken: RateLimiter;
  };
  caches: {
    /** SHA-256 of a device token → who it is; never holds the token itself. */
    deviceTokens: TtlCache<string, DeviceAuth>;
    /** Team id → its current guidelines and tips ETags. */
    teamEtags: TtlCache<string, TeamEtags>;
  };
}

/** `pgPool`: the pool under `db` when there is one (see `OpenDatabase.pgPool`); without it the ingest goes through Kysely. */
export function createDeps(db: Kysely<Database>, dbKind: DatabaseKind, config: ServerConfig, pgPool?: pg.Pool): AppDeps {
  return {
    db,
    dbKind,
    config,
    events: createEventIngest(db, dbKind, { ...config.ingest, ...(pgPool ? { pool: pgPool } : {}) }),
    limiters: {
      perAddress: new RateLimiter(config.rateLimits.perAddress),
      perDeviceToken: new RateLimiter(config.rateLimits.perDeviceToken),
    },
    caches: {
      deviceTokens: new TtlCache(config.tokenCacheTtlMs, MAX_CACHED_TOKENS),
      teamEtags: new TtlCache(config.etagCacheTtlMs, MAX_CACHED_TEAMS),
    },
  };
}
