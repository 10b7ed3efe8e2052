/**
 * Rate limits on requests (429 + Retry-After), keyed per address or per device token. Two implementations of one
 * synchronous `hit`, so a request never waits for a count:
 *
 * - `RateLimiter`, fixed windows in this process's memory: SQLite (one process by design) and the unit tests.
 * - `SharedRateLimiter`, PostgreSQL: every instance counts in memory and, once a `syncEveryMs` (1 s), adds its
 *   new hits to one row per key and window in `rate_limit_windows` with a single upsert that answers the totals of
 *   all instances. Decisions use those totals plus the hits since. So N instances share one limit, at the price of
 *   at most one sync interval of hits per instance past it (far below the limits, which are per minute), and the
 *   request path costs no round trip — the 304 check stays free of the database.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Logger } from '../logger';

export interface RateLimitRule {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

export interface RateDecision {
  allowed: boolean;
  remaining: number;
  /** Seconds until the window resets, for Retry-After. */
  retryAfterSeconds: number;
}

export interface RequestLimiter {
  hit(key: string): RateDecision;
  /** Stops background work, after one last sync where there is any. */
  close(): Promise<void>;
}

export class RateLimiter implements RequestLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  constructor(
    private readonly rule: RateLimitRule,
    private readonly now: () => number = Date.now,
  ) {}

  hit(key: string): RateDecision {
    const now = this.now();
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.rule.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    const retryAfterSeconds = Math.max(1, Math.ceil((window.start + this.rule.windowMs - now) / 1000));
    return {
      allowed: window.count <= this.rule.limit,
      remaining: Math.max(0, this.rule.limit - window.count),
      retryAfterSeconds,
    };
  }

  async close(): Promise<void> {}

  /** Drops expired windows at most once per window length, so memory stays bounded by active keys. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.rule.windowMs) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.rule.windowMs) this.windows.delete(key);
    }
  }
}

/** What this instance knows of one key: the totals of every instance at the last sync, plus its own hits since. */
interface KeyCount {
  /** Start of the current window (aligned to multiples of the window length, so every instance means the same one). */
  window: number;
  /** All instances' hits in the window before, as last known. */
  previous: number;
  /** All instances' hits in this window at the last sync (this instance's synced hits included). */
  synced: number;
  /** This instance's hits in this window not yet synced. */
  local: number;
}

export interface SharedRateLimitOptions {
  /** Distinguishes this limiter's rows (and its sweep) from another's in the shared table. */
  name: string;
  syncEveryMs: number;
  logger: Logger;
  now?: () => number;
}

/** Syncs between sweeps of windows no decision reads any more. */
const SWEEP_EVERY_SYNCS = 60;

export class SharedRateLimiter implements RequestLimiter {
  private readonly counts = new Map<string, KeyCount>();
  /** Hits not yet added to the shared table, per key and window. */
  private unsent = new Map<string, { key: string; window: number; hits: number }>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private syncing: Promise<void> | undefined;
  private syncs = 0;
  private failing = false;
  private readonly now: () => number;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly rule: RateLimitRule,
    private readonly options: SharedRateLimitOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  hit(key: string): RateDecision {
    const now = this.now();
    const window = now - (now % this.rule.windowMs);
    const count = this.current(key, window);
    count.local += 1;
    const pendingKey = `${key}\u0000${window}`;
    const pending = this.unsent.get(pendingKey);
    if (pending) pending.hits += 1;
    else this.unsent.set(pendingKey, { key, window, hits: 1 });
    this.timer ??= setInterval(() => void this.sync(), this.options.syncEveryMs).unref();
    // A sliding window, approximated: the window before counts for the part of it still within one window length,
    // so the count does not drop to zero at a window's edge (where fixed windows would let 2 × limit through).
    const elapsed = (now - window) / this.rule.windowMs;
    const used = count.previous * (1 - elapsed) + count.synced + count.local;
    const retryAfterSeconds = Math.max(1, Math.ceil((window + this.rule.windowMs - now) / 1000));
    return {
      allowed: used <= this.rule.limit,
      remaining: Math.max(0, Math.floor(this.rule.limit - used)),
      retryAfterSeconds,
    };
  }

