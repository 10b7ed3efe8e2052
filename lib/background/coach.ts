/**
 * The coach in the background worker: analyses each routed draft snapshot, keeps the latest analysis per window
 * (in session storage, so it survives the worker being stopped), sets the action badge to the number of open
 * findings, tells open panels, turns a sent reply into a progress record (counters only), and turns a review
 * reported by the panel into the reply's reviewed record (one per draft session, lib/progress/review.ts).
 *
 * Why here and not in the panel: the badge and the progress records need the analysis while no panel is open,
 * and one analysis per snapshot serves every panel. The worker's thread is not the page's, so typing never waits.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { AnalyzeInput, Report } from '../coach/types';
import {
  onMessage,
  sendMessage,
  type CoachState,
  type DraftReviewed,
  type DraftSent,
  type RoutedSnapshot,
} from '../messaging/protocol';
import { hash53 } from '../report-view/finding-key';
import { SerialQueue } from '../serial-queue';
import { useSelectionAsCustomer } from './routing';
import { openCoachPanel } from './open-panel';
import { openFindingCount, type Ignored } from '../report-view/selectors';
import { addRecord } from '../progress/store';
import { toReplyRecord, type ReplyRecord } from '../progress/record';
import { endDraftSession, isBlankDraft, noteReview, type DraftSessions } from '../progress/review';
import { teamGuidelinesItem } from '../sync/store';
import { withStressMark, type StressMark } from '../lessons/human-touch';
import { scoredCustomer } from '../helpdesks/confidence';
import {
  disabledRulesItem,
  ignoredFindingsItem,
  ignoredRulesItem,
  personalPack,
  phrasingItem,
  stressMarksItem,
} from '../settings/items';

/** Latest analysis per window id; storage.session lives as long as the browser session, not the worker. */
export const coachStatesItem = storage.defineItem<Record<string, CoachState>>('session:coach.windows', {
  fallback: {},
});

/** Suggestions the agent inserted or applied per editor since its last sent reply. */
export const appliedCountsItem = storage.defineItem<Record<string, number>>('session:coach.applied', {
  fallback: {},
});

/** Open draft sessions per editor (ids only): a reviewed reply's event id must outlive the worker. */
export const draftSessionsItem = storage.defineItem<DraftSessions>('session:coach.draftSessions', { fallback: {} });

export type SelectionResult = { ok: boolean; reason?: 'no-tab' | 'no-selection' | 'failed' };

export interface CoachDeps {
  analyze: (input: AnalyzeInput) => Report;
  /** Subscribes to every snapshot the router stores. */
  onRoutedSnapshot: (listener: (snapshot: RoutedSnapshot) => void) => unknown;
  /** Subscribes to sent replies, with the window they came from when the router knows it. */
  onDraftSent: (listener: (sent: DraftSent & { windowId?: number }) => void) => unknown;
  /** Subscribes to edits written at the agent's request; the worker is the only writer of the applied counts. */
  onEditApplied?: (listener: (applied: { editorId: string }) => void) => unknown;
  now?: () => number;
  newId?: () => string;
  /** Called with each stored record (sync queues its counters for the team backend). */
  onRecord?: (record: ReplyRecord) => Promise<void>;
  /**
   * Called with a reviewed reply's record, whose id is its draft session's (the same for every review of one
   * reply); `first` for the reply's first review. Not stored with the sent records: local progress counts replies.
   */
  onReviewed?: (record: ReplyRecord, review: { first: boolean }) => Promise<void>;
  /** Called with every new or recounted analysis and the agent's ignores (inline display in the page). */
  onState?: (state: CoachState, ignored: Ignored) => void;
}

export interface Coach {
  /** Resolves when every analysis and write scheduled so far is done (tests, benchmarks). */
  idle(): Promise<void>;
  state(windowId: number): CoachState | null;
  /** Removes every listener and watcher (tests; a worker simply stops). */
  stop(): void;
}

const BADGE_COLOR = '#3d5a80';
/**
 * A report per keystroke would be a storage write per keystroke (each serialises every window's report on the
 * worker's thread, ≈1 ms, in the way of the next analysis): persist once typing pauses this long, and at least this
 * often while it goes on. An idle worker is stopped only after 30 s, so nothing is lost waiting.
 */
