/** What every router needs, created once per app: the database, settings and the rate limiters. */
import type { Kysely } from 'kysely';
import type { ServerConfig } from './config';
import type { Database } from './db/schema';
import type { DatabaseKind } from './db/connect';
import { RateLimiter } from './security/rate-limit';

export interface AppDeps {
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  config: ServerConfig;
  limiters: {
    perAddress: RateLimiter;
    perDeviceToken: RateLimiter;
    credentialAttempts: RateLimiter;
  };
}

export function createDeps(db: Kysely<Database>, dbKind: DatabaseKind, config: ServerConfig): AppDeps {
  return {
    db,
    dbKind,
    config,
    limiters: {
      perAddress: new RateLimiter(config.rateLimits.perAddress),
      perDeviceToken: new RateLimiter(config.rateLimits.perDeviceToken),
      credentialAttempts: new RateLimiter(config.rateLimits.credentialAttempts),
    },
  };
}