  /** The key's counts for `window`, rolled forward when a window has passed. */
  private current(key: string, window: number): KeyCount {
    const count = this.counts.get(key);
    if (count && count.window === window) return count;
    const previous = count && count.window === window - this.rule.windowMs ? count.synced + count.local : 0;
    const fresh = { window, previous, synced: 0, local: 0 };
    this.counts.set(key, fresh);
    return fresh;
  }

  /**
   * Adds this instance's new hits to the shared counts and learns every instance's totals for those keys: one
   * statement whatever the number of keys. On failure the hits stay queued and decisions go on from memory (the
   * limits are then per instance until the database answers again).
   */
  sync(): Promise<void> {
    this.syncing ??= this.syncOnce().finally(() => (this.syncing = undefined));
    return this.syncing;
  }

  private async syncOnce(): Promise<void> {
    const batch = [...this.unsent.values()];
    this.unsent = new Map();
    this.syncs += 1;
    try {
      if (batch.length > 0) {
        const { rows } = await sql<{ key: string; window_start: string | number; count: number }>`
          insert into rate_limit_windows (limiter, key, window_start, count)
          select ${this.options.name}, t.key, t.window_start, t.hits
          from unnest(${batch.map((b) => b.key)}::text[], ${batch.map((b) => b.window)}::bigint[], ${batch.map((b) => b.hits)}::integer[])
            as t(key, window_start, hits)
          on conflict (limiter, key, window_start) do update set count = rate_limit_windows.count + excluded.count
          returning key, window_start, count`.execute(this.db);
        const sent = new Map(batch.map((b) => [`${b.key}\u0000${b.window}`, b.hits]));
        for (const row of rows)
          this.learn(
            row.key,
            Number(row.window_start),
            Number(row.count),
            sent.get(`${row.key}\u0000${Number(row.window_start)}`) ?? 0,
          );
      }
      if (this.syncs % SWEEP_EVERY_SYNCS === 0) await this.sweep();
      if (this.failing) this.options.logger.info({ limiter: this.options.name }, 'shared rate limits synced again');
      this.failing = false;
    } catch (error) {
      // Put the hits back so the next sync adds them; say so once per outage, not once a second.
      for (const b of batch) {
        const pendingKey = `${b.key}\u0000${b.window}`;
        const pending = this.unsent.get(pendingKey);
        if (pending) pending.hits += b.hits;
        else this.unsent.set(pendingKey, b);
      }
      if (!this.failing)
        this.options.logger.warn(
          { err: error, limiter: this.options.name },
          'shared rate limits not synced; counting in this instance meanwhile',
        );
      this.failing = true;
    }
  }

  /** A shared total came back: it includes the `sentHits` this sync added, which leave the local count. */
  private learn(key: string, window: number, total: number, sentHits: number): void {
    const count = this.counts.get(key);
    if (!count) return;
    if (count.window === window) {
      count.synced = total;
      count.local = Math.max(0, count.local - sentHits);
    } else if (count.window === window + this.rule.windowMs) {
      // The window rolled while the sync was out: the total is the window before's.
      count.previous = total;
    }
  }

  /** Drops rows and in-memory counts of windows no decision reads any more (older than the window before). */
  private async sweep(): Promise<void> {
    const now = this.now();
    const oldest = now - (now % this.rule.windowMs) - this.rule.windowMs;
    for (const [key, count] of this.counts) if (count.window < oldest) this.counts.delete(key);
    await this.db
      .deleteFrom('rate_limit_windows')
      .where('limiter', '=', this.options.name)
      .where('window_start', '<', oldest)
      .execute();
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.syncing;
    if (this.unsent.size > 0) await this.syncOnce();
  }
}
