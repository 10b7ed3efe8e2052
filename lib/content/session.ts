/**
 * The content script's logic, free of extension APIs (they arrive as injected functions, as in Harper's
 * lint-framework): follow the editor the agent types in, send debounced and coalesced snapshots, detect sends,
 * and apply edits — refusing stale spans and writes during IME composition. Nothing but one capture `focusin`
 * listener exists until an editable element is focused.
 */
import type { Span } from '../coach/types';
import type { ApplyResult, CustomerMessage, DraftSent, DraftSnapshot, EditCommand } from '../messaging/protocol';
import { attachEditor, isOptedOut, type ChangeCause, type EditorHandle } from '../editors';
import { createScheduler } from './scheduler';
import { isClearedByPage } from './send-detection';
import { watchFocus } from './frames';
import type { DraftObserver } from '../inline/coach';

export interface ThreadReading {
  site: string;
  customer: CustomerMessage | null;
}

export interface SessionEnvironment {
  document: Document;
  sendSnapshot(snapshot: DraftSnapshot): void;
  sendDraftSent(sent: DraftSent): void;
  readThread(doc: Document, composer: Element | null, url: URL): ThreadReading;
  /** Cleans a selection for use as the customer message; null when nothing usable is left. */
  customerFromSelection(text: string): CustomerMessage | null;
  /** Quiet time before a snapshot is sent, and the longest a change waits while the agent keeps typing. */
  quietMs?: number;
  maxWaitMs?: number;
  /** How old a thread reading may get before a snapshot reads the thread again. */
  threadMaxAgeMs?: number;
  /** Told about the attached editor, every change and every reading (inline coaching). */
  observer?: DraftObserver;
}

export interface ContentSession {
  applyEdit(command: EditCommand): Promise<ApplyResult>;
  useSelectionAsCustomer(text: string): void;
  stop(): void;
}

interface Attached {
  id: string;
  handle: EditorHandle;
  unsubscribe: () => void;
  revision: number;
  /** What the last snapshot carried: an unchanged reading is not sent again. */
  lastSent: DraftSnapshot | null;
  lastText: string;
  lastSelection: Span | null;
  /** Revision of the last snapshot that carried a non-empty draft: what a send refers to. */
  lastDraftRevision: number;
  lastSentRevision: number;
}

/** Set on a page's root element by the benchmarks only: the content script then leaves performance measures. */
export const BENCH_ATTRIBUTE = 'data-attune-bench';

/** What makes a reading worth sending again (the customer message by identity: the thread reading is cached). */
function sameFields(a: DraftSnapshot, b: DraftSnapshot): boolean {
  return (
    a.draft === b.draft &&
    a.customer === b.customer &&
    a.composing === b.composing &&
    a.url === b.url &&
    a.selection?.start === b.selection?.start &&
    a.selection?.end === b.selection?.end
  );
}

const frameToken = Math.random().toString(36).slice(2, 8);
let editorSequence = 0;
const editorIds = new WeakMap<Element, string>();

function editorIdFor(root: Element): string {
  let id = editorIds.get(root);
  if (!id) {
    id = `${frameToken}-${++editorSequence}`;
    editorIds.set(root, id);
  }
  return id;
}

