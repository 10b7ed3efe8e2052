/**
 * Sync in the background worker with WXT's fake browser, the real coach and engine, and the real backend in
 * process: the 30 s alarm, the alarm fetching a newly published pack, the coach applying the cached team pack,
 * and a sent reply travelling coach → onRecord → outbox → backend.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../lib/coach';
import { startCoach, type Coach } from '../../lib/background/coach';
import { onRoutedSnapshot, resetRoutingMemory, routeSnapshot } from '../../lib/background/routing';
import { startBackgroundSync, SYNC_ALARM, type BackgroundSync } from '../../lib/background/sync';
import { createSync } from '../../lib/sync/service';
import { outboxItem, teamGuidelinesItem } from '../../lib/sync/store';
import { sendMessage, type DraftSnapshot } from '../../lib/messaging/protocol';
import { listRecords } from '../../lib/progress/store';
import type { FetchLike } from '../../lib/sync/client';
import { createInvite } from '../../server/data/invites';
import { createHarness, type Harness, type SeededTeam } from '../server/support/harness';

let h: Harness;
let team: SeededTeam;
let sync: BackgroundSync | null = null;
let coach: Coach | null = null;

type SentEvent = { editorId: string; revision: number; at: number; windowId: number };

/** The real coach wired to this test's sync; the returned function plays the content script's send detection. */
function startWiredCoach(bg: Pick<BackgroundSync, 'onRecord' | 'onReviewed'>): {
  running: Coach;
  send: (event: SentEvent) => void;
} {
  let sent: ((event: SentEvent) => void) | null = null;
  coach = startCoach({
    analyze,
    onRoutedSnapshot,
    onDraftSent: (listener) => {
      sent = listener;
      return () => {};
    },
    onRecord: bg.onRecord,
    onReviewed: bg.onReviewed,
  });
  return { running: coach, send: (event) => sent!(event) };
}

beforeAll(async () => {
  h = await createHarness('sqlite');
  team = await h.seedTeam('Worker');
}, 60_000);
afterAll(async () => h?.close());
beforeEach(() => {
  fakeBrowser.reset();
  resetRoutingMemory();
});
afterEach(() => {
  sync?.stop();
  coach?.stop();
  sync = null;
  coach = null;
});

const fetchApp: FetchLike = (input, init) => Promise.resolve(h.app.request(input, init));
const lead = (path: string, init: Parameters<Harness['request']>[1] = {}) =>
  h.request(`/api/teams/${team.teamId}${path}`, { cookie: team.leadCookie, ...init });

async function publishAvoid(packKey: string, phrase: string): Promise<void> {
  const pack = {
    id: packKey,
    name: `Pack ${packKey}`,
    version: 1,
    rules: [{ kind: 'avoid', id: `no-${phrase.replace(/\W+/g, '-')}`, phrases: [phrase], message: 'Not our voice.' }],
  };
  const created = await lead('/packs', { method: 'POST', json: { pack } });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await lead(`/packs/${id}/publish`, { method: 'POST', json: { version: 1 } })).status).toBe(200);
}

async function connectedSync(): Promise<{ bg: BackgroundSync; memberId: string }> {
  const service = createSync({ fetch: fetchApp });
  const invite = await createInvite(
    h.deps,
    { teamId: team.teamId, createdBy: team.leadId, label: 'bg', maxUses: 1, expiresInDays: 1 },
    Date.now(),
  );
  const connection = await service.connect({
    backendUrl: 'http://localhost',
    code: invite.code,
    displayName: 'Worker Agent',
  });
  sync = startBackgroundSync(service);
  return { bg: sync, memberId: connection.memberId };
}

