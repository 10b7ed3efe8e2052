/**
 * The background coach with WXT's fake browser, the real router (routeSnapshot, onRoutedSnapshot) and the real
 * engine: analysis per window, badge, session state that survives a worker restart, ignores, progress records.
 */
import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText, coachStatesItem, appliedCountsItem } from '../../lib/background/coach';
import { routeSnapshot } from '../../lib/background/routing';
import { onMessage, type DraftSnapshot } from '../../lib/messaging/protocol';
import { useWiredCoach } from '../support/wired-panel';
import { listRecords } from '../../lib/progress/store';
import { ignoredRulesItem, disabledRulesItem, stressMarksItem } from '../../lib/settings/items';

const CUSTOMER =
  'This is the third time I am writing!! My invoice is wrong and I need it fixed before Friday. Can you refund the extra charge?';
const DRAFT =
  'Hi Ana, you should have read the invoice. Obviously, you simply need to wait. We apologize for any inconvenience.';
const SENDER = { tabId: 11, windowId: 3, frameId: 0 };

function snapshot(draft: string, revision: number, overrides: Partial<DraftSnapshot> = {}): DraftSnapshot {
  return {
    editorId: 'ed-1',
    editorKind: 'textarea',
    site: 'zendesk',
    url: 'https://acme.zendesk.com/agent/tickets/1',
    draft,
    selection: null,
    customer: { text: CUSTOMER, name: 'Ana', source: 'site' },
    revision,
    composing: false,
    at: 1_000 + revision,
    ...overrides,
  };
}

const wired = useWiredCoach();
const start = () => wired.start({ newId: () => 'reply-1', now: () => 5_000 });