const PERSIST_QUIET_MS = 500;
const PERSIST_MAX_WAIT_MS = 2000;

export function badgeText(openFindings: number): string {
  if (openFindings <= 0) return '';
  return openFindings > 99 ? '99+' : String(openFindings);
}

/** Drops snapshots older than the one already seen for the same editor (messages can arrive out of order). */
export function isNewer(previous: RoutedSnapshot | undefined, next: RoutedSnapshot): boolean {
  return !previous || previous.editorId !== next.editorId || next.revision > previous.revision;
}

/** Identifies a ticket for the wellbeing run without keeping its words. */
export function ticketKey(snapshot: RoutedSnapshot): string {
  return hash53(`${snapshot.tabId}\u0000${snapshot.editorId}\u0000${snapshot.customer?.text.slice(0, 400) ?? ''}`);
}

interface CoachSettings {
  input: Pick<AnalyzeInput, 'guidelines' | 'disabledRules'>;
  ignored: Ignored;
}

async function readCoachSettings(): Promise<CoachSettings> {
  const [disabled, phrasing, rules, findings, team] = await Promise.all([
    disabledRulesItem.getValue(),
    phrasingItem.getValue(),
    ignoredRulesItem.getValue(),
    ignoredFindingsItem.getValue(),
    teamGuidelinesItem.getValue(),
  ]);
  const pack = personalPack(phrasing);
  // The team's published packs (cached by sync, so they apply offline too), then the agent's own phrasing.
  return {
    input: { disabledRules: disabled, guidelines: [...(team?.packs ?? []), ...(pack ? [pack] : [])] },
    ignored: { rules, findings },
  };
}

function analyzeSnapshot(analyze: CoachDeps['analyze'], snapshot: RoutedSnapshot, settings: CoachSettings): CoachState {
  const customer = scoredCustomer(snapshot.customer);
  const report = analyze({
    draft: snapshot.draft,
    customer: customer?.text ?? null,
    customerName: customer?.name ?? null,
    ...settings.input,
  });
  return {
    windowId: snapshot.windowId,
    snapshot,
    report,
    openFindings: openFindingCount(report, snapshot.draft, settings.ignored),
  };
}

/**
 * The action badge of each tab, set only when its text changes: two extension API calls per keystroke are two
 * serialised messages to the browser process, and the count changes on few keystrokes. Keyed by editor too: a page
 * loaded in the tab (a new content script, a new editor id) may have reset the tab's badge.
 */
function createBadges() {
  const shown = new Map<number, string>();
  return async function setBadge(state: CoachState): Promise<void> {
    const { tabId, editorId } = state.snapshot;
    const text = badgeText(state.openFindings);
    const key = `${editorId}\u0000${text}`;
    if (shown.get(tabId) === key) return;
    shown.set(tabId, key);
    // A closed tab has no badge to set; nothing to do then.
    await browser.action.setBadgeText({ tabId, text }).catch(() => {});
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }).catch(() => {});
  };
}

type SetBadge = ReturnType<typeof createBadges>;

/**
 * What the browser (or the messaging library, or WXT's fake browser) answers when no extension page listens for the
 * message: no panel is open, or only pages without a `coachUpdated` handler. That is normal, not an error.
 */
const NO_RECEIVER = /Receiving end does not exist|No listeners available|No response/;

/**
 * Every open panel is told about `state` without waiting for its answer: a panel's reply comes only after its render,
 * and the next keystroke's analysis must not queue behind it (nor behind a panel that never answers). Messages still
 * leave in order, since each is sent when its analysis is done.
 */
function tellPanels(state: CoachState): void {
  sendMessage('coachUpdated', state).catch((error: unknown) => {
    if (!NO_RECEIVER.test(error instanceof Error ? error.message : String(error)))
      console.error('[attune] coachUpdated:', error);
  });
}

/** The action badge and every open panel show `state`. */
async function showState(state: CoachState, setBadge: SetBadge): Promise<void> {
  tellPanels(state);
  await setBadge(state);
}

