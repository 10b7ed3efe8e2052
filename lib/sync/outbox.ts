/**
 * The persistent outbox of progress events, as pure functions over one plain value (stored whole in
 * storage.local, so it survives the worker being stopped, the browser restarting and days offline).
 *
 * Delivery is at-least-once from here and exactly-once on the server, which ignores an event id it has seen:
 * an entry leaves the outbox only when a response acknowledged the batch it was in. A reviewed event is the one
 * exception to "same id = same event": reviewing the reply again replaces its queued event (`enqueueLatest`), and
 * the server updates the stored one; an entry replaced while its old content was in flight stays queued, because
 * an acknowledgement removes an entry only when it still holds exactly what was sent. A flush marks its entries
 * in flight (with the flush's start time) purely so status and tests can see it; a flush that never finished —
 * the worker was stopped mid-request — leaves entries that are simply sent again.
 *
 * Bound: at most MAX_OUTBOX events. Past it the OLDEST queued events are dropped and counted in `dropped`
 * (shown in the options page): the newest figures matter most to an agent's current trend, and an agent who is
 * offline for weeks still keeps the last few thousand replies.
 */
import type { ProgressEvent } from './events';

export const MAX_OUTBOX = 2_000;
/** Events per POST: well under the server's 500 and its body limit (an event is at most ~3 KB). */
export const BATCH_SIZE = 50;

export interface OutboxEntry {
  event: ProgressEvent;
  queuedAt: number;
  /** Set while a flush that includes this entry is waiting for the server. */
  inFlightSince?: number;
}

export interface Outbox {
  entries: OutboxEntry[];
  /** Events dropped at the bound since the outbox was created (never reset by delivery). */
  dropped: number;
  /** Failed delivery attempts in a row; 0 after any acknowledged batch. */
  failures: number;
  /** Epoch ms before which no retry is due (backoff). */
  retryAt: number;
}

export const EMPTY_OUTBOX: Outbox = { entries: [], dropped: 0, failures: 0, retryAt: 0 };

/** Adds events not already queued (same id = same event), then enforces the bound by dropping the oldest. */
export function enqueue(outbox: Outbox, events: readonly ProgressEvent[], now: number, max = MAX_OUTBOX): Outbox {
  const known = new Set(outbox.entries.map((e) => e.event.id));
  const added: OutboxEntry[] = [];
  for (const event of events) {
    if (known.has(event.id)) continue;
    known.add(event.id);
    added.push({ event, queuedAt: now });
  }
  const all = [...outbox.entries, ...added];
  const overflow = Math.max(0, all.length - max);
  return { ...outbox, entries: all.slice(overflow), dropped: outbox.dropped + overflow };
}

/**
 * Queues `event`, replacing a queued event with the same id (a reply reviewed again: the newest review is the one
 * that counts). A replaced entry keeps its place in the queue and is no longer in flight: the newer content still
 * has to be sent.
 */
export function enqueueLatest(
  outbox: Outbox,
  event: ProgressEvent,
  now: number,
  max = MAX_OUTBOX,
): { outbox: Outbox; replaced: boolean } {
  const index = outbox.entries.findIndex((e) => e.event.id === event.id);
  if (index < 0) return { outbox: enqueue(outbox, [event], now, max), replaced: false };
  const entries = [...outbox.entries];
  entries[index] = { event, queuedAt: entries[index]!.queuedAt };
  return { outbox: { ...outbox, entries }, replaced: true };
}

/** The next batch to send: the oldest entries first. */
export function nextBatch(outbox: Outbox, size = BATCH_SIZE): ProgressEvent[] {
  return outbox.entries.slice(0, size).map((e) => e.event);
}

export function markInFlight(outbox: Outbox, ids: readonly string[], now: number): Outbox {
  const set = new Set(ids);
  return { ...outbox, entries: outbox.entries.map((e) => (set.has(e.event.id) ? { ...e, inFlightSince: now } : e)) };
}

/**
 * The server acknowledged these events: they leave the outbox, and the failure streak ends. An entry whose event
 * was replaced after this batch was read (`enqueueLatest`) holds other content and stays queued.
 */
export function acknowledge(outbox: Outbox, delivered: readonly ProgressEvent[]): Outbox {
  const sent = new Map(delivered.map((event) => [event.id, JSON.stringify(event)]));
  return {
    ...outbox,
    entries: outbox.entries.filter((e) => sent.get(e.event.id) !== JSON.stringify(e.event)),
    failures: 0,
    retryAt: 0,
  };
}

/** A failed attempt: entries stay queued (no longer in flight) and the next retry waits `delayMs`. */
export function recordFailure(outbox: Outbox, ids: readonly string[], now: number, delayMs: number): Outbox {
  const set = new Set(ids);
  return {
    ...outbox,
    entries: outbox.entries.map((e) => {
      if (!set.has(e.event.id)) return e;
      const { inFlightSince: _ignored, ...rest } = e;
      return rest;
    }),
    failures: outbox.failures + 1,
    retryAt: now + delayMs,
  };
}

/** After a restart no request is in flight any more: what was marked will be sent again. */
export function releaseStale(outbox: Outbox): Outbox {
  if (!outbox.entries.some((e) => e.inFlightSince !== undefined)) return outbox;
  return {
    ...outbox,
    entries: outbox.entries.map((e) => {
      const { inFlightSince: _ignored, ...rest } = e;
      return rest;
    }),
  };
}