describe('background coach', () => {
  test('analyses a routed snapshot and counts open findings on the tab’s badge', async () => {
    const c = start();
    await routeSnapshot(snapshot(DRAFT, 1), SENDER);
    await c.idle();
    const state = c.state(SENDER.windowId)!;
    expect(state.snapshot.draft).toBe(DRAFT);
    expect(state.report.customer?.primaryEmotion).not.toBeNull();
    expect(state.report.findings.map((f) => f.ruleId)).toContain('tone/blame');
    expect(state.openFindings).toBe(state.report.findings.length);
    expect(await fakeBrowser.action.getBadgeText({ tabId: SENDER.tabId })).toBe(badgeText(state.openFindings));
  });

  test('a burst of snapshots is coalesced and an out-of-order one is dropped', async () => {
    const c = start();
    await Promise.all([1, 2, 3].map((r) => routeSnapshot(snapshot(DRAFT.slice(0, 20 * r), r), SENDER)));
    await routeSnapshot(snapshot('stale', 2), SENDER);
    await c.idle();
    expect(c.state(SENDER.windowId)?.snapshot.revision).toBe(3);
  });

  test('state survives the worker being stopped: a new coach hydrates from session storage', async () => {
    const first = start();
    await routeSnapshot(snapshot(DRAFT, 1), SENDER);
    await first.idle();
    expect(Object.keys(await coachStatesItem.getValue())).toEqual([String(SENDER.windowId)]);
    first.stop();
    const second = start();
    await second.idle();
    expect(second.state(SENDER.windowId)?.snapshot.draft).toBe(DRAFT);
  });

  test('"ignore always" lowers the badge; turning a family off re-analyses without it', async () => {
    const c = start();
    await routeSnapshot(snapshot(DRAFT, 1), SENDER);
    await c.idle();
    const before = c.state(SENDER.windowId)!.openFindings;
    await ignoredRulesItem.setValue(['tone/blame']);
    await new Promise((r) => setTimeout(r, 0));
    await c.idle();
    expect(c.state(SENDER.windowId)!.openFindings).toBe(before - 1);
    await disabledRulesItem.setValue(['boilerplate']);
    await new Promise((r) => setTimeout(r, 0));
    await c.idle();
    const rules = c.state(SENDER.windowId)!.report.findings.map((f) => f.ruleId);
    expect(rules).not.toContain('boilerplate/stock-apology');
    expect(await fakeBrowser.action.getBadgeText({ tabId: SENDER.tabId })).toBe(
      badgeText(c.state(SENDER.windowId)!.openFindings),
    );
  });

  test('a sent reply becomes a progress record of counters only', async () => {
    // The sent-reply event source is the router's in the worker; here the test is the source of that event.
    let sent: ((event: { editorId: string; revision: number; at: number; windowId: number }) => void) | null = null;
    const c = wired.start({
      onDraftSent: (listener) => {
        sent = listener;
      },
      newId: () => 'reply-1',
    });
    await routeSnapshot(snapshot(DRAFT, 1), SENDER);
    await c.idle();
    await appliedCountsItem.setValue({ 'ed-1': 2 });
    sent!({ editorId: 'ed-1', revision: 1, at: 9_000, windowId: SENDER.windowId });
    await c.idle();
    const [record] = await listRecords();
    expect(record).toMatchObject({ id: 'reply-1', at: 9_000, site: 'zendesk', suggestionsApplied: 2 });
    expect(record!.ruleCounts['tone/blame']).toBe(1);
    const serialized = JSON.stringify(record);
    for (const words of ['invoice', 'Ana', 'obviously', 'Friday']) expect(serialized).not.toContain(words);
    expect(await appliedCountsItem.getValue()).toEqual({});
  });

  test('the worker counts applied edits itself: concurrent applies lose no count', async () => {
    let sent: ((event: { editorId: string; revision: number; at: number; windowId: number }) => void) | null = null;
    let applied: ((edit: { editorId: string }) => void) | null = null;
    const c = wired.start({
      onDraftSent: (listener) => {
        sent = listener;
      },
      onEditApplied: (listener) => {
        applied = listener;
      },
      newId: () => 'reply-1',
    });
    await routeSnapshot(snapshot(DRAFT, 1), SENDER);
    await c.idle();
    // Three applies in one tick: each read-modify-write waits for the one before it.
    for (let i = 0; i < 3; i += 1) applied!({ editorId: 'ed-1' });
    await c.idle();
    expect(await appliedCountsItem.getValue()).toEqual({ 'ed-1': 3 });
    sent!({ editorId: 'ed-1', revision: 1, at: 9_000, windowId: SENDER.windowId });
    await c.idle();
    const [record] = await listRecords();
    expect(record?.suggestionsApplied).toBe(3);
  });

  test('per keystroke the worker calls no browser API it need not: badge, stress marks and state only on change', async () => {
    const c = start();
    await routeSnapshot(snapshot(DRAFT, 1), SENDER);
    await c.idle();
    const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const marksRead = vi.spyOn(stressMarksItem, 'getValue');
    const persisted = vi.spyOn(coachStatesItem, 'setValue');
    // Three more keystrokes, further apart than any one analysis: each is analysed on its own.
    for (let revision = 2; revision <= 4; revision += 1) {
      await routeSnapshot(snapshot(`${DRAFT}${' ok'.repeat(revision)}`, revision), SENDER);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await c.idle();
    expect(c.state(SENDER.windowId)?.snapshot.revision).toBe(4);
    // The open count stayed the same: the badge already shows it.
    expect(badge).not.toHaveBeenCalled();
    expect(marksRead).not.toHaveBeenCalled();
    // Typing never paused long enough to persist; idle() wrote the last state once.
    expect(persisted).toHaveBeenCalledTimes(1);
    expect((await coachStatesItem.getValue())[String(SENDER.windowId)]?.snapshot.revision).toBe(4);
    vi.restoreAllMocks();
  });

  test('an analysis completes while an open panel never answers coachUpdated; each update still reaches it', async () => {
    const received: number[] = [];
    // A panel whose answer never comes (a render that hangs, a page being torn down).
    const stopPanel = onMessage('coachUpdated', ({ data }) => {
      received.push(data.snapshot.revision);
      return new Promise<void>(() => {});
    });
    const c = start();
    for (const revision of [1, 2]) {
      await routeSnapshot(snapshot(`${DRAFT}${' ok'.repeat(revision)}`, revision), SENDER);
      await c.idle();
    }
    expect(c.state(SENDER.windowId)?.snapshot.revision).toBe(2);
    expect(received).toEqual([1, 2]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: SENDER.tabId })).toBe(
      badgeText(c.state(SENDER.windowId)!.openFindings),
    );
    stopPanel();
  });

  test('a panel that fails on coachUpdated is logged; no open panel is not an error', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const c = start();
    await routeSnapshot(snapshot(DRAFT, 1), SENDER);
    await c.idle();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(logged).not.toHaveBeenCalled();
    const stopPanel = onMessage('coachUpdated', () => {
      throw new Error('render failed');
    });
    await routeSnapshot(snapshot(`${DRAFT} ok`, 2), SENDER);
    await c.idle();
    await vi.waitFor(() => expect(logged).toHaveBeenCalledWith('[attune] coachUpdated:', expect.any(Error)));
    stopPanel();
    vi.restoreAllMocks();
  });
});