/**
 * The stress marks, read from storage once and then kept in memory (the coach is their only writer), so a
 * keystroke whose customer's distress is already marked costs no storage read.
 */
function createStressBook(now: () => number) {
  let marks: Promise<StressMark[]> | null = null;
  const current = () => (marks ??= stressMarksItem.getValue());
  const stopWatching = stressMarksItem.watch((next) => {
    marks = Promise.resolve(next ?? []);
  });
  return {
    async note(snapshot: RoutedSnapshot, report: Report): Promise<void> {
      if (!report.customer) return;
      const distress = Math.round(report.customer.distress * 100) / 100;
      const ticket = ticketKey(snapshot);
      const known = (await current()).find((m) => m.ticket === ticket);
      if (known && known.distress === distress) return;
      const next = withStressMark(await current(), { ticket, distress, at: known?.at ?? now() });
      marks = Promise.resolve(next);
      await stressMarksItem.setValue(next);
    },
    stop: stopWatching,
  };
}

/**
 * The latest state per window, persisted once the analyses pause (see PERSIST_QUIET_MS). Writes run in their own
 * queue, beside the analyses: a storage write must not delay the next keystroke's analysis. Serialising the states
 * still holds the worker's thread, so while typing goes on the overdue write is made at once when an analysis has
 * just been delivered (`soon` is called then), the moment the next snapshot is furthest away, not by a timer that
 * may fire as a snapshot arrives.
 */
function createStatePersistence(states: ReadonlyMap<number, CoachState>) {
  const writes = new SerialQueue();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPendingAt = 0;
  const persist = () => {
    const snapshot = Object.fromEntries([...states].map(([id, s]) => [String(id), s]));
    writes
      .run(() => coachStatesItem.setValue(snapshot))
      .catch((error: unknown) => console.error('[attune] coach persist:', error));
  };
  return {
    soon(): void {
      const at = Date.now();
      if (timer) clearTimeout(timer);
      else firstPendingAt = at;
      if (at - firstPendingAt >= PERSIST_MAX_WAIT_MS) {
        timer = null;
        persist();
        return;
      }
      timer = setTimeout(() => {
        timer = null;
        persist();
      }, PERSIST_QUIET_MS);
    },
    /** Writes now what is waiting for the timer. */
    async flush(): Promise<void> {
      if (timer) {
        clearTimeout(timer);
        timer = null;
        persist();
      }
      await writes.settled();
    },
    stop(): void {
      if (timer) clearTimeout(timer);
    },
  };
}

/** Open draft sessions, kept in memory and written through in order (a send, an emptied draft, a review: rare). */
function createSessionBook() {
  const writes = new SerialQueue();
  let sessions: DraftSessions = {};
  return {
    get current(): DraftSessions {
      return sessions;
    },
    /** Sessions saved by an earlier worker, under any this worker has already opened. */
    async hydrate(): Promise<void> {
      sessions = { ...(await draftSessionsItem.getValue()), ...sessions };
    },
    set(next: DraftSessions): void {
      if (next === sessions) return;
      sessions = next;
      writes
        .run(() => draftSessionsItem.setValue(sessions))
        .catch((error: unknown) => console.error('[attune] coach sessions:', error));
    },
    settled: () => writes.settled(),
  };
}

function replyRecordOf(
  state: CoachState,
  fields: { id: string; at: number; editorId: string },
  applied: Record<string, number>,
): ReplyRecord {
  return toReplyRecord(state.report, {
    id: fields.id,
    at: fields.at,
    site: state.snapshot.site,
    suggestionsApplied: applied[fields.editorId] ?? 0,
  });
}

type SessionBook = ReturnType<typeof createSessionBook>;

/** What turning a sent or reviewed reply into a record reads. */
interface RecordContext {
  states: ReadonlyMap<number, CoachState>;
  sessions: SessionBook;
  now: () => number;
  newId: () => string;
  deps: Pick<CoachDeps, 'onRecord' | 'onReviewed'>;
}