export function startContentSession(env: SessionEnvironment): ContentSession {
  const doc = env.document;
  const win = doc.defaultView!;
  let active: Attached | null = null;
  let customerOverride: { url: string; customer: CustomerMessage } | null = null;
  let thread: { url: string; at: number; reading: ThreadReading } | null = null;
  let submitHooked = false;

  const readThreadNow = (root: Element, url: string) => {
    let reading: ThreadReading;
    try {
      reading = env.readThread(doc, root, new URL(url));
    } catch {
      // A reader that trips over an unexpected page must not stop the coach: fall back to no customer message.
      reading = { site: 'generic', customer: null };
    }
    thread = { url, at: performance.now(), reading };
  };

  let rereading = 0;
  /**
   * An old reading of this page's thread is read again once the page is idle, not inside the keystroke that found
   * it old (reading a long thread took milliseconds); a new customer message is then sent at once.
   */
  const rereadSoon = (root: Element) => {
    rereading ||= win.requestIdleCallback(
      () => {
        rereading = 0;
        const before = thread;
        if (!before || active?.handle.root !== root) return;
        readThreadNow(root, before.url);
        // The same reading keeps its objects: snapshots compare the customer message by identity.
        if (JSON.stringify(thread!.reading) === JSON.stringify(before.reading)) thread!.reading = before.reading;
        else sendSnapshot();
      },
      { timeout: 1000 },
    );
  };

  const threadFor = (root: Element, force: boolean): ThreadReading => {
    const url = win.location.href;
    // Another page (a single-page app moved to another ticket): its thread is another one, read at once.
    if (!thread || force || thread.url !== url) readThreadNow(root, url);
    else if (performance.now() - thread.at >= (env.threadMaxAgeMs ?? 3000)) rereadSoon(root);
    return thread!.reading;
  };

  const sendSnapshot = (force = false) => {
    const current = active;
    if (!current) return;
    // The benchmarks (bench/) mark the page; then each snapshot's cost in the page is recorded as a measure.
    const startedAt = doc.documentElement.hasAttribute(BENCH_ATTRIBUTE) ? performance.now() : -1;
    sendSnapshotOf(current, force);
    if (startedAt >= 0) performance.measure('attune:snapshot', { start: startedAt });
  };

  const sendSnapshotOf = (current: Attached, force: boolean) => {
    const reading = current.handle.read();
    current.lastText = reading.text;
    if (reading.selection) current.lastSelection = reading.selection;
    const url = win.location.href;
    if (customerOverride && customerOverride.url !== url) customerOverride = null;
    const threadReading = threadFor(current.handle.root, false);
    const customer = customerOverride?.customer ?? threadReading.customer;
    const snapshot: DraftSnapshot = {
      editorId: current.id,
      editorKind: current.handle.kind,
      site: threadReading.site,
      url,
      draft: reading.text,
      selection: reading.selection,
      customer,
      revision: current.revision + 1,
      composing: current.handle.composing,
      at: Date.now(),
    };
    // Compared field by field: serialising a long draft on every keystroke just to compare it cost more than sending.
    const send = force || !current.lastSent || !sameFields(current.lastSent, snapshot);
    if (send) {
      current.lastSent = snapshot;
      current.revision = snapshot.revision;
      if (reading.text.trim() !== '') current.lastDraftRevision = current.revision;
      env.sendSnapshot(snapshot);
    }
    env.observer?.read(reading.text, send ? current.revision : null);
  };

  // No quiet period: the snapshot goes out in a microtask after the change, once the editor's own MutationObserver
  // and input handlers have run, so the panel and the highlights can follow within a frame or two (a task would wait
  // behind the frame the keystroke ends with). A reading costs well under 0.1 ms in the page and the worker
  // coalesces a burst into one analysis, so sending every change costs the worker, not the page.
  const scheduler = createScheduler(() => sendSnapshot(), env.quietMs ?? 0, env.maxWaitMs ?? 150);

  const reportSent = (attached: Attached) => {
    if (attached.lastDraftRevision === 0 || attached.lastDraftRevision === attached.lastSentRevision) return;
    attached.lastSentRevision = attached.lastDraftRevision;
    env.sendDraftSent({ editorId: attached.id, revision: attached.lastDraftRevision, at: Date.now() });
  };

  const onChange = (attached: Attached, cause: ChangeCause) => {
    if (cause.inputType === 'script') {
      const text = attached.handle.read().text;
      if (isClearedByPage({ previousText: attached.lastText, text, inputType: cause.inputType })) {
        scheduler.flush();
        reportSent(attached);
      }
      attached.lastText = text;
    }
    if (attached === active) {
      env.observer?.changed();
      scheduler.touch();
    }
  };

  const onSubmit = (event: Event) => {
    const form = event.target as Element | null;
    if (!active || !form || !('contains' in form)) return;
    if (!form.contains(active.handle.root)) return;
    scheduler.flush();
    sendSnapshot();
    reportSent(active);
  };

  const attach = (target: Element) => {
    if (active && (active.handle.root === target || active.handle.root.contains(target))) return;
    const handle = attachEditor(target);
    if (!handle) return;
    scheduler.flush();
    active?.unsubscribe();
    const attached: Attached = {
      id: editorIdFor(handle.root),
      handle,
      unsubscribe: () => {},
      revision: 0,
      lastSent: null,
      lastText: '',
      lastSelection: null,
      lastDraftRevision: 0,
      lastSentRevision: 0,
    };
    attached.unsubscribe = handle.subscribe((cause) => onChange(attached, cause));
    active = attached;
    if (!submitHooked) {
      doc.addEventListener('submit', onSubmit, true);
      submitHooked = true;
    }
    const rootDoc = handle.root.ownerDocument;
    if (rootDoc !== doc) rootDoc.addEventListener('submit', onSubmit, true);
    threadFor(handle.root, true);
    env.observer?.attached(attached.id, handle);
    sendSnapshot(true);
  };

  const stopFocus = watchFocus(doc, attach);

  const applyEdit = async (command: EditCommand): Promise<ApplyResult> => {
    const current = active;
    if (!current || current.id !== command.editorId || !current.handle.root.isConnected) {
      return { ok: false, reason: 'no-editor' };
    }
    const { handle } = current;
    if (isOptedOut(handle.root)) return { ok: false, reason: 'opted-out' };
    if (handle.composing) return { ok: false, reason: 'composing' };
    const reading = handle.read();
    let request: { start: number; end: number; text: string };
    if (command.op === 'insert') {
      // At the caret (the last one seen when focus has left), else at the end.
      const at = Math.min((reading.selection ?? current.lastSelection)?.end ?? Infinity, reading.text.length);
      request = { start: at, end: at, text: command.text };
    } else {
      const { start, end } = command.span;
      if (!(start >= 0 && end >= start && end <= reading.text.length))
        return { ok: false, reason: 'stale', draft: reading.text };
      if (reading.text.slice(start, end) !== command.expected)
        return { ok: false, reason: 'stale', draft: reading.text };
      request = { start, end, text: command.text };
    }
    const result = await handle.write(request);
    scheduler.flush();
    sendSnapshot();
    return result;
  };

  return {
    applyEdit,
    useSelectionAsCustomer(text: string) {
      const customer = env.customerFromSelection(text);
      if (!customer) return;
      customerOverride = { url: win.location.href, customer };
      sendSnapshot(true);
    },
    stop() {
      win.cancelIdleCallback(rereading);
      stopFocus();
      scheduler.cancel();
      active?.unsubscribe();
      active = null;
      doc.removeEventListener('submit', onSubmit, true);
    },
  };
}
