/**
 * "Reviewed" replies, as pure logic: when the agent looked at a draft's coaching, and which draft session a review
 * belongs to. Two halves:
 *
 * - `createReviewWatcher` runs in the side panel, the only place that knows the agent can see the report. A draft
 *   is reviewed when the panel shows its report and the agent acts on it (applies, inserts or ignores), or when the
 *   draft settles — no change to its text for SETTLE_MS — while the panel stays visible. Selection moves are not
 *   edits, and a hidden panel restarts the wait: the report must have been on screen for the whole quiet period.
 * - The draft-session functions run in the background worker. A session is one reply: the same editor from its
 *   first reviewed revision until the reply is sent or the draft is emptied. Its id is the reviewed event's id, so
 *   reviewing the same reply again updates one event instead of adding another; a review that arrives for a
 *   revision at or before the end of the last session (it raced a send) is dropped.
 */

/** Runs on every draft snapshot: stops at the first visible character instead of copying the draft as trim() does. */
export const isBlankDraft = (draft: string): boolean => !/\S/.test(draft);

/** Long enough that a pause between sentences is not a review, short enough that a read-through is. */
export const SETTLE_MS = 3_000;

export type ReviewReason = 'acted' | 'settled';

export interface ReviewTarget {
  windowId: number;
  editorId: string;
  revision: number;
}

/** What the panel shows: the draft of its window's latest analysis, or nothing. */
export interface ShownDraft extends ReviewTarget {
  draft: string;
}

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ReviewWatcher {
  /** The panel now shows this analysis (null or an empty draft: nothing to review). */
  show(shown: ShownDraft | null): void;
  /** The panel became visible or hidden (document visibility). */
  visible(isVisible: boolean): void;
  /** The agent applied, inserted or ignored a suggestion on the shown draft. */
  acted(): void;
  dispose(): void;
}

export function createReviewWatcher(options: {
  onReviewed: (target: ReviewTarget, reason: ReviewReason) => void;
  visible: boolean;
  settleMs?: number;
  timers?: Timers;
}): ReviewWatcher {
  const settleMs = options.settleMs ?? SETTLE_MS;
  const timers: Timers = options.timers ?? {
    setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  let isVisible = options.visible;
  let current: ShownDraft | null = null;
  /** The settle review is reported once per draft text: an unchanged draft has nothing new to review. */
  let settledReported = false;
  let timer: unknown = null;

  const stop = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };

  const report = (shown: ShownDraft, reason: ReviewReason) => {
    const { windowId, editorId, revision } = shown;
    options.onReviewed({ windowId, editorId, revision }, reason);
  };

  const arm = () => {
    stop();
    if (!isVisible || !current || settledReported) return;
    timer = timers.setTimeout(() => {
      timer = null;
      if (!isVisible || !current || settledReported) return;
      settledReported = true;
      report(current, 'settled');
    }, settleMs);
  };

  return {
    show(shown) {
      if (!shown || isBlankDraft(shown.draft)) {
        current = null;
        stop();
        return;
      }
      const edited =
        !current ||
        current.editorId !== shown.editorId ||
        current.windowId !== shown.windowId ||
        current.draft !== shown.draft;
      current = shown;
      if (!edited) return; // a selection move: same text, the quiet period goes on
      settledReported = false;
      arm();
    },
    visible(next) {
      if (next === isVisible) return;
      isVisible = next;
      if (isVisible) arm();
      else stop();
    },
    acted() {
      if (current) report(current, 'acted');
    },
    dispose() {
      stop();
      current = null;
    },
  };
}

// ---- draft sessions (background) ----

export interface DraftSessionState {
  /** The last revision of this editor that ended a reply (sent, or the draft emptied); reviews at or before it are late. */
  endedAt: number;
  /** The open session, if this reply has been reviewed. */
  session: { id: string; firstRevision: number } | null;
  /** Epoch ms of the last change, to forget long-gone editors first. */
  touchedAt: number;
}

export type DraftSessions = Readonly<Record<string, DraftSessionState>>;

/** Editors remembered at most; an editor's entry only matters while a reply in it is open or just ended. */
export const MAX_DRAFT_SESSIONS = 200;

function withEntry(sessions: DraftSessions, editorId: string, entry: DraftSessionState): DraftSessions {
  const next: Record<string, DraftSessionState> = { ...sessions, [editorId]: entry };
  const ids = Object.keys(next);
  if (ids.length > MAX_DRAFT_SESSIONS) {
    const oldest = ids
      .sort((a, b) => next[a]!.touchedAt - next[b]!.touchedAt)
      .slice(0, ids.length - MAX_DRAFT_SESSIONS);
    for (const id of oldest) delete next[id];
  }
  return next;
}

/**
 * The reply in `editorId` ended at `revision` (sent, or its draft emptied). Returns the same object when nothing
 * changed, so callers can skip a storage write.
 */
export function endDraftSession(
  sessions: DraftSessions,
  editorId: string,
  revision: number,
  now: number,
): DraftSessions {
  const entry = sessions[editorId];
  if (entry && entry.session === null && entry.endedAt >= revision) return sessions;
  return withEntry(sessions, editorId, {
    endedAt: Math.max(entry?.endedAt ?? 0, revision),
    session: null,
    touchedAt: now,
  });
}

export type ReviewDecision =
  { status: 'late' } | { status: 'first' | 'again'; sessionId: string; sessions: DraftSessions };

/** A review of `revision` in `editorId`: the session it belongs to (opened now if this is the reply's first review). */
export function noteReview(
  sessions: DraftSessions,
  editorId: string,
  revision: number,
  now: number,
  newId: () => string,
): ReviewDecision {
  const entry = sessions[editorId];
  if (entry && revision <= entry.endedAt) return { status: 'late' };
  if (entry?.session) {
    return {
      status: 'again',
      sessionId: entry.session.id,
      sessions: withEntry(sessions, editorId, { ...entry, touchedAt: now }),
    };
  }
  const session = { id: newId(), firstRevision: revision };
  return {
    status: 'first',
    sessionId: session.id,
    sessions: withEntry(sessions, editorId, { endedAt: entry?.endedAt ?? 0, session, touchedAt: now }),
  };
}