/** A sent reply: a progress record of its last analysis, and its applied count starts again. */
async function recordSent(
  { states, sessions, now, newId, deps }: RecordContext,
  sent: DraftSent & { windowId?: number },
): Promise<void> {
  sessions.set(endDraftSession(sessions.current, sent.editorId, sent.revision, now()));
  const state = [...states.values()].find(
    (s) => s.snapshot.editorId === sent.editorId && (sent.windowId === undefined || s.windowId === sent.windowId),
  );
  if (!state) return;
  const applied = await appliedCountsItem.getValue();
  const record = replyRecordOf(state, { id: newId(), at: sent.at || now(), editorId: sent.editorId }, applied);
  await addRecord(record);
  await deps.onRecord?.(record).catch((error: unknown) => console.error('[attune] sync record:', error));
  const rest = { ...applied };
  delete rest[sent.editorId];
  await appliedCountsItem.setValue(rest);
}

/** A review the panel reported: the reply's reviewed record, one per draft session. */
async function recordReviewed(
  { states, sessions, now, newId, deps }: RecordContext,
  review: DraftReviewed,
): Promise<{ recorded: boolean }> {
  const state = states.get(review.windowId);
  // The window moved on to another editor, or the draft is gone: there is no reply to review any more.
  if (!state || state.snapshot.editorId !== review.editorId || isBlankDraft(state.snapshot.draft))
    return { recorded: false };
  const decision = noteReview(sessions.current, review.editorId, review.revision, now(), newId);
  if (decision.status === 'late') return { recorded: false };
  sessions.set(decision.sessions);
  const applied = await appliedCountsItem.getValue();
  const record = replyRecordOf(state, { id: decision.sessionId, at: now(), editorId: review.editorId }, applied);
  await deps
    .onReviewed?.(record, { first: decision.status === 'first' })
    .catch((error: unknown) => console.error('[attune] sync review:', error));
  return { recorded: true };
}

async function countApplied(editorId: string): Promise<void> {
  const counts = await appliedCountsItem.getValue();
  await appliedCountsItem.setValue({ ...counts, [editorId]: (counts[editorId] ?? 0) + 1 });
}

/** The selected text of the window's coached tab (or its active tab) becomes the customer message. */
async function useSelection(windowId: number, coachedTabId: number | undefined): Promise<SelectionResult> {
  const tabId = coachedTabId ?? (await browser.tabs.query({ active: true, windowId }))[0]?.id;
  if (tabId === undefined) return { ok: false, reason: 'no-tab' };
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      func: () => globalThis.getSelection?.()?.toString() ?? '',
    });
    const hit = results.find((r) => typeof r.result === 'string' && r.result.trim() !== '');
    if (!hit) return { ok: false, reason: 'no-selection' };
    await useSelectionAsCustomer(tabId, windowId, hit.frameId, String(hit.result));
    return { ok: true };
  } catch (error) {
    console.error('[attune] use selection:', error);
    return { ok: false, reason: 'failed' };
  }
}

