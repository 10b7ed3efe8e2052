/**
 * The router's latest snapshot per window (WXT's fake browser, real storage.session): memory first while the
 * worker lives, session storage after a restart, newest revision only, listeners told before the write.
 */
import { beforeEach, describe, expect, onTestFinished, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { latestSnapshot, onRoutedSnapshot, resetRoutingMemory, routeSnapshot } from '../../lib/background/routing';
import type { DraftSnapshot, RoutedSnapshot } from '../../lib/messaging/protocol';

const SENDER = { tabId: 11, windowId: 3, frameId: 0 };
const stored = () => storage.getItem<RoutedSnapshot>(`session:latestSnapshot:${SENDER.windowId}`);

function snapshot(draft: string, revision: number): DraftSnapshot {
  return {
    editorId: 'ed-1',
    editorKind: 'textarea',
    site: 'generic',
    url: 'https://help.example.com/t/1',
    draft,
    selection: null,
    customer: null,
    revision,
    composing: false,
    at: 1_000 + revision,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  resetRoutingMemory();
});

describe('routeSnapshot', () => {
  test('tells its listeners before session storage is written, and has written it when it resolves', async () => {
    const seen: Array<[number, number | null]> = [];
    const stop = onRoutedSnapshot(
      async (routed) => void seen.push([routed.revision, (await stored())?.revision ?? null]),
    );
    onTestFinished(stop);
    // The listener reads storage in the same turn it is told: nothing written yet for this first snapshot.
    await routeSnapshot(snapshot('Hello', 1), SENDER);
    expect(seen).toEqual([[1, null]]);
    expect((await stored())?.revision).toBe(1);
  });

  test('writes session storage only a task later: work the listeners do in microtasks (the analysis) goes first', async () => {
    let seenAfterMicrotasks: number | null | undefined;
    const stop = onRoutedSnapshot(async () => {
      for (let i = 0; i < 50; i++) await Promise.resolve();
      seenAfterMicrotasks = (await stored())?.revision ?? null;
    });
    onTestFinished(stop);
    await routeSnapshot(snapshot('Hello', 1), SENDER);
    expect(seenAfterMicrotasks).toBeNull();
    expect((await stored())?.revision).toBe(1);
  });

  test('a burst ends with the newest snapshot in memory and in storage; an older revision is dropped', async () => {
    const told: number[] = [];
    onTestFinished(onRoutedSnapshot((routed) => void told.push(routed.revision)));
    await Promise.all([1, 2, 3, 4].map((r) => routeSnapshot(snapshot('Hello there'.slice(0, 5 + r), r), SENDER)));
    await routeSnapshot(snapshot('stale', 2), SENDER);
    expect(told).toEqual([1, 2, 3, 4]);
    expect((await latestSnapshot(SENDER.windowId))?.revision).toBe(4);
    expect((await stored())?.revision).toBe(4);
  });

  test('a restarted worker (memory gone) reads session storage, and still drops what is older', async () => {
    await routeSnapshot(snapshot('Hello there', 5), SENDER);
    resetRoutingMemory();
    expect((await latestSnapshot(SENDER.windowId))?.draft).toBe('Hello there');
    const told: number[] = [];
    onTestFinished(onRoutedSnapshot((routed) => void told.push(routed.revision)));
    await routeSnapshot(snapshot('Hello', 4), SENDER);
    await routeSnapshot(snapshot('Hello there!', 6), SENDER);
    expect(told).toEqual([6]);
    expect((await stored())?.draft).toBe('Hello there!');
  });
});
