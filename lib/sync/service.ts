/**
 * Sync as one service with its side effects injected (fetch, clock, randomness): connect, disconnect, refresh
 * the team's guidelines and tips with ETags, and flush the outbox. The background worker owns the one instance
 * (lib/background/sync.ts); tests build their own around the real backend.
 *
 * Outbox writes go through one serial queue so an event queued during a flush is never overwritten by the
 * flush's own bookkeeping. Every call to the backend (`client.*`) is in createSync; the status bookkeeping and
 * the sharing of concurrent flushes are units of their own below.
 */
// The schema module itself, not the guidelines' index (which would bring the Vale importer's YAML parser along).
import { salvageGuidelinePack } from '../coach/guidelines/schema';
import type { GuidelinePack } from '../coach/types';
import type { ReplyRecord } from '../progress/record';
import { SerialQueue } from '../serial-queue';
import { backoffDelay, retryAfterMs } from './backoff';
import { createClient, normalizeBackendUrl, SyncHttpError, SyncNetworkError, type FetchLike } from './client';
import { toProgressEvent, type ProgressEvent } from './events';
import {
  acknowledge,
  BATCH_SIZE,
  enqueue,
  enqueueLatest,
  markInFlight,
  MAX_OUTBOX,
  nextBatch,
  recordFailure,
  releaseStale,
  type Outbox,
} from './outbox';
import {
  connectionItem,
  DISCONNECTED,
  outboxItem,
  syncStatusItem,
  teamGuidelinesItem,
  teamTipsItem,
  type CachedGuidelines,
  type Connection,
  type PackProblem,
  type SyncStatus,
} from './store';

export interface SyncDeps {
  fetch: FetchLike;
  now?: () => number;
  random?: () => number;
  timeoutMs?: number;
  batchSize?: number;
  maxOutbox?: number;
}

export type FlushResult =
  | { status: 'idle' | 'not-connected' | 'waiting' }
  | { status: 'sent'; accepted: number; duplicates: number }
  | { status: 'failed'; error: string; retryAt: number }
  | { status: 'reconnect' };

/**
 * Packs the engine accepts, and what was left out of them. A phrase that fails the match-syntax check (a pack
 * stored under an older check) costs only that phrase; a pack whose shape is wrong is skipped. Either way coaching
 * goes on, and the problems are kept for the panel to show (one line each, naming the pack, rule and field).
 */
export function validPacks(packs: unknown[]): Pick<CachedGuidelines, 'packs' | 'problems'> {
  const out: GuidelinePack[] = [];
  const problems: PackProblem[] = [];
  for (const json of packs) {
    const { pack, problems: lines } = salvageGuidelinePack(json);
    if (pack) out.push(pack);
    const id = (json as { id?: unknown } | null)?.id;
    const packId = pack?.id ?? (typeof id === 'string' ? id : '(no id)');
    for (const line of lines) problems.push({ packId, packKept: pack !== null, message: line });
    if (lines.length > 0) console.warn(`[attune] sync: team pack "${packId}":`, lines.join('; '));
  }
  return { packs: out, problems };
}

/** The sync status the panel and options page show, kept from what each contact with the backend taught. */
function syncStatusKeeper(now: () => number) {
  async function setStatus(patch: Partial<SyncStatus>): Promise<void> {
    await syncStatusItem.setValue({ ...(await syncStatusItem.getValue()), ...patch });
  }

  /** A 401 means the token is revoked or the member removed: keep the URL for the form, drop the credential. */
  async function toReconnect(connection: Connection, message: string): Promise<void> {
    await connectionItem.setValue(null);
    await syncStatusItem.setValue({
      state: 'reconnect',
      reachable: true,
      lastContactAt: now(),
      lastError: message,
      backendUrl: connection.backendUrl,
    });
  }

  return {
    async noteError(connection: Connection, error: unknown): Promise<'reconnect' | 'failed'> {
      if (error instanceof SyncHttpError && error.status === 401) {
        await toReconnect(
          connection,
          'The team backend no longer accepts this device. Connect again with a new invite.',
        );
        return 'reconnect';
      }
      const reachable = !(error instanceof SyncNetworkError);
      await setStatus({
        reachable,
        lastError: error instanceof Error ? error.message : String(error),
        ...(reachable ? { lastContactAt: now() } : {}),
      });
      return 'failed';
    },
    async contact(): Promise<void> {
      await setStatus({ reachable: true, lastContactAt: now(), lastError: null });
    },
  };
}

/**
 * Concurrent calls share one flush, except that a forced call never joins an unforced one (which may stop at the
 * backoff): it runs right after it.
 */