export function startCoach(deps: CoachDeps): Coach {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const states = new Map<number, CoachState>();
  /** Latest unanalysed snapshot per window: a burst of keystrokes costs one analysis. */
  const pending = new Map<number, RoutedSnapshot>();
  let settings: CoachSettings = { input: {}, ignored: { rules: [], findings: [] } };
  /** Analyses, recounts and records, in the order their causes arrived. */
  const work = new SerialQueue();
  const persistence = createStatePersistence(states);
  const sessions = createSessionBook();
  const setBadge = createBadges();
  const stress = createStressBook(now);

  const chain = (task: () => Promise<void>) =>
    work.run(task).catch((error: unknown) => console.error('[attune] coach:', error));
  const loadSettings = async () => {
    settings = await readCoachSettings();
  };

  const hydrated = (async () => {
    const saved = await coachStatesItem.getValue();
    for (const state of Object.values(saved)) if (!states.has(state.windowId)) states.set(state.windowId, state);
    await sessions.hydrate();
    await loadSettings();
  })();

  async function drain(windowId: number) {
    const snapshot = pending.get(windowId);
    if (!snapshot) return;
    pending.delete(windowId);
    const state = analyzeSnapshot(deps.analyze, snapshot, settings);
    states.set(windowId, state);
    // First: the page's highlights are what the agent is looking at.
    deps.onState?.(state, settings.ignored);
    await Promise.all([showState(state, setBadge), stress.note(snapshot, state.report)]);
    persistence.soon();
  }

  function schedule(snapshot: RoutedSnapshot) {
    // An emptied draft ends the reply: what the agent writes next is another reply, reviewed afresh.
    if (isBlankDraft(snapshot.draft)) {
      void hydrated.then(() =>
        sessions.set(endDraftSession(sessions.current, snapshot.editorId, snapshot.revision, now())),
      );
    }
    const current = pending.get(snapshot.windowId) ?? states.get(snapshot.windowId)?.snapshot;
    if (!isNewer(current, snapshot)) return;
    const alreadyQueued = pending.has(snapshot.windowId);
    pending.set(snapshot.windowId, snapshot);
    if (!alreadyQueued) {
      void chain(async () => {
        await hydrated;
        await drain(snapshot.windowId);
      });
    }
  }

  async function reanalyzeAll() {
    await loadSettings();
    for (const state of [...states.values()]) {
      pending.set(state.windowId, state.snapshot);
      await drain(state.windowId);
    }
  }

  async function recount() {
    await loadSettings();
    for (const state of [...states.values()]) {
      const openFindings = openFindingCount(state.report, state.snapshot.draft, settings.ignored);
      // An ignore changes which findings the page shows even when the count stays the same.
      deps.onState?.(state, settings.ignored);
      if (openFindings === state.openFindings) continue;
      const next = { ...state, openFindings };
      states.set(state.windowId, next);
      await showState(next, setBadge);
    }
    persistence.soon();
  }

  const stops: Array<() => void> = [];
  const unsubscribe = (value: unknown) => {
    if (typeof value === 'function') stops.push(value as () => void);
  };
  unsubscribe(deps.onRoutedSnapshot(schedule));
  const records: RecordContext = { states, sessions, now, newId, deps };
  unsubscribe(
    deps.onDraftSent(
      (sent) =>
        void chain(async () => {
          await hydrated;
          await recordSent(records, sent);
        }),
    ),
  );
  unsubscribe(deps.onEditApplied?.(({ editorId }) => void chain(() => countApplied(editorId))));
  stops.push(
    onMessage('latestCoach', async ({ data }) => {
      await hydrated;
      await work.settled();
      return states.get(data.windowId) ?? null;
    }),
    onMessage('draftReviewed', async ({ data }) => {
      // After the analyses already scheduled, so the review is recorded with the report the panel was showing.
      let result = { recorded: false };
      await chain(async () => {
        await hydrated;
        result = await recordReviewed(records, data);
      });
      return result;
    }),
    onMessage('useSelectionInWindow', async ({ data }) => {
      await hydrated;
      return useSelection(data.windowId, states.get(data.windowId)?.snapshot.tabId);
    }),
    disabledRulesItem.watch(() => void chain(reanalyzeAll)),
    phrasingItem.watch(() => void chain(reanalyzeAll)),
    teamGuidelinesItem.watch((next, previous) => {
      // Every 30 s check rewrites checkedAt; re-analyse only when the packs themselves changed.
      if (next?.etag !== previous?.etag) void chain(reanalyzeAll);
    }),
    ignoredRulesItem.watch(() => void chain(recount)),
    ignoredFindingsItem.watch(() => void chain(recount)),
  );

  return {
    async idle() {
      await hydrated;
      await work.idle();
      await persistence.flush();
      await sessions.settled();
    },
    state: (windowId) => states.get(windowId) ?? null,
    stop() {
      stops.forEach((stop) => stop());
      persistence.stop();
      stress.stop();
    },
  };
}

/** The `open-coach` keyboard command opens the coach (side panel or sidebar) in the window it was pressed in. */
export function listenForOpenCommand(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'open-coach' || !tab) return;
    // The panel may only open inside the command's user gesture: nothing awaited before it.
    void openCoachPanel(tab).catch((error: unknown) => console.error('[attune] open coach:', error));
  });
}
