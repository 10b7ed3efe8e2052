/**
 * The engine's state between analyses, in one place. Every stage caches by text (tagged sentences, cue hits, rule
 * hits, customer analyses…) so a keystroke re-analyses one sentence; each of those caches is created through
 * `boundedCache`, `weakCache` or `registerCache`, so `clearEngineCaches()` really forgets everything the engine
 * learnt from text (benchmarks measure cold runs with it; tests/coach/core/engine-state.test.ts fails on a
 * module-level Map, Set or cache in lib/coach that is not registered here).
 */

/** What the registry needs of a cache. `size` is 0 exactly when the cache holds nothing from earlier analyses. */
export interface EngineCache {
  readonly size: number;
  clear(): void;
}

const registry = new Map<string, EngineCache>();

/**
 * Registers a cache under a name (`module: what it holds`) and returns it. A module evaluated again (hot reload
 * in development) replaces its earlier cache under the same name.
 */
export function registerCache<C extends EngineCache>(name: string, cache: C): C {
  registry.set(name, cache);
  return cache;
}

/** Forgets everything every registered cache holds: the next analysis runs as on text never seen. */
export function clearEngineCaches(): void {
  for (const cache of registry.values()) cache.clear();
}

/** Each registered cache's name and size (for tests and diagnostics). */
export function engineCacheSizes(): ReadonlyMap<string, number> {
  return new Map([...registry].map(([name, cache]) => [name, cache.size]));
}

/**
 * A bounded cache that keeps what was used recently, in two generations instead of a strict LRU list: a hit in
 * the young map is a single `Map.get` (a strict LRU's delete-and-reinsert on every hit cost ~8% of a keystroke,
 * since every unchanged sentence hits several caches), an old entry that is used moves to the young map, and
 * when the young map fills up the old one is dropped. Anything used within the last `capacity` insertions
 * survives; at most 2 × `capacity` are held.
 */
export class TwoGenerationCache<K, V> implements EngineCache {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError(`A cache needs a capacity of at least 1 (got ${capacity})`);
  }
  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const aged = this.old.get(key);
    if (aged !== undefined) {
      this.old.delete(key);
      this.promote(key, aged);
    }
    return aged;
  }
  set(key: K, value: V): void {
    this.old.delete(key);
    this.promote(key, value);
  }
  private promote(key: K, value: V): void {
    this.young.set(key, value);
    if (this.young.size >= this.capacity) {
      this.old = this.young;
      this.young = new Map();
    }
  }
  get size(): number {
    return this.young.size + this.old.size;
  }
  clear(): void {
    this.young.clear();
    this.old.clear();
  }
}

/**
 * A cache keyed by objects (sentence documents, analyses) that lets the garbage collector drop an entry with its
 * key. A WeakMap cannot be cleared or counted, so clearing replaces it, and `size` counts the entries written
 * since the last clear (an upper bound: some may have been collected).
 */
export class WeakCache<K extends object, V> implements EngineCache {
  private entries = new WeakMap<K, V>();
  private written = 0;
  get(key: K): V | undefined {
    return this.entries.get(key);
  }
  has(key: K): boolean {
    return this.entries.has(key);
  }
  set(key: K, value: V): void {
    if (!this.entries.has(key)) this.written += 1;
    this.entries.set(key, value);
  }
  get size(): number {
    return this.written;
  }
  clear(): void {
    this.entries = new WeakMap();
    this.written = 0;
  }
}

/** A registered `TwoGenerationCache` of at most 2 × `capacity` entries. */
export function boundedCache<K, V>(name: string, capacity: number): TwoGenerationCache<K, V> {
  return registerCache(name, new TwoGenerationCache<K, V>(capacity));
}

/** A registered `WeakCache`. */
export function weakCache<K extends object, V>(name: string): WeakCache<K, V> {
  return registerCache(name, new WeakCache<K, V>());
}
