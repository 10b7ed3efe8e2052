/**
 * What counts as a reviewed reply: the panel-side watcher (acted on, or settled while the panel is visible) with
 * fake timers, and the background's draft sessions (one id per reply, late reviews dropped).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  createReviewWatcher,
  endDraftSession,
  MAX_DRAFT_SESSIONS,
  noteReview,
  SETTLE_MS,
  type DraftSessions,
  type ReviewReason,
  type ReviewTarget,
  type ShownDraft,
} from '../../lib/progress/review';

const shown = (revision: number, draft: string, editorId = 'ed-1', windowId = 1): ShownDraft => ({
  windowId,
  editorId,
  revision,
  draft,
});

describe('review watcher (panel)', () => {
  let reviews: Array<[ReviewTarget, ReviewReason]>;
  beforeEach(() => {
    vi.useFakeTimers();
    reviews = [];
  });
  afterEach(() => vi.useRealTimers());

  const watcher = (visible = true) =>
    createReviewWatcher({ visible, onReviewed: (target, reason) => reviews.push([target, reason]) });

  test('a draft that stays unchanged for the settle time with the panel visible is reviewed, once', () => {
    const w = watcher();
    w.show(shown(1, 'Hi Ana'));
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(reviews).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(reviews).toEqual([[{ windowId: 1, editorId: 'ed-1', revision: 1 }, 'settled']]);
    vi.advanceTimersByTime(SETTLE_MS * 5);
    expect(reviews).toHaveLength(1);
  });

  test('typing restarts the wait; a selection move (same text) does not', () => {
    const w = watcher();
    w.show(shown(1, 'Hi'));
    vi.advanceTimersByTime(SETTLE_MS - 500);
    w.show(shown(2, 'Hi Ana'));
    vi.advanceTimersByTime(SETTLE_MS - 500);
    expect(reviews).toEqual([]);
    w.show(shown(3, 'Hi Ana')); // the caret moved: a new revision, the same draft
    vi.advanceTimersByTime(500);
    expect(reviews).toEqual([[{ windowId: 1, editorId: 'ed-1', revision: 3 }, 'settled']]);
  });

  test('edited again after a review, the draft is reviewed again when it settles', () => {
    const w = watcher();
    w.show(shown(1, 'Hi Ana'));
    vi.advanceTimersByTime(SETTLE_MS);
    w.show(shown(2, 'Hi Ana, sorry'));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(reviews.map(([t]) => t.revision)).toEqual([1, 2]);
  });

  test('a hidden panel reviews nothing; becoming visible starts a full settle period', () => {
    const w = watcher(false);
    w.show(shown(1, 'Hi Ana'));
    vi.advanceTimersByTime(SETTLE_MS * 3);
    expect(reviews).toEqual([]);
    w.visible(true);
    vi.advanceTimersByTime(SETTLE_MS - 1);
    w.visible(false);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(reviews).toEqual([]);
    w.visible(true);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(reviews).toEqual([[{ windowId: 1, editorId: 'ed-1', revision: 1 }, 'settled']]);
  });

  test('acting on a suggestion is a review at once, every time', () => {
    const w = watcher();
    w.show(shown(4, 'Hi Ana'));
    w.acted();
    w.acted();
    expect(reviews).toEqual([
      [{ windowId: 1, editorId: 'ed-1', revision: 4 }, 'acted'],
      [{ windowId: 1, editorId: 'ed-1', revision: 4 }, 'acted'],
    ]);
  });

  test('an empty draft, no analysis or a disposed watcher is never reviewed', () => {
    const w = watcher();
    w.show(shown(1, '   \n'));
    w.acted();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    w.show(null);
    w.acted();
    w.show(shown(2, 'Hi Ana'));
    w.dispose();
    w.acted();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(reviews).toEqual([]);
  });

  test('the draft emptied before it settled (sent or cleared): no review', () => {
    const w = watcher();
    w.show(shown(1, 'Hi Ana, your refund is on its way.'));
    vi.advanceTimersByTime(SETTLE_MS - 100);
    w.show(shown(2, ''));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(reviews).toEqual([]);
  });

  test('another editor is another draft: its own settle period', () => {
    const w = watcher();
    w.show(shown(1, 'Same text'));
    vi.advanceTimersByTime(SETTLE_MS);
    w.show(shown(1, 'Same text', 'ed-2'));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(reviews.map(([t]) => t.editorId)).toEqual(['ed-1', 'ed-2']);
  });
});

describe('draft sessions (background)', () => {
  let n = 0;
  const newId = () => `session-${++n}`;
  beforeEach(() => {
    n = 0;
  });

  test('reviews of one reply share one session id; the send ends it and the next reply gets a new one', () => {
    let sessions: DraftSessions = {};
    const first = noteReview(sessions, 'ed-1', 3, 100, newId);
    expect(first).toMatchObject({ status: 'first', sessionId: 'session-1' });
    if (first.status === 'late') throw new Error('unexpected');
    sessions = first.sessions;
    const again = noteReview(sessions, 'ed-1', 7, 200, newId);
    expect(again).toMatchObject({ status: 'again', sessionId: 'session-1' });
    if (again.status === 'late') throw new Error('unexpected');
    sessions = endDraftSession(again.sessions, 'ed-1', 9, 300);
    // A review the panel made before the send, arriving after it, belongs to the sent reply: dropped.
    expect(noteReview(sessions, 'ed-1', 9, 310, newId)).toEqual({ status: 'late' });
    expect(noteReview(sessions, 'ed-1', 12, 400, newId)).toMatchObject({ status: 'first', sessionId: 'session-2' });
  });

  test('an emptied draft ends the session too; ending an ended session changes nothing', () => {
    const opened = noteReview({}, 'ed-1', 2, 100, newId);
    if (opened.status === 'late') throw new Error('unexpected');
    const ended = endDraftSession(opened.sessions, 'ed-1', 5, 200);
    expect(ended['ed-1']).toEqual({ endedAt: 5, session: null, touchedAt: 200 });
    expect(endDraftSession(ended, 'ed-1', 4, 300)).toBe(ended);
    expect(endDraftSession(ended, 'ed-1', 5, 300)).toBe(ended);
    expect(endDraftSession(ended, 'ed-1', 6, 300)['ed-1']?.endedAt).toBe(6);
  });

  test('editors are independent', () => {
    const a = noteReview({}, 'ed-a', 1, 100, newId);
    if (a.status === 'late') throw new Error('unexpected');
    const b = noteReview(endDraftSession(a.sessions, 'ed-x', 50, 100), 'ed-b', 1, 100, newId);
    expect(b).toMatchObject({ status: 'first', sessionId: 'session-2' });
  });

  test(`at most ${MAX_DRAFT_SESSIONS} editors are remembered, the least recently touched forgotten first`, () => {
    let sessions: DraftSessions = {};
    for (let i = 0; i < MAX_DRAFT_SESSIONS + 5; i++) sessions = endDraftSession(sessions, `ed-${i}`, 1, i);
    expect(Object.keys(sessions)).toHaveLength(MAX_DRAFT_SESSIONS);
    expect(sessions['ed-0']).toBeUndefined();
    expect(sessions[`ed-${MAX_DRAFT_SESSIONS + 4}`]).toBeDefined();
  });
});
