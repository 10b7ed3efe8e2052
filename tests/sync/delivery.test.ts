/**
 * Sync against the REAL backend in process (the Hono app on a fresh SQLite database, called through
 * app.request), with real faults put in front of it: the backend down, 500s, 429 with Retry-After, timeouts,
 * slow answers, a worker stopped mid-flush, a revoked device, clock skew, and the outbox bound. Storage is WXT's
 * fakeBrowser; a "restart" is a second SyncService on the same storage, as a new worker would be.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createInvite } from '../../server/data/invites';
import { createSync, type SyncService } from '../../lib/sync/service';
import { connectionItem, outboxItem, syncStatusItem, teamGuidelinesItem, teamTipsItem } from '../../lib/sync/store';
import type { FetchLike } from '../../lib/sync/client';
import { createHarness, type Harness, type SeededTeam } from '../server/support/harness';
import { makeRecord } from '../progress/records';

const BACKEND = 'http://localhost';
const DAY = 86_400_000;

let h: Harness;
let team: SeededTeam;

beforeAll(async () => {
  h = await createHarness('sqlite');
  team = await h.seedTeam('Sync');
}, 60_000);
afterAll(async () => h?.close());
beforeEach(() => fakeBrowser.reset());

type Mode = 'up' | 'down' | 'error500' | 'busy429' | 'hang' | 'slow';

/** The real app behind a switchable fault; counts what actually reached it. */
function network() {
  const state = { mode: 'up' as Mode, reached: 0, attempts: 0 };
  const fetch: FetchLike = async (input, init) => {
    state.attempts += 1;
    switch (state.mode) {
      case 'down':
        throw new TypeError('Failed to fetch');
      case 'error500':
        return new Response(JSON.stringify({ error: 'internal', message: 'Something went wrong on the server.' }), {
          status: 500,
        });
      case 'busy429':
        return new Response('{}', { status: 429, headers: { 'retry-after': '120' } });
      case 'hang':
        return new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        });
      case 'slow':
        await new Promise((r) => setTimeout(r, 300));
        break;
      case 'up':
        break;
    }
    state.reached += 1;
    return h.app.request(input, init);
  };
  return { state, fetch };
}

async function inviteCode(): Promise<string> {
  const invite = await createInvite(
    h.deps,
    { teamId: team.teamId, createdBy: team.leadId, label: 'sync test', maxUses: 1, expiresInDays: 1 },
    Date.now(),
  );
  return invite.code;
}

async function connected(
  fetch: FetchLike,
  options: Partial<Parameters<typeof createSync>[0]> = {},
): Promise<{ sync: SyncService; memberId: string }> {
  const sync = createSync({ fetch, ...options });
  await sync.start();
  const connection = await sync.connect({
    backendUrl: `${BACKEND}/`,
    code: await inviteCode(),
    displayName: 'Sync Agent',
  });
  return { sync, memberId: connection.memberId };
}

async function serverEvents(memberId: string) {
  return h.database.db
    .selectFrom('events')
    .select(['client_event_id', 'occurred_at', 'received_at', 'day'])
    .where('member_id', '=', memberId)
    .orderBy('client_event_id')
    .execute();
}

const lead = (path: string, init: Parameters<Harness['request']>[1] = {}) =>
  h.request(`/api/teams/${team.teamId}${path}`, { cookie: team.leadCookie, ...init });

