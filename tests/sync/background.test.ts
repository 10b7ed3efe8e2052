/**
 * Sync in the background worker with WXT's fake browser, the real coach and engine, and the real backend in
 * process: the 30 s alarm, the alarm fetching a newly published pack, the coach applying the cached team pack,
 * and a sent reply travelling coach → onRecord → outbox → backend.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../lib/coach';
import { startCoach, type Coach } from '../../lib/background/coach';
import { onRoutedSnapshot, routeSnapshot } from '../../lib/background/routing';
import { startBackgroundSync, SYNC_ALARM, type BackgroundSync } from '../../lib/background/sync';
import { createSync } from '../../lib/sync/service';
import { outboxItem, teamGuidelinesItem } from '../../lib/sync/store';
import type { FetchLike } from '../../lib/sync/client';
import { createInvite } from '../../server/routes/invites';
import { createHarness, type Harness, type SeededTeam } from '../server/support/harness';

let h: Harness;
let team: SeededTeam;
let sync: BackgroundSync | null = null;
let coach: Coach | null = null;

beforeAll(async () => {
  h = await createHarness('sqlite');
  team = await h.seedTeam('Worker');
}, 60_000);
afterAll(async () => h?.close());
beforeEach(() => fakeBrowser.reset());
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
  const pack = { id: packKey, name: `Pack ${packKey}`, version: 1, rules: [{ kind: 'avoid', id: `no-${phrase.replace(/\W+/g, '-')}`, phrases: [phrase], message: 'Not our voice.' }] };
  const created = await lead('/packs', { method: 'POST', json: { pack } });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await lead(`/packs/${id}/publish`, { method: 'POST', json: { version: 1 } })).status).toBe(200);
}

async function connectedSync(): Promise<{ bg: BackgroundSync; memberId: string }> {
  const service = createSync({ fetch: fetchApp });
  const invite = await createInvite(h.deps, { teamId: team.teamId, createdBy: team.leadId, label: 'bg', maxUses: 1, expiresInDays: 1 }, Date.now());
  const connection = await service.connect({ backendUrl: 'http://localhost', code: invite.code, displayName: 'Worker Agent' });
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
    await expect.poll(async () => (await teamGuidelinesItem.getValue())?.packs.map((p) => p.id) ?? []).toContain('alarm-pack');
  });

  test('the coach applies the cached team pack, and a sent reply reaches the backend once', async () => {
    await publishAvoid('coach-pack', 'at the end of the day');
    const { bg, memberId } = await connectedSync();
    await expect.poll(async () => (await teamGuidelinesItem.getValue())?.packs.map((p) => p.id) ?? []).toContain('coach-pack');

    let sent: ((event: { editorId: string; revision: number; at: number; windowId: number }) => void) | null = null;
    coach = startCoach({
      analyze,
      onRoutedSnapshot,
      onDraftSent: (listener) => {
        sent = listener;
        return () => {};
      },
      onRecord: bg.onRecord,
    });
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
    await coach.idle();
    const rules = coach.state(3)?.report.findings.map((f) => f.ruleId) ?? [];
    expect(rules).toContain('guideline/no-at-the-end-of-the-day');

    sent!({ editorId: 'ed-1', revision: 1, at: Date.now(), windowId: 3 });
    await coach.idle();
    const count = async () =>
      Number(
        (await h.database.db.selectFrom('events').select((eb) => eb.fn.countAll().as('n')).where('member_id', '=', memberId).executeTakeFirstOrThrow()).n,
      );
    await expect.poll(count).toBe(1);
    await expect.poll(async () => (await outboxItem.getValue()).entries.length).toBe(0);
    const rows = await h.database.db.selectFrom('event_rule_counts').select(['rule_id']).where('member_id', '=', memberId).execute();
    expect(rows.map((r) => r.rule_id)).toContain('guideline/no-at-the-end-of-the-day');
  });
});
