/**
 * A small in-process cache with a time to live, for answers that are read on every request and change rarely: a
 * device token's identity and a team's ETags. Several instances behind a load balancer each hold their own, so a
 * change made through one instance is evicted there at once and reaches the others when their entry expires —
 * the TTL is the bound on how stale another instance can be, and so it is kept to seconds.
 *
 * Race a cache must not lose: a lookup reads the database, a revocation commits and evicts, then the lookup
 * stores what it read before the revocation. Every eviction bumps an epoch; a lookup notes the epoch before it
 * reads and `set` refuses to store when it changed meanwhile.
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { value: V; expiresAt: number }>();
  private epochValue = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** What to pass to `set` after reading the source: eviction since then makes the read unsafe to keep. */
  get epoch(): number {
    return this.epochValue;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: K, value: V, readAtEpoch: number): void {
    if (this.ttlMs <= 0 || readAtEpoch !== this.epochValue) return;
    if (this.entries.size >= this.maxEntries && !this.entries.has(key)) {
      // Maps iterate in insertion order: dropping the first key drops the oldest entry.
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, expiresAt: this.now() + this.ttlMs });
  }

  delete(key: K): void {
    this.epochValue += 1;
    this.entries.delete(key);
  }

  /** Evicts every entry whose value matches, e.g. all cached tokens of one member. Linear, but only on writes. */
  deleteWhere(matches: (value: V) => boolean): void {
    this.epochValue += 1;
    for (const [key, entry] of this.entries) if (matches(entry.value)) this.entries.delete(key);
  }
}