function sharedFlush(flushOnce: (force: boolean) => Promise<FlushResult>) {
  let flushing: Promise<FlushResult> | null = null;
  let flushingForced = false;
  return (force: boolean): Promise<FlushResult> => {
    if (flushing && (flushingForced || !force)) return flushing;
    const before = flushing;
    const run = (async () => {
      if (before) await before.catch(() => undefined);
      return flushOnce(force);
    })();
    flushing = run;
    flushingForced = force;
    const settle = () => {
      if (flushing !== run) return;
      flushing = null;
      flushingForced = false;
    };
    run.then(settle, settle);
    return run;
  };
}

const failedWith = (error: unknown, retryAt: number): FlushResult => ({
  status: 'failed',
  error: error instanceof Error ? error.message : String(error),
  retryAt,
});

export function createSync(deps: SyncDeps) {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const client = createClient({ fetch: deps.fetch, timeoutMs: deps.timeoutMs });
  const batchSize = deps.batchSize ?? BATCH_SIZE;
  const maxOutbox = deps.maxOutbox ?? MAX_OUTBOX;

  const outboxWrites = new SerialQueue();
  const updateOutbox = (change: (outbox: Outbox) => Outbox): Promise<Outbox> =>
    outboxWrites.run(async () => {
      const updated = change(await outboxItem.getValue());
      await outboxItem.setValue(updated);
      return updated;
    });
  const { noteError, contact } = syncStatusKeeper(now);
  const flush = sharedFlush(flushOnce);

  async function flushOnce(force: boolean): Promise<FlushResult> {
    const connection = await connectionItem.getValue();
    if (!connection) return { status: 'not-connected' };
    let outbox = await outboxItem.getValue();
    if (outbox.entries.length === 0) return { status: 'idle' };
    if (!force && outbox.retryAt > now()) return { status: 'waiting' };
    let accepted = 0;
    let duplicates = 0;
    while (outbox.entries.length > 0) {
      const batch = nextBatch(outbox, batchSize);
      const ids = batch.map((e) => e.id);
      await updateOutbox((o) => markInFlight(o, ids, now()));
      try {
        const result = await client.postEvents(connection.backendUrl, connection.token, batch);
        accepted += result.accepted;
        duplicates += result.duplicates;
        outbox = await updateOutbox((o) => acknowledge(o, batch));
        await contact();
      } catch (error) {
        if (error instanceof SyncHttpError && error.status === 400 && batch.length > 1) {
          // One malformed event must not block the rest: send this batch one by one to isolate it.
          await updateOutbox((o) => releaseStale(o));
          const single = await sendSingly(connection, batch);
          if (single.status !== 'sent') return single;
          accepted += single.accepted;
          duplicates += single.duplicates;
          outbox = await outboxItem.getValue();
          continue;
        }
        if (error instanceof SyncHttpError && error.status === 400) {
          // The server will never accept this event (it fails the schema): dropping it is the only way forward.
          outbox = await updateOutbox((o) => ({ ...acknowledge(o, batch), dropped: o.dropped + 1 }));
          continue;
        }
        const kind = await noteError(connection, error);
        if (kind === 'reconnect') {
          await updateOutbox((o) => releaseStale(o));
          return { status: 'reconnect' };
        }
        return failedWith(error, (await recordRetry(ids, error)).retryAt);
      }
    }
    return { status: 'sent', accepted, duplicates };
  }

  /** Backs off for the next attempt: our exponential delay, or longer when the server said when to come back. */
  async function recordRetry(ids: string[], error: unknown): Promise<Outbox> {
    const current = await outboxItem.getValue();
    const delay = Math.max(
      backoffDelay(current.failures + 1, random()),
      error instanceof SyncHttpError ? (retryAfterMs(error.retryAfter, now()) ?? 0) : 0,
    );
    return updateOutbox((o) => recordFailure(o, ids, now(), delay));
  }

  async function sendSingly(connection: Connection, batch: ProgressEvent[]): Promise<FlushResult> {
    let accepted = 0;
    let duplicates = 0;
    for (const event of batch) {
      try {
        const result = await client.postEvents(connection.backendUrl, connection.token, [event]);
        accepted += result.accepted;
        duplicates += result.duplicates;
        await updateOutbox((o) => acknowledge(o, [event]));
      } catch (error) {
        if (error instanceof SyncHttpError && error.status === 400) {
          await updateOutbox((o) => ({ ...acknowledge(o, [event]), dropped: o.dropped + 1 }));
          continue;
        }
        const kind = await noteError(connection, error);
        if (kind === 'reconnect') return { status: 'reconnect' };
        return failedWith(error, (await recordRetry([event.id], error)).retryAt);
      }
    }
    return { status: 'sent', accepted, duplicates };
  }

  return {
    /** A fresh worker: whatever a stopped worker left in flight is queued again. */
    async start(): Promise<void> {
      await updateOutbox(releaseStale);
    },

    async connect(input: {
      backendUrl: string;
      code: string;
      displayName: string;
      deviceLabel?: string;
    }): Promise<Connection> {
      const backendUrl = normalizeBackendUrl(input.backendUrl);
      const joined = await client.join(backendUrl, {
        code: input.code.trim(),
        displayName: input.displayName.trim(),
        ...(input.deviceLabel ? { deviceLabel: input.deviceLabel } : {}),
      });
      const connection: Connection = {
        backendUrl,
        token: joined.token,
        deviceId: joined.deviceId,
        memberId: joined.member.id,
        displayName: joined.member.displayName,
        team: joined.team,
        connectedAt: now(),
      };
      // Another team's packs and tips must not linger; queued events are this agent's own and are kept.
      await Promise.all([teamGuidelinesItem.setValue(null), teamTipsItem.setValue(null)]);
      await connectionItem.setValue(connection);
      await syncStatusItem.setValue({
        state: 'connected',
        reachable: true,
        lastContactAt: now(),
        lastError: null,
        backendUrl,
      });
      // The outbox is left alone here: connect may run in the options page while the worker owns the outbox;
      // the worker's connection watcher flushes with `force`, which skips any backoff left from before.
      return connection;
    },

    /** Revokes the token on the backend when it can be reached, and forgets it on the device either way. */
    async disconnect(): Promise<void> {
      const connection = await connectionItem.getValue();
      if (connection) await client.revokeDevice(connection.backendUrl, connection.token).catch(() => {});
      await Promise.all([
        connectionItem.setValue(null),
        teamGuidelinesItem.setValue(null),
        teamTipsItem.setValue(null),
      ]);
      await syncStatusItem.setValue({ ...DISCONNECTED, backendUrl: connection?.backendUrl ?? null });
    },

    /** Guidelines and tips with If-None-Match; the cache is only replaced when the backend says it changed. */
    async refresh(): Promise<'updated' | 'unchanged' | 'not-connected' | 'failed' | 'reconnect'> {
      const connection = await connectionItem.getValue();
      if (!connection) return 'not-connected';
      try {
        const [cachedPacks, cachedTips] = await Promise.all([teamGuidelinesItem.getValue(), teamTipsItem.getValue()]);
        const [packs, tips, me] = await Promise.all([
          client.guidelines(connection.backendUrl, connection.token, cachedPacks?.etag ?? null),
          client.tips(connection.backendUrl, connection.token, cachedTips?.etag ?? null),
          client.me(connection.backendUrl, connection.token),
        ]);
        const checkedAt = now();
        await teamGuidelinesItem.setValue(
          packs.modified
            ? { etag: packs.etag ?? packs.body.etag, ...validPacks(packs.body.packs), checkedAt }
            : { ...cachedPacks, etag: cachedPacks?.etag ?? null, packs: cachedPacks?.packs ?? [], checkedAt },
        );
        await teamTipsItem.setValue(
          tips.modified
            ? { etag: tips.etag ?? tips.body.etag, tips: tips.body.tips, checkedAt }
            : { etag: cachedTips?.etag ?? null, tips: cachedTips?.tips ?? [], checkedAt },
        );
        // The lead may have turned individual sharing on or off since we joined: the notice follows it.
        if (JSON.stringify(me.team) !== JSON.stringify(connection.team))
          await connectionItem.setValue({ ...connection, team: me.team });
        await contact();
        return packs.modified || tips.modified ? 'updated' : 'unchanged';
      } catch (error) {
        return noteError(connection, error);
      }
    },

    /** Queues the counters of a stored reply record (idempotent by record id). */
    async enqueueRecord(record: ReplyRecord, kind: ProgressEvent['kind'] = 'sent'): Promise<void> {
      await updateOutbox((o) => enqueue(o, [toProgressEvent(record, kind)], now(), maxOutbox));
    },

    /**
     * Queues a reviewed reply's counters under its draft session's id, replacing a queued review of the same reply
     * (the server updates one it already has). Returns whether this replaced a queued event.
     */
    async enqueueReview(record: ReplyRecord): Promise<{ replaced: boolean }> {
      let replaced = false;
      await updateOutbox((o) => {
        const next = enqueueLatest(o, toProgressEvent(record, 'reviewed'), now(), maxOutbox);
        replaced = next.replaced;
        return next.outbox;
      });
      return { replaced };
    },

    /**
     * Sends every queued event in batches; stops at the first failure and waits out the backoff before the next
     * attempt (`force` ignores the wait: the agent pressed "Sync now" or the network just came back).
     * Concurrent calls share one flush (sharedFlush).
     */
    flush(options: { force?: boolean } = {}): Promise<FlushResult> {
      return flush(options.force ?? false);
    },
  };
}

export type SyncService = ReturnType<typeof createSync>;
