/**
 * Server settings, read once from the environment at start (or given directly by tests and benchmarks).
 */
import { DEFAULT_GROUP_COMMIT, type GroupCommitOptions } from './data/events';
import type { Logger } from './logger';
import type { TrustProxy } from './security/client-address';
import { parseTrustProxy } from './security/client-address';
import type { ThrottlePolicy } from './security/credential-throttle';
import type { RateLimitRule } from './security/rate-limit';

/**
 * `moz-extension://*` in ATTUNE_ALLOWED_ORIGINS: Firefox gives each installation of an add-on its own random origin
 * (moz-extension://<uuid per profile>), so a team cannot list its agents' origins in advance. The entry lets CORS
 * answer any Firefox extension origin; agents still need an invite code and then their device token, and
 * cookie-authenticated (dashboard) writes keep requiring an exact origin.
 */
export const ANY_FIREFOX_EXTENSION = 'moz-extension://*';

/** Whether CORS answers `origin`: listed exactly, or a Firefox extension origin when `moz-extension://*` is listed. */
export function corsAllows(allowedOrigins: readonly string[], origin: string): boolean {
  if (allowedOrigins.includes(origin)) return true;
  return allowedOrigins.includes(ANY_FIREFOX_EXTENSION) && /^moz-extension:\/\/[0-9a-f-]{36}$/.test(origin);
}

export interface ServerConfig {
  /** Origins allowed by CORS and by the CSRF check: the extension's chrome-extension://<id> and the dashboard. */
  allowedOrigins: string[];
  /** Secure on the session cookie; browsers treat http://localhost as secure, so true works locally too. */
  cookieSecure: boolean;
  /**
   * Which proxies in front of the server to believe about the client's address (X-Forwarded-For, read from the
   * right): false, a count of proxies, or their addresses and CIDR ranges. See client-address.ts.
   */
  trustProxy: TrustProxy;
  bodyLimitBytes: number;
  sessionTtlMs: number;
  rateLimits: {
    perAddress: RateLimitRule;
    perDeviceToken: RateLimitRule;
  };
  /** On PostgreSQL, how often an instance adds its rate-limit hits to the shared counts and learns the others'. */
  rateLimitSyncMs: number;
  /**
   * Sign-in and join attempts, counted in the database (shared by every instance): per account, which no number
   * of addresses gets around; per address, generous so that a NAT's many users do not trip it; and join
   * attempts (invite codes) per address. See credential-throttle.ts.
   */
  credentialThrottle: {
    account: ThrottlePolicy;
    signInAddress: ThrottlePolicy;
    joinAddress: ThrottlePolicy;
  };
  /**
   * How long this instance trusts a device token it has looked up, and a team's ETags it has read. A revocation,
   * publish or rollback through this instance evicts at once; other instances see it within these times.
   * 0 turns a cache off.
   */
  tokenCacheTtlMs: number;
  etagCacheTtlMs: number;
  /** PostgreSQL event ingest: group commit bounds and whether the statement is prepared by name. */
  ingest: GroupCommitOptions;
  logger: Logger;
  /** Built dashboard (dashboard/dist), served at / when present. */
  dashboardDir?: string;
  /** Built demo helpdesk, served at /demo/ when present. */
  demoDir?: string;
}

const MINUTE = 60_000;

export function defaultConfig(logger: Logger, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    allowedOrigins: [],
    cookieSecure: true,
    trustProxy: false,
    bodyLimitBytes: 256 * 1024,
    sessionTtlMs: 7 * 24 * 60 * MINUTE,
    rateLimits: {
      perAddress: { limit: 1200, windowMs: MINUTE },
      perDeviceToken: { limit: 600, windowMs: MINUTE },
    },
    rateLimitSyncMs: 1000,
    credentialThrottle: {
      // 5 tries, then 1 s, 2 s, 4 s … up to 15 min between tries: 1,000 guesses take over 10 days.
      account: { freeAttempts: 5, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE, resetAfterMs: 60 * MINUTE },
      // Successes are refunded, so only failures add up: 50 wrong passwords from one address before any wait.
      signInAddress: { freeAttempts: 50, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE, resetAfterMs: 15 * MINUTE },
      joinAddress: { freeAttempts: 30, baseDelayMs: 1000, maxDelayMs: 15 * MINUTE, resetAfterMs: 15 * MINUTE },
    },
    tokenCacheTtlMs: 5000,
    etagCacheTtlMs: 5000,
    ingest: { ...DEFAULT_GROUP_COMMIT },
    logger,
    ...overrides,
  };
}

