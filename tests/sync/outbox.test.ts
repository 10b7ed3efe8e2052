/** The outbox's pure functions, the backoff math and the record → event mapping (what may leave the device). */
import { describe, expect, test } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffDelay, retryAfterMs } from '../../lib/sync/backoff';
import { parseInviteLink, normalizeBackendUrl } from '../../lib/sync/client';
import { eventRuleCounts, toProgressEvent } from '../../lib/sync/events';
import {
  acknowledge,
  EMPTY_OUTBOX,
  enqueue,
  enqueueLatest,
  markInFlight,
  nextBatch,
  recordFailure,
  releaseStale,
} from '../../lib/sync/outbox';
import { progressEventSchema } from '../../server/validation/events';
import { makeRecord } from '../progress/records';

const ev = (i: number) => toProgressEvent(makeRecord(i, Date.UTC(2026, 0, 1) + i));

describe('backoff', () => {
  test('doubles per attempt, jitters within the upper half of the window, and stops at the cap', () => {
    expect(backoffDelay(1, 0)).toBe(BACKOFF_BASE_MS / 2);
    expect(backoffDelay(1, 0.999999)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelay(2, 0)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelay(4, 0.5)).toBe(Math.round(BACKOFF_BASE_MS * 8 * 0.75));
    for (const attempt of [20, 60, 1000]) {
      expect(backoffDelay(attempt, 0)).toBe(BACKOFF_CAP_MS / 2);
      expect(backoffDelay(attempt, 1)).toBe(BACKOFF_CAP_MS);
    }
  });

  test('different random draws give different delays (no lockstep retries)', () => {
    const delays = new Set([0.1, 0.3, 0.6, 0.9].map((r) => backoffDelay(5, r)));
    expect(delays.size).toBe(4);
  });

  test('Retry-After in seconds or as an HTTP date', () => {
    expect(retryAfterMs('30', 0)).toBe(30_000);
    expect(retryAfterMs(new Date(90_000).toUTCString(), 30_000)).toBe(60_000);
    expect(retryAfterMs('soon', 0)).toBeNull();
    expect(retryAfterMs(null, 0)).toBeNull();
  });
});

describe('outbox', () => {
  test('queues each event id once, oldest first, in batches', () => {
    let box = enqueue(EMPTY_OUTBOX, [ev(1), ev(2), ev(3)], 10);
    box = enqueue(box, [ev(2), ev(4)], 11);
    expect(box.entries.map((e) => e.event.id)).toEqual([ev(1), ev(2), ev(3), ev(4)].map((e) => e.id));
    expect(nextBatch(box, 3).map((e) => e.id)).toEqual([ev(1), ev(2), ev(3)].map((e) => e.id));
  });

  test('at the bound keeps the newest events and counts the dropped ones', () => {
    let box = EMPTY_OUTBOX;
    for (let i = 0; i < 12; i++) box = enqueue(box, [ev(i)], i, 5);
    expect(box.entries.map((e) => e.event.id)).toEqual([7, 8, 9, 10, 11].map((i) => ev(i).id));
    expect(box.dropped).toBe(7);
  });

  test('in-flight entries stay queued until acknowledged; a failure or a restart releases them', () => {
    let box = enqueue(EMPTY_OUTBOX, [ev(1), ev(2)], 0);
    box = markInFlight(box, [ev(1).id], 5);
    expect(box.entries[0]?.inFlightSince).toBe(5);
    expect(releaseStale(box).entries.every((e) => e.inFlightSince === undefined)).toBe(true);
    const failed = recordFailure(box, [ev(1).id], 100, 4000);
    expect(failed).toMatchObject({ failures: 1, retryAt: 4100 });
    expect(failed.entries).toHaveLength(2);
    const done = acknowledge(recordFailure(failed, [ev(1).id], 200, 8000), [ev(1)]);
    expect(done).toMatchObject({ failures: 0, retryAt: 0 });
    expect(done.entries.map((e) => e.event.id)).toEqual([ev(2).id]);
  });

  test('a review queued again replaces the queued one in place; replaced while in flight, it stays queued', () => {
    // One reply's review at three moments: same session id, later time, another score.
    const review = (score: number) => ({
      ...toProgressEvent({ ...makeRecord(7, Date.UTC(2026, 0, 1) + score), id: 'session-0007' }, 'reviewed'),
      score,
    });
    let box = enqueue(EMPTY_OUTBOX, [ev(1)], 0);
    const added = enqueueLatest(box, review(40), 1);
    expect(added.replaced).toBe(false);
    box = enqueueLatest(enqueue(added.outbox, [ev(2)], 2), review(55), 3).outbox;
    expect(box.entries.map((e) => [e.event.id, e.event.score])).toEqual([
      [ev(1).id, ev(1).score],
      [review(0).id, 55],
      [ev(2).id, ev(2).score],
    ]);
    // The flush sent the score-55 review; the agent reviewed again (70) before the server answered.
    const batch = nextBatch(box);
    box = markInFlight(
      box,
      batch.map((e) => e.id),
      10,
    );
    const replaced = enqueueLatest(box, review(70), 11);
    expect(replaced.replaced).toBe(true);
    expect(replaced.outbox.entries[1]?.inFlightSince).toBeUndefined();
    const acked = acknowledge(replaced.outbox, batch);
    expect(acked.entries.map((e) => [e.event.id, e.event.score])).toEqual([[review(0).id, 70]]);
  });
});

