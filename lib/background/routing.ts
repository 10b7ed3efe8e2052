/**
 * The background router: the only owner of the protocol's background-side listeners (@webext-core/messaging
 * allows one `onMessage` listener per message type per context). It keeps the latest draft snapshot per window in
 * `storage.session` (MV3 stops idle workers; the snapshot must outlive them, and session storage never touches
 * disk), forwards edits to the tab and frame the snapshot came from, and routes the "Use as customer message"
 * context menu. Extension pages hear about a keystroke only through the coach's analysis (`coachUpdated`): a
 * broadcast of the bare snapshot had no listener and cost the worker a serialised message per keystroke. Other background modules subscribe with `onRoutedSnapshot`
 * and `onDraftSent`.
 */
import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  onMessage,
  sendMessage,
  type ApplyResult,
  type DraftSent,
  type DraftSnapshot,
  type EditCommand,
  type RoutedSnapshot,
} from '../messaging/protocol';
import { SNAPSHOT_PORT } from '../messaging/ports';
import { decodeSnapshot, type WireSnapshot } from '../messaging/snapshot-wire';
import { startSiteAccess } from '../sites/permissions';

export const USE_AS_CUSTOMER_MENU_ID = 'attune-use-as-customer';

/** A sent reply with the tab and window it was sent from. */
export interface RoutedDraftSent extends DraftSent {
  tabId: number;
  windowId: number;
  frameId: number;
}

type Listener<T> = (value: T) => void | Promise<void>;

const snapshotListeners = new Set<Listener<RoutedSnapshot>>();
const sentListeners = new Set<Listener<RoutedDraftSent>>();
const appliedListeners = new Set<Listener<AppliedEdit>>();

/** An edit Attune wrote into an editor at the agent's request (Apply or Insert). */
export interface AppliedEdit {
  windowId: number;
  editorId: string;
}

/** Calls `listener` with every snapshot the router accepts (newest per editor only). Returns the unsubscribe. */
export function onRoutedSnapshot(listener: Listener<RoutedSnapshot>): () => void {
  snapshotListeners.add(listener);
  return () => snapshotListeners.delete(listener);
}

/** Calls `listener` when the agent sends a reply (form submitted, or the composer cleared by the helpdesk). */
export function onDraftSent(listener: Listener<RoutedDraftSent>): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

/** Calls `listener` after each edit the panel asked for was written into its editor. */
export function onEditApplied(listener: Listener<AppliedEdit>): () => void {
  appliedListeners.add(listener);
  return () => appliedListeners.delete(listener);
}

function notify<T>(listeners: Set<Listener<T>>, value: T): void {
  for (const listener of listeners) {
    try {
      void Promise.resolve(listener(value)).catch((error: unknown) => console.error('[attune] listener failed', error));
    } catch (error) {
      console.error('[attune] listener failed', error);
    }
  }
}

const snapshotKey = (windowId: number) => `session:latestSnapshot:${windowId}` as const;

/**
 * The latest accepted snapshot per window while this worker lives. Session storage holds the same (written after
 * the listeners are told) for a restarted worker; reading memory first saves a keystroke two storage round trips
 * before the coach sees it.
 */
const latestByWindow = new Map<number, RoutedSnapshot>();

/** Forgets the in-memory snapshots, as a stopped worker does (tests: after `fakeBrowser.reset()`). */
export function resetRoutingMemory(): void {
  latestByWindow.clear();
}

/** The latest snapshot for a window: from memory while the worker lives, from session storage after a restart. */
export async function latestSnapshot(windowId: number): Promise<RoutedSnapshot | null> {
  const known = latestByWindow.get(windowId);
  if (known) return known;
  const stored = (await storage.getItem<RoutedSnapshot>(snapshotKey(windowId))) ?? null;
  // A newer snapshot may have been accepted, or this one forgotten, while storage was read.
  if (stored && !latestByWindow.has(windowId) && !unsaved.has(windowId)) latestByWindow.set(windowId, stored);
  return latestByWindow.get(windowId) ?? stored;
}