describe('background sync', () => {
  test('schedules the 30 s alarm; an alarm brings a pack published after connecting', async () => {
    const { bg } = await connectedSync();
    const alarm = await fakeBrowser.alarms.get(SYNC_ALARM);
    expect(alarm?.periodInMinutes).toBe(0.5);
    await expect.poll(async () => (await teamGuidelinesItem.getValue())?.etag ?? null).not.toBeNull();
    await bg.tick(); // the start-up sync has finished: what follows can only come from the alarm
    await publishAvoid('alarm-pack', 'touch base soon');
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await expect
      .poll(async () => (await teamGuidelinesItem.getValue())?.packs.map((p) => p.id) ?? [])
      .toContain('alarm-pack');
  });

  test('the coach applies the cached team pack, and a sent reply reaches the backend once', async () => {
    await publishAvoid('coach-pack', 'at the end of the day');
    const { bg, memberId } = await connectedSync();
    await expect
      .poll(async () => (await teamGuidelinesItem.getValue())?.packs.map((p) => p.id) ?? [])
      .toContain('coach-pack');

    const { running, send } = startWiredCoach(bg);
    await routeSnapshot(
      {
        editorId: 'ed-1',
        editorKind: 'textarea',
        site: 'zendesk',
        url: 'https://acme.zendesk.com/agent/tickets/1',
        draft: 'Hi Ana, at the end of the day your refund is on its way and will arrive by Friday.',
        selection: null,
        customer: { text: 'Where is my refund? I have waited two weeks.', name: 'Ana', source: 'site' },
        revision: 1,
        composing: false,
        at: Date.now(),
      },
      { tabId: 11, windowId: 3, frameId: 0 },
    );
    await running.idle();
    const rules = running.state(3)?.report.findings.map((f) => f.ruleId) ?? [];
    expect(rules).toContain('guideline/no-at-the-end-of-the-day');

    send({ editorId: 'ed-1', revision: 1, at: Date.now(), windowId: 3 });
    await running.idle();
    const count = async () =>
      Number(
        (
          await h.database.db
            .selectFrom('events')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('member_id', '=', memberId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    await expect.poll(count).toBe(1);
    await expect.poll(async () => (await outboxItem.getValue()).entries.length).toBe(0);
    const rows = await h.database.db
      .selectFrom('event_rule_counts')
      .select(['rule_id'])
      .where('member_id', '=', memberId)
      .execute();
    expect(rows.map((r) => r.rule_id)).toContain('guideline/no-at-the-end-of-the-day');
  });

  test('a reviewed reply: one reviewed event per draft session, updated when reviewed again, and one sent event', async () => {
    const { bg, memberId } = await connectedSync();
    const { running, send } = startWiredCoach(bg);
    const snapshot = (revision: number, draft: string): DraftSnapshot => ({
      editorId: 'ed-review',
      editorKind: 'textarea',
      site: 'zendesk',
      url: 'https://acme.zendesk.com/agent/tickets/2',
      draft,
      selection: null,
      customer: { text: 'My order never arrived and I am really upset. Where is it?', name: 'Lee', source: 'site' },
      revision,
      composing: false,
      at: Date.now(),
    });
    const where = { tabId: 12, windowId: 4, frameId: 0 };
    const events = () =>
      h.database.db
        .selectFrom('events')
        .select(['client_event_id', 'kind', 'score'])
        .where('member_id', '=', memberId)
        .orderBy('kind')
        .execute();

    await routeSnapshot(snapshot(1, 'Hi Lee, your order shipped.'), where);
    await running.idle();
    // The panel saw the draft settle: the reply's first review goes out at once.
    expect(
      await sendMessage('draftReviewed', { windowId: 4, editorId: 'ed-review', revision: 1, reason: 'settled' }),
    ).toEqual({ recorded: true });
    await expect.poll(events).toEqual([expect.objectContaining({ kind: 'reviewed' })]);
    const [first] = await events();

    // Edited and reviewed again: the same event, with the new draft's figures (queued, sent with the next flush).
    await routeSnapshot(
      snapshot(
        2,
        'Hi Lee, I am so sorry your order has not arrived. It shipped on Monday and will reach you by Friday.',
      ),
      where,
    );
    await running.idle();
    expect(
      await sendMessage('draftReviewed', { windowId: 4, editorId: 'ed-review', revision: 2, reason: 'acted' }),
    ).toEqual({ recorded: true });
    await running.idle();

    // Sent: one sent event; the flush carries the updated review along.
    send({ editorId: 'ed-review', revision: 2, at: Date.now(), windowId: 4 });
    await running.idle();
    await expect.poll(async () => (await events()).map((e) => e.kind)).toEqual(['reviewed', 'sent']);
    await expect.poll(async () => (await outboxItem.getValue()).entries.length).toBe(0);
    const [review, sentEvent] = await events();
    expect(review!.client_event_id).toBe(first!.client_event_id);
    expect(review!.score).toBe(sentEvent!.score);
    expect(review!.score).toBeGreaterThan(first!.score);

    // A review that raced the send belongs to the sent reply: nothing new. The composer cleared by the send
    // starts no reply until the agent types again.
    expect(
      await sendMessage('draftReviewed', { windowId: 4, editorId: 'ed-review', revision: 2, reason: 'settled' }),
    ).toEqual({ recorded: false });
    await routeSnapshot(snapshot(3, ''), where);
    await running.idle();
    expect(
      await sendMessage('draftReviewed', { windowId: 4, editorId: 'ed-review', revision: 3, reason: 'settled' }),
    ).toEqual({ recorded: false });
    // The next reply in the same editor is another session: a second reviewed event.
    await routeSnapshot(snapshot(4, 'Hi Lee, one more thing: the tracking link is in your account.'), where);
    await running.idle();
    expect(
      await sendMessage('draftReviewed', { windowId: 4, editorId: 'ed-review', revision: 4, reason: 'settled' }),
    ).toEqual({ recorded: true });
    await expect.poll(async () => (await events()).filter((e) => e.kind === 'reviewed').length).toBe(2);
    // Local progress (the options page's charts and CSV) holds the sent reply only.
    expect((await listRecords()).length).toBe(1);
  });
});