describe('record → event', () => {
  test('only counters leave: the event passes the server’s strict schema and carries no site, words or distress', () => {
    const event = toProgressEvent(makeRecord(1, Date.UTC(2026, 5, 1, 12)));
    expect(progressEventSchema.safeParse(event).success).toBe(true);
    expect(Object.keys(event).sort()).toEqual(
      [
        'checks',
        'engineVersion',
        'id',
        'kind',
        'occurredAt',
        'questions',
        'ruleCounts',
        'score',
        'suggestionsApplied',
      ].sort(),
    );
    expect(event.occurredAt).toBe('2026-06-01T12:00:00.000Z');
    expect(event.questions).toEqual({ asked: 2, unanswered: 1 });
  });

  test('rule counts keep only rule-id-shaped keys, at most 50, most frequent first', () => {
    const counts: Record<string, number> = { 'not a rule id': 3, 'tone/blame': 2, 'guideline/no-sorry': 5 };
    for (let i = 0; i < 60; i++) counts[`family/rule-${i}`] = 1;
    const out = eventRuleCounts(counts);
    expect(Object.keys(out)).toHaveLength(50);
    expect(Object.keys(out).slice(0, 2)).toEqual(['guideline/no-sorry', 'tone/blame']);
    expect(out).not.toHaveProperty('not a rule id');
  });
});

describe('connect input', () => {
  test('an invite link from the dashboard gives the backend URL and the code', () => {
    expect(parseInviteLink('https://team.example.com/#/join/ABCD-EFGH')).toEqual({
      backendUrl: 'https://team.example.com',
      code: 'ABCD-EFGH',
    });
    expect(parseInviteLink('https://team.example.com/')).toBeNull();
    expect(parseInviteLink('not a url')).toBeNull();
    expect(normalizeBackendUrl(' https://team.example.com/attune/ ')).toBe('https://team.example.com/attune');
    expect(() => normalizeBackendUrl('ftp://x')).toThrow(/https/);
    // Plain http only for a server on this computer: elsewhere the device token would cross the network in clear.
    expect(() => normalizeBackendUrl('http://team.example.com')).toThrow(/must use https:\/\/.*unencrypted/);
    expect(() => normalizeBackendUrl('http://10.0.0.5:8787')).toThrow(/must use https/);
    expect(normalizeBackendUrl('http://localhost:8787/')).toBe('http://localhost:8787');
    expect(normalizeBackendUrl('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
    expect(normalizeBackendUrl('http://[::1]:8787')).toBe('http://[::1]:8787');
    expect(normalizeBackendUrl('http://attune.localhost')).toBe('http://attune.localhost');
    expect(() => normalizeBackendUrl('http://localhost.evil.example')).toThrow(/must use https/);
  });
});

describe('team tips', () => {
  test('alternate days show a team tip, rotating; no team tips keeps the built-in tip', async () => {
    const { mixTeamTip } = await import('../../lib/sync/tips');
    const builtIn = {
      lesson: { id: 'acknowledgement', title: 'Built in', why: 'w', before: 'b', after: 'a' },
      because: 'c',
    };
    const tips = [1, 2].map((i) => ({ id: `t${i}`, title: `Team ${i}`, body: `Body ${i}`, tags: [], updatedAt: 0 }));
    const day = (n: number) => n * 86_400_000 + 3_600_000;
    expect(mixTeamTip(builtIn, [], day(1))).toBe(builtIn);
    expect(mixTeamTip(builtIn, tips, day(2))).toBe(builtIn);
    const shown = [1, 3, 5, 7].map((n) => mixTeamTip(builtIn, tips, day(n)).lesson.title);
    expect(shown).toEqual(['Team 1', 'Team 2', 'Team 1', 'Team 2']);
    expect(mixTeamTip(builtIn, tips, day(1))).toMatchObject({
      because: 'A tip from your team lead.',
      lesson: { why: 'Body 1' },
    });
  });
});