/** Windows whose snapshot in memory (or its absence) is not in session storage yet. */
const unsaved = new Set<number>();
let saving: Promise<void> | null = null;

/**
 * Resolves once session storage holds what memory holds for `windowId` (its latest snapshot, or none). Each write
 * takes the newest snapshot at that moment, so a burst of keystrokes costs few writes and never ends on an older one.
 * Writing starts a task later: `storage.session.set` serialises the snapshot on the worker's thread (≈1 ms for a
 * 300-word draft with its customer message), which must not come before the analysis the keystroke is waiting for.
 */
function save(windowId: number): Promise<void> {
  unsaved.add(windowId);
  saving ??= (async () => {
    try {
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (let next = unsaved.values().next(); !next.done; next = unsaved.values().next()) {
        const id = next.value;
        unsaved.delete(id);
        const latest = latestByWindow.get(id);
        await (latest ? storage.setItem(snapshotKey(id), latest) : storage.removeItem(snapshotKey(id))).catch(
          (error: unknown) => console.error('[attune] routing save:', error),
        );
      }
    } finally {
      saving = null;
    }
  })();
  return saving;
}

/** Pure: should `incoming` replace `stored` as the window's latest snapshot? Drops out-of-order revisions. */
export function isNewer(stored: RoutedSnapshot | null, incoming: RoutedSnapshot): boolean {
  if (!stored) return true;
  if (stored.editorId !== incoming.editorId || stored.tabId !== incoming.tabId) return true;
  return incoming.revision > stored.revision;
}

// Serialises read-modify-write of session storage: snapshots from several frames may arrive together.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => {});
  return run;
}

export async function routeSnapshot(
  snapshot: DraftSnapshot,
  sender: { tabId: number; windowId: number; frameId: number },
) {
  const routed: RoutedSnapshot = { ...snapshot, ...sender };
  const accepted = await serially(async () => {
    const stored = await latestSnapshot(sender.windowId);
    if (!isNewer(stored, routed)) return false;
    latestByWindow.set(sender.windowId, routed);
    return true;
  });
  if (!accepted) return;
  notify(snapshotListeners, routed);
  await save(sender.windowId);
}

/** Sends `command` to the tab and frame of the window's latest snapshot. */
export async function applyInWindow(windowId: number, command: EditCommand): Promise<ApplyResult> {
  const latest = await latestSnapshot(windowId);
  if (!latest || latest.editorId !== command.editorId) return { ok: false, reason: 'no-editor' };
  try {
    return await sendMessage('applyEdit', command, { tabId: latest.tabId, frameId: latest.frameId });
  } catch {
    // The tab navigated away or closed since the snapshot: there is no editor to write to.
    return { ok: false, reason: 'no-editor' };
  }
}

async function forgetWhere(predicate: (snapshot: RoutedSnapshot) => boolean, windowIds: number[]) {
  await serially(async () => {
    for (const windowId of windowIds) {
      const stored = await latestSnapshot(windowId);
      if (!stored || !predicate(stored)) continue;
      latestByWindow.delete(windowId);
      await save(windowId);
    }
  });
}

function senderOf(sender: { tab?: { id?: number; windowId?: number }; frameId?: number }) {
  const tabId = sender.tab?.id;
  const windowId = sender.tab?.windowId;
  if (tabId === undefined || windowId === undefined) return null;
  return { tabId, windowId, frameId: sender.frameId ?? 0 };
}

function createContextMenu() {
  browser.contextMenus.create(
    { id: USE_AS_CUSTOMER_MENU_ID, title: 'Use as customer message', contexts: ['selection'] },
    // Re-creating an existing item on worker restart reports an error we can ignore.
    () => void browser.runtime.lastError,
  );
}

/** The content scripts' open snapshot ports (lib/content/messaging.ts postSnapshot). */
const snapshotPorts = new Set<Browser.runtime.Port>();

