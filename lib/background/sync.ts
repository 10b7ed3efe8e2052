/**
 * Sync in the background worker: one SyncService, woken by an alarm every 30 s (Chrome's minimum, so a lead's
 * publish reaches an agent within a minute), at worker start, when the network comes back, when a panel or the
 * options page asks (`syncNow`), right after each sent reply's record is stored (the coach's `onRecord`), and
 * after a reply's first review (the coach's `onReviewed`).
 */
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging/protocol';
import type { ReplyRecord } from '../progress/record';
import { createSync, type SyncService } from '../sync/service';
import { connectionItem, syncStatusItem, type SyncStatus } from '../sync/store';

export const SYNC_ALARM = 'attune-sync';
export const SYNC_PERIOD_MINUTES = 0.5;

export interface BackgroundSync {
  service: SyncService;
  /** The coach's hook: queue the record's counters and try to send them now. */
  onRecord(record: ReplyRecord): Promise<void>;
  /** The coach's hook for a reviewed reply: queue (or update) its reviewed event. */
  onReviewed(record: ReplyRecord, review: { first: boolean }): Promise<void>;
  /** Refresh guidelines and tips, then flush; never throws (failures land in the sync status). */
  tick(options?: { force?: boolean }): Promise<SyncStatus>;
  /** Removes listeners and watchers (tests; a worker simply stops). */
  stop(): void;
}

export function startBackgroundSync(
  service: SyncService = createSync({ fetch: (input, init) => fetch(input, init) }),
): BackgroundSync {
  let ticking: Promise<SyncStatus> | null = null;

  async function runTick(force: boolean): Promise<SyncStatus> {
    try {
      await service.refresh();
      await service.flush({ force });
    } catch (error) {
      console.error('[attune] sync:', error);
    }
    return syncStatusItem.getValue();
  }

  const tick = (options: { force?: boolean } = {}) => {
    ticking ??= runTick(options.force ?? false).finally(() => {
      ticking = null;
    });
    return ticking;
  };

  const started = service.start().catch((error: unknown) => console.error('[attune] sync start:', error));

  void browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === SYNC_ALARM) void started.then(() => tick());
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  // Back online after being offline for a while: do not wait out the backoff.
  const onOnline = () => void started.then(() => tick({ force: true }));
  globalThis.addEventListener?.('online', onOnline);
  const stops = [
    // A new connection (options page) syncs at once.
    connectionItem.watch((next, previous) => {
      if (next && next.token !== previous?.token) void started.then(() => tick({ force: true }));
    }),
    onMessage('syncNow', () => started.then(() => tick({ force: true }))),
    onMessage('syncConnect', ({ data }) => service.connect({ ...data, deviceLabel: 'Browser extension' })),
    onMessage('syncDisconnect', () => service.disconnect()),
    () => browser.alarms.onAlarm.removeListener(onAlarm),
    () => globalThis.removeEventListener?.('online', onOnline),
  ];
  void started.then(() => tick());

  return {
    service,
    async onRecord(record) {
      await started;
      await service.enqueueRecord(record);
      void service.flush();
    },
    async onReviewed(record, { first }) {
      await started;
      await service.enqueueReview(record);
      // A reply's first review goes out now; a re-review only updates figures the server (or the queue) already
      // has, so it rides the next flush — the send, or the 30 s alarm — instead of a request per pause in typing.
      if (first) void service.flush();
    },
    tick,
    stop: () => stops.forEach((stop) => stop()),
  };
}