function nonNegativeInt(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be an integer ≥ 0, got "${raw}"`);
  return value;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/**
 * ATTUNE_ALLOWED_ORIGINS: comma-separated origins (chrome-extension://<id>, https://dashboard.example, and
 * moz-extension://* for Firefox agents, see ANY_FIREFOX_EXTENSION);
 * ATTUNE_TRUST_PROXY: the number of proxies in front (1 behind one nginx), or their
 * addresses/CIDR ranges (10.0.0.0/8,fd00::/8); ATTUNE_INSECURE_COOKIES=1 (plain-http hosts other than localhost only);
 * ATTUNE_RATE_PER_ADDRESS / ATTUNE_RATE_PER_TOKEN: requests per minute; ATTUNE_RATE_SYNC_MS: on PostgreSQL, how often
 * an instance shares its counts (default 1000);
 * ATTUNE_TOKEN_CACHE_TTL_MS / ATTUNE_ETAG_CACHE_TTL_MS: in-process cache lifetimes (0 = off);
 * ATTUNE_INGEST_GROUP_EVENTS / ATTUNE_INGEST_CONCURRENCY: PostgreSQL group commit — most events per statement,
 * statements in flight; ATTUNE_INGEST_PREPARED=0 sends the ingest statement unnamed instead of as a named prepared
 * statement — needed behind PgBouncer in transaction mode before 1.21, which does not keep prepared statements.
 */
export function configFromEnv(env: NodeJS.ProcessEnv, logger: Logger): ServerConfig {
  const base = defaultConfig(logger);
  const origins = (env.ATTUNE_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (origin !== ANY_FIREFOX_EXTENSION && !/^(https?|chrome-extension|moz-extension):\/\/[^/\s]+$/.test(origin)) {
      throw new Error(`ATTUNE_ALLOWED_ORIGINS: "${origin}" is not an origin (scheme://host[:port], no path)`);
    }
  }
  const perAddress = positiveInt(env, 'ATTUNE_RATE_PER_ADDRESS');
  const perToken = positiveInt(env, 'ATTUNE_RATE_PER_TOKEN');
  const syncEveryMs = positiveInt(env, 'ATTUNE_RATE_SYNC_MS');
  return {
    ...base,
    allowedOrigins: origins,
    trustProxy: parseTrustProxy(env.ATTUNE_TRUST_PROXY),
    cookieSecure: env.ATTUNE_INSECURE_COOKIES !== '1',
    tokenCacheTtlMs: nonNegativeInt(env, 'ATTUNE_TOKEN_CACHE_TTL_MS') ?? base.tokenCacheTtlMs,
    etagCacheTtlMs: nonNegativeInt(env, 'ATTUNE_ETAG_CACHE_TTL_MS') ?? base.etagCacheTtlMs,
    ingest: {
      maxGroupEvents: positiveInt(env, 'ATTUNE_INGEST_GROUP_EVENTS') ?? base.ingest.maxGroupEvents,
      maxConcurrentWrites: positiveInt(env, 'ATTUNE_INGEST_CONCURRENCY') ?? base.ingest.maxConcurrentWrites,
      preparedStatement:
        env.ATTUNE_INGEST_PREPARED === undefined || env.ATTUNE_INGEST_PREPARED === ''
          ? base.ingest.preparedStatement
          : env.ATTUNE_INGEST_PREPARED !== '0',
    },
    rateLimits: {
      ...base.rateLimits,
      perAddress: perAddress ? { limit: perAddress, windowMs: MINUTE } : base.rateLimits.perAddress,
      perDeviceToken: perToken ? { limit: perToken, windowMs: MINUTE } : base.rateLimits.perDeviceToken,
    },
    rateLimitSyncMs: syncEveryMs ?? base.rateLimitSyncMs,
  };
}