/**
 * The open snapshot port of a tab's frame, the newest if several: what the background tells that content script
 * after each analysis rides back on it (lib/background/inline.ts) rather than opening a channel in the page per
 * message. Undefined when the frame has none (it sent its snapshot as a message, or the port closed).
 */
export function snapshotPortOf(tabId: number, frameId: number): Browser.runtime.Port | undefined {
  let newest: Browser.runtime.Port | undefined;
  for (const port of snapshotPorts)
    if (port.sender?.tab?.id === tabId && (port.sender.frameId ?? 0) === frameId) newest = port;
  return newest;
}

/** Registers every listener. Call once, synchronously, at the top of the background entry point. */
export function startRouting(): void {
  startSiteAccess();
  onMessage('snapshot', async ({ data, sender }) => {
    const from = senderOf(sender);
    if (from) await routeSnapshot(data, from);
  });
  // The content script posts its snapshots on a port (lib/content/messaging.ts postSnapshot); the message above
  // stays for any other sender.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SNAPSHOT_PORT) return;
    const from = port.sender && senderOf(port.sender);
    if (!from) return;
    snapshotPorts.add(port);
    port.onDisconnect.addListener(() => snapshotPorts.delete(port));
    // After its first snapshot, the port carries edits of the draft (lib/messaging/snapshot-wire.ts).
    let previous: DraftSnapshot | undefined;
    port.onMessage.addListener((wire: WireSnapshot) => {
      const snapshot = decodeSnapshot(previous, wire);
      // Out of step (it should never be): closing makes the content script open a new port and send whole again.
      if (!snapshot) {
        port.disconnect();
        snapshotPorts.delete(port);
        return;
      }
      previous = snapshot;
      void routeSnapshot(snapshot, from).catch(() => {});
    });
  });
  // A port's sender (its window) is fixed when it opens: a tab moved to another window reconnects from there.
  browser.tabs.onAttached.addListener((tabId) => {
    for (const port of snapshotPorts) {
      if (port.sender?.tab?.id !== tabId) continue;
      // disconnect() tells the content script's end only, so this end forgets the port itself.
      port.disconnect();
      snapshotPorts.delete(port);
    }
  });
  onMessage('draftSent', async ({ data, sender }) => {
    const from = senderOf(sender);
    if (!from) return;
    const sent: RoutedDraftSent = { ...data, ...from };
    // Kept so a worker restarted between the send and its processing (or a test) can still see it.
    await storage.setItem(`session:lastDraftSent:${from.windowId}`, sent);
    notify(sentListeners, sent);
  });
  onMessage('latestSnapshot', ({ data }) => latestSnapshot(data.windowId));
  onMessage('applyInWindow', async ({ data }) => {
    const result = await applyInWindow(data.windowId, data.command);
    if (result.ok) notify(appliedListeners, { windowId: data.windowId, editorId: data.command.editorId });
    return result;
  });

  browser.runtime.onInstalled.addListener(createContextMenu);
  browser.runtime.onStartup.addListener(createContextMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== USE_AS_CUSTOMER_MENU_ID || !tab?.id || !info.selectionText) return;
    void useSelectionAsCustomer(tab.id, tab.windowId, info.frameId ?? 0, info.selectionText);
  });

  browser.tabs.onRemoved.addListener((tabId, removeInfo) => {
    void forgetWhere((snapshot) => snapshot.tabId === tabId, [removeInfo.windowId]);
  });
  browser.windows?.onRemoved.addListener((windowId) => {
    void forgetWhere(() => true, [windowId]);
  });
}

/** Sends the selection to the frame it was made in and to the frame holding the window's editor, if another. */
export async function useSelectionAsCustomer(tabId: number, windowId: number, frameId: number, text: string) {
  const frames = new Set([frameId]);
  const latest = await latestSnapshot(windowId);
  if (latest?.tabId === tabId) frames.add(latest.frameId);
  await Promise.all(
    [...frames].map((frame) =>
      sendMessage('useSelectionAsCustomer', { text }, { tabId, frameId: frame }).catch(() => {}),
    ),
  );
}