describe('sync against the real backend', () => {
  test('connects with an invite, stores the token, and fetches guidelines and tips with ETags (304 keeps the cache)', async () => {
    const net = network();
    const { sync } = await connected(net.fetch);
    expect(await connectionItem.getValue()).toMatchObject({
      backendUrl: BACKEND,
      team: { id: team.teamId, name: 'Sync' },
    });
    expect(await syncStatusItem.getValue()).toMatchObject({ state: 'connected', reachable: true });

    expect(await sync.refresh()).toBe('updated');
    const before = await teamGuidelinesItem.getValue();
    expect(before?.packs).toEqual([]);
    expect(before?.etag).toMatch(/^"g-/);
    expect(await sync.refresh()).toBe('unchanged');

    const pack = {
      id: 'sync-voice',
      name: 'Sync voice',
      version: 1,
      rules: [
        { kind: 'avoid', id: 'no-unfortunately', phrases: ['unfortunately'], message: 'Lead with what you can do.' },
      ],
    };
    const created = await lead('/packs', { method: 'POST', json: { pack } });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await lead(`/packs/${id}/publish`, { method: 'POST', json: { version: 1 } })).status).toBe(200);
    const tip = await lead('/tips', {
      method: 'POST',
      json: { title: 'Name the feeling', body: 'Say what you heard before you fix.', tags: ['empathy'] },
    });
    expect(tip.status).toBe(201);

    expect(await sync.refresh()).toBe('updated');
    const after = await teamGuidelinesItem.getValue();
    expect(after?.etag).not.toBe(before?.etag);
    expect(after?.packs.map((p) => [p.id, p.version, p.rules[0]?.id])).toEqual([['sync-voice', 1, 'no-unfortunately']]);
    expect((await teamTipsItem.getValue())?.tips.map((t) => t.title)).toContain('Name the feeling');

    // Offline: the cache stays, the status says unreachable.
    net.state.mode = 'down';
    expect(await sync.refresh()).toBe('failed');
    expect((await teamGuidelinesItem.getValue())?.packs).toHaveLength(1);
    expect(await syncStatusItem.getValue()).toMatchObject({ state: 'connected', reachable: false });
  });

  test('backend down for days → events queue with growing backoff → backend back → every event delivered exactly once', async () => {
    const net = network();
    let clock = Date.now();
    const { sync, memberId } = await connected(net.fetch, { now: () => clock, random: () => 0.5, batchSize: 25 });
    const reachedBeforeOutage = net.state.reached; // the join
    net.state.mode = 'down';
    const delays: number[] = [];
    for (let i = 0; i < 120; i++) {
      clock += DAY / 40; // three days of replies
      await sync.enqueueRecord(makeRecord(i, clock));
      const result = await sync.flush();
      if (result.status === 'failed') delays.push(result.retryAt - clock);
      else expect(['waiting']).toContain(result.status);
    }
    expect((await outboxItem.getValue()).entries).toHaveLength(120);
    expect(delays.length).toBeGreaterThan(3);
    // Each failed attempt waits longer than the one before, up to the cap.
    for (let i = 1; i < delays.length; i++) expect(delays[i]!).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(net.state.reached).toBe(reachedBeforeOutage);

    net.state.mode = 'up';
    clock += 1000;
    // Still inside the backoff window: no request goes out.
    const box = await outboxItem.getValue();
    if (box.retryAt > clock) expect((await sync.flush()).status).toBe('waiting');
    expect(await sync.flush({ force: true })).toEqual({ status: 'sent', accepted: 120, duplicates: 0 });
    expect(net.state.reached - reachedBeforeOutage).toBe(5); // 120 events in batches of 25
    expect((await outboxItem.getValue()).entries).toHaveLength(0);
    expect(await serverEvents(memberId)).toHaveLength(120);
    expect(await sync.flush()).toEqual({ status: 'idle' });
  });

  test('worker stopped mid-flush: the server committed but the answer was lost → re-sent after restart, counted once', async () => {
    const net = network();
    const { memberId } = await connected(net.fetch);
    // The first worker: its POST reaches the server and commits, then the worker dies before the response.
    let committed!: () => void;
    const serverCommitted = new Promise<void>((r) => (committed = r));
    const dying: FetchLike = async (input, init) => {
      const response = await h.app.request(input, init);
      if (init?.method === 'POST') {
        committed();
        return new Promise<Response>(() => {}); // never answers: the worker is gone
      }
      return response;
    };
    const first = createSync({ fetch: dying });
    for (let i = 0; i < 7; i++) await first.enqueueRecord(makeRecord(1000 + i, Date.now()));
    void first.flush();
    await serverCommitted;
    const left = await outboxItem.getValue();
    expect(left.entries).toHaveLength(7);
    expect(left.entries.every((e) => e.inFlightSince !== undefined)).toBe(true);
    expect(await serverEvents(memberId)).toHaveLength(7);

    // A new worker on the same storage (as after a restart).
    const second = createSync({ fetch: net.fetch });
    await second.start();
    expect((await outboxItem.getValue()).entries.every((e) => e.inFlightSince === undefined)).toBe(true);
    expect(await second.flush()).toEqual({ status: 'sent', accepted: 0, duplicates: 7 });
    expect((await outboxItem.getValue()).entries).toHaveLength(0);
    expect(await serverEvents(memberId)).toHaveLength(7);
  });

  test('500s and 429 back off (honouring Retry-After), then deliver; a timeout and a slow answer are handled', async () => {
    const net = network();
    let clock = Date.now();
    const { sync, memberId } = await connected(net.fetch, { now: () => clock, random: () => 0, timeoutMs: 100 });
    for (let i = 0; i < 3; i++) await sync.enqueueRecord(makeRecord(2000 + i, clock));

    net.state.mode = 'error500';
    const first = await sync.flush();
    expect(first).toMatchObject({ status: 'failed', retryAt: clock + 1000 });
    expect(await syncStatusItem.getValue()).toMatchObject({
      state: 'connected',
      reachable: true,
      lastError: 'Something went wrong on the server.',
    });
    clock += 1000;
    expect(await sync.flush()).toMatchObject({ status: 'failed', retryAt: clock + 2000 });

    net.state.mode = 'busy429';
    clock += 2000;
    expect(await sync.flush()).toMatchObject({ status: 'failed', retryAt: clock + 120_000 });

    net.state.mode = 'hang';
    clock += 120_000;
    const timedOut = await sync.flush();
    expect(timedOut).toMatchObject({ status: 'failed' });
    expect(timedOut.status === 'failed' && timedOut.error).toMatch(/no answer within/);
    expect(await syncStatusItem.getValue()).toMatchObject({ reachable: false });

    net.state.mode = 'slow';
    const slow = createSync({ fetch: net.fetch, now: () => clock, timeoutMs: 5_000 });
    expect(await slow.flush({ force: true })).toEqual({ status: 'sent', accepted: 3, duplicates: 0 });
    expect(await serverEvents(memberId)).toHaveLength(3);
    expect((await outboxItem.getValue()).failures).toBe(0);
  });

  test('one by one after a rejected batch, a 429 still honours Retry-After', async () => {
    const clock = Date.now();
    let batches = 0;
    const fetch: FetchLike = async (input, init) => {
      if (typeof init?.body === 'string' && String(input).endsWith('/events')) {
        const count = (JSON.parse(init.body) as { events: unknown[] }).events.length;
        if (count > 1) {
          batches += 1;
          return new Response(JSON.stringify({ error: 'invalid', message: 'One event is malformed.' }), {
            status: 400,
          });
        }
        return new Response('{}', { status: 429, headers: { 'retry-after': '300' } });
      }
      return h.app.request(input, init);
    };
    const { sync } = await connected(fetch, { now: () => clock, random: () => 0 });
    for (let i = 0; i < 2; i++) await sync.enqueueRecord(makeRecord(3000 + i, clock));
    expect(await sync.flush()).toMatchObject({ status: 'failed', retryAt: clock + 300_000 });
    expect(batches).toBe(1);
  });

  test('a forced flush that meets a running unforced one runs after it instead of sharing its "waiting"', async () => {
    const net = network();
    let clock = Date.now();
    const { sync, memberId } = await connected(net.fetch, { now: () => clock, random: () => 0 });
    await sync.enqueueRecord(makeRecord(4000, clock));
    net.state.mode = 'error500';
    expect(await sync.flush()).toMatchObject({ status: 'failed' });
    net.state.mode = 'up';
    clock += 10;
    const unforced = sync.flush();
    const forced = sync.flush({ force: true });
    expect(await unforced).toEqual({ status: 'waiting' });
    expect(await forced).toEqual({ status: 'sent', accepted: 1, duplicates: 0 });
    expect(await serverEvents(memberId)).toHaveLength(1);
  });

  test('clock skew: the device time is sent as is; the server counts an implausible one on its own day', async () => {
    const net = network();
    const { sync, memberId } = await connected(net.fetch);
    const serverNow = Date.now();
    const ahead = serverNow + 3 * DAY; // device clock three days fast
    const behind = serverNow - 2 * 3_600_000; // two hours slow: plausible, kept
    await sync.enqueueRecord(makeRecord(3000, ahead));
    await sync.enqueueRecord(makeRecord(3001, behind));
    expect(await sync.flush()).toEqual({ status: 'sent', accepted: 2, duplicates: 0 });
    const rows = await serverEvents(memberId);
    const fast = rows.find((r) => r.client_event_id.startsWith('reply-003000'))!;
    const slow = rows.find((r) => r.client_event_id.startsWith('reply-003001'))!;
    expect(Number(fast.occurred_at)).toBe(ahead);
    expect(fast.day).toBe(new Date(Number(fast.received_at)).toISOString().slice(0, 10));
    expect(slow.day).toBe(new Date(behind).toISOString().slice(0, 10));
  });

  test('outbox bound: offline past the bound keeps the newest events, counts the dropped, and delivers the kept ones', async () => {
    const net = network();
    const { sync, memberId } = await connected(net.fetch, { maxOutbox: 10 });
    net.state.mode = 'down';
    for (let i = 0; i < 25; i++) await sync.enqueueRecord(makeRecord(4000 + i, Date.now() + i));
    const box = await outboxItem.getValue();
    expect(box.entries).toHaveLength(10);
    expect(box.dropped).toBe(15);
    net.state.mode = 'up';
    expect(await sync.flush({ force: true })).toEqual({ status: 'sent', accepted: 10, duplicates: 0 });
    const ids = (await serverEvents(memberId)).map((r) => r.client_event_id);
    expect(ids.map((id) => Number(id.slice(6, 12)))).toEqual(Array.from({ length: 10 }, (_, i) => 4015 + i));
  });

  test('a revoked device leads to the reconnect state; queued events wait and go out after reconnecting', async () => {
    const net = network();
    const { sync, memberId } = await connected(net.fetch);
    const { deviceId } = (await connectionItem.getValue())!;
    expect((await lead(`/devices/${deviceId}`, { method: 'DELETE' })).status).toBeLessThan(300);
    await sync.enqueueRecord(makeRecord(5000, Date.now()));
    expect(await sync.flush()).toEqual({ status: 'reconnect' });
    expect(await connectionItem.getValue()).toBeNull();
    expect(await syncStatusItem.getValue()).toMatchObject({ state: 'reconnect', backendUrl: BACKEND });
    expect(await sync.refresh()).toBe('not-connected');
    expect((await outboxItem.getValue()).entries).toHaveLength(1);
    expect(await serverEvents(memberId)).toHaveLength(0);

    const again = await sync.connect({ backendUrl: BACKEND, code: await inviteCode(), displayName: 'Sync Agent' });
    expect(await sync.flush()).toEqual({ status: 'sent', accepted: 1, duplicates: 0 });
    expect(await serverEvents(again.memberId)).toHaveLength(1);
  });

  test('disconnect revokes the token on the backend and forgets it on the device', async () => {
    const net = network();
    const { sync } = await connected(net.fetch);
    const { token } = (await connectionItem.getValue())!;
    await sync.disconnect();
    expect(await connectionItem.getValue()).toBeNull();
    expect(await teamGuidelinesItem.getValue()).toBeNull();
    expect(await syncStatusItem.getValue()).toMatchObject({ state: 'disconnected' });
    expect((await h.request('/api/agent/me', { token })).status).toBe(401);
  });

  test('a wrong invite code is a clear error and leaves the device disconnected', async () => {
    const net = network();
    const sync = createSync({ fetch: net.fetch });
    await expect(sync.connect({ backendUrl: BACKEND, code: 'WRONG-CODE-1234', displayName: 'X' })).rejects.toThrow(
      /invite code is unknown/,
    );
    expect(await connectionItem.getValue()).toBeNull();
  });
});
