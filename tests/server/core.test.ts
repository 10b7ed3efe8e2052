/**
 * The backend's main flows, on SQLite and on PostgreSQL: join with an invite, guidelines with ETag, publish and
 * roll back, idempotent event batches, progress and aggregates, revocation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from './support/databases';
import { createHarness, EXTENSION_ORIGIN, progressEvent, type Harness, type SeededTeam } from './support/harness';

const pack = (version: number, phrase: string) => ({
  id: 'tone',
  name: 'Tone of voice',
  version,
  rules: [
    {
      kind: 'avoid',
      id: 'no-unfortunately',
      phrases: [phrase],
      message: `Avoid "${phrase}".`,
      replacements: ['I can see'],
    },
  ],
});

describe.each(DATABASE_KINDS)('backend core on %s', (kind) => {
  let h: Harness;
  let team: SeededTeam;

  beforeAll(async () => {
    h = await createHarness(kind);
    team = await h.seedTeam('Acme');
  }, 60_000);
  afterAll(async () => h?.close());

  const lead = (path: string, init: Parameters<Harness['request']>[1] = {}) =>
    h.request(`/api/teams/${team.teamId}${path}`, { cookie: team.leadCookie, ...init });
  const agent = (path: string, init: Parameters<Harness['request']>[1] = {}) =>
    h.request(`/api/agent${path}`, { token: team.agentToken, origin: EXTENSION_ORIGIN, ...init });

  it('is healthy and ready once migrated', async () => {
    expect((await h.request('/healthz')).status).toBe(200);
    const ready = await h.request('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: kind });
  });

  it('tells the agent who they are and whether leads see their figures', async () => {
    const me = await agent('/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({
      member: { id: team.agentMemberId, role: 'agent' },
      team: { id: team.teamId, shareIndividualProgress: false },
    });
    expect((await lead('', { method: 'PATCH', json: { shareIndividualProgress: true } })).status).toBe(200);
    expect(await (await agent('/me')).json()).toMatchObject({ team: { shareIndividualProgress: true } });
    expect((await lead('', { method: 'PATCH', json: { shareIndividualProgress: false } })).status).toBe(200);
  });

  it('serves published guidelines with an ETag, 304 while unchanged, and follows publish and rollback', async () => {
    const empty = await agent('/guidelines');
    expect(empty.status).toBe(200);
    const emptyTag = empty.headers.get('etag');
    expect(emptyTag).toMatch(/^"g-/);
    expect((await empty.json()).packs).toEqual([]);
    expect((await agent('/guidelines', { headers: { 'if-none-match': emptyTag ?? '' } })).status).toBe(304);

    const created = await lead('/packs', { method: 'POST', json: { pack: pack(1, 'unfortunately') } });
    expect(created.status).toBe(201);
    const { id: packId } = (await created.json()) as { id: string };
    // A saved but unpublished pack does not reach devices.
    expect((await agent('/guidelines', { headers: { 'if-none-match': emptyTag ?? '' } })).status).toBe(304);

    expect((await lead(`/packs/${packId}/publish`, { method: 'POST', json: { version: 1 } })).status).toBe(200);
    const v1 = await agent('/guidelines', { headers: { 'if-none-match': emptyTag ?? '' } });
    expect(v1.status).toBe(200);
    const v1Tag = v1.headers.get('etag');
    expect(v1Tag).not.toBe(emptyTag);
    expect((await v1.json()).packs).toMatchObject([
      { id: 'tone', version: 1, rules: [{ phrases: ['unfortunately'] }] },
    ]);

    const saved = await lead(`/packs/${packId}/versions`, { method: 'POST', json: { pack: pack(1, 'sadly') } });
    expect(saved.status).toBe(201);
    expect(await saved.json()).toEqual({ id: packId, version: 2 });
    expect((await lead(`/packs/${packId}/publish`, { method: 'POST', json: { version: 2 } })).status).toBe(200);
    const v2 = await agent('/guidelines', { headers: { 'if-none-match': v1Tag ?? '' } });
    expect(v2.status).toBe(200);
    expect((await v2.json()).packs).toMatchObject([{ version: 2, rules: [{ phrases: ['sadly'] }] }]);

    const rolledBack = await lead(`/packs/${packId}/rollback`, { method: 'POST' });
    expect(rolledBack.status).toBe(200);
    expect(await rolledBack.json()).toEqual({ id: packId, publishedVersion: 1 });
    const afterRollback = await agent('/guidelines', { headers: { 'if-none-match': v2.headers.get('etag') ?? '' } });
    expect((await afterRollback.json()).packs).toMatchObject([{ version: 1, rules: [{ phrases: ['unfortunately'] }] }]);

    const detail = await (await lead(`/packs/${packId}`)).json();
    expect(detail).toMatchObject({ latestVersion: 2, publishedVersion: 1 });
    expect(detail.publications.map((p: { version: number }) => p.version)).toEqual([1, 2, 1]);

    // A second pack in the same team is served alongside.
    const second = await lead('/packs', {
      method: 'POST',
      json: { pack: { id: 'closing', name: 'Closings', version: 1, rules: [] } },
    });
    const secondId = ((await second.json()) as { id: string }).id;
    await lead(`/packs/${secondId}/publish`, { method: 'POST', json: { version: 1 } });
    expect(((await (await agent('/guidelines')).json()).packs as Array<{ id: string }>).map((p) => p.id)).toEqual([
      'closing',
      'tone',
    ]);
    expect((await lead(`/packs/${secondId}`, { method: 'DELETE' })).status).toBe(204);
    expect(((await (await agent('/guidelines')).json()).packs as Array<{ id: string }>).map((p) => p.id)).toEqual([
      'tone',
    ]);
  });

  it('rolls back step by step to any earlier published version, like undo, not just between the last two', async () => {
    const created = (await (
      await lead('/packs', { method: 'POST', json: { pack: { ...pack(1, 'one'), id: 'undo' } } })
    ).json()) as { id: string };
    const packPath = `/packs/${created.id}`;
    for (const phrase of ['two', 'three']) {
      expect(
        (await lead(`${packPath}/versions`, { method: 'POST', json: { pack: { ...pack(1, phrase), id: 'undo' } } }))
          .status,
      ).toBe(201);
    }
    for (const version of [1, 2, 3])
      expect((await lead(`${packPath}/publish`, { method: 'POST', json: { version } })).status).toBe(200);
    const live = async () =>
      (
        (await (await agent('/guidelines')).json()).packs as Array<{
          id: string;
          version: number;
          rules: Array<{ phrases: string[] }>;
        }>
      ).find((p) => p.id === 'undo');
    const rollback = () => lead(`${packPath}/rollback`, { method: 'POST' });

    expect(await (await rollback()).json()).toEqual({ id: created.id, publishedVersion: 2 });
    expect(await (await rollback()).json()).toEqual({ id: created.id, publishedVersion: 1 });
    expect(await live()).toMatchObject({ version: 1, rules: [{ phrases: ['one'] }] });
    const exhausted = await rollback();
    expect(exhausted.status).toBe(409);
    expect((await live())?.version).toBe(1);

    // Publishing 3 again and rolling back returns to what was live before it: 1, not 2.
    expect((await lead(`${packPath}/publish`, { method: 'POST', json: { version: 3 } })).status).toBe(200);
    expect(await (await rollback()).json()).toEqual({ id: created.id, publishedVersion: 1 });
    const history = (await (await lead(packPath)).json()).publications as Array<{ version: number; kind: string }>;
    expect(history.map((p) => `${p.kind} ${p.version}`)).toEqual([
      'rollback 1',
      'publish 3',
      'rollback 1',
      'rollback 2',
      'publish 3',
      'publish 2',
      'publish 1',
    ]);
    expect((await lead(packPath, { method: 'DELETE' })).status).toBe(204);
  });

  it('rejects a duplicate pack id and a pack that is not in the engine format', async () => {
    expect((await lead('/packs', { method: 'POST', json: { pack: pack(1, 'x') } })).status).toBe(409);
    const bad = await lead('/packs', {
      method: 'POST',
      json: { pack: { id: 'Bad Id', name: '', version: 1, rules: [{ kind: 'avoid', id: 'a' }] } },
    });
    expect(bad.status).toBe(400);
    const paths = ((await bad.json()).issues as Array<{ path: string }>).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['pack.id', 'pack.name', 'pack.rules.0.phrases', 'pack.rules.0.message']),
    );
  });

  it('counts a retried batch once', async () => {
    const batch = { events: Array.from({ length: 30 }, (_, i) => progressEvent(`retry-${kind}-${i}`)) };
    const first = await agent('/events', { method: 'POST', json: batch });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ accepted: 30, duplicates: 0 });
    const retry = await agent('/events', { method: 'POST', json: batch });
    expect(await retry.json()).toMatchObject({ accepted: 0, duplicates: 30 });
    // A batch that overlaps a previous one counts only the new events.
    const overlap = { events: [...batch.events.slice(25), progressEvent(`retry-${kind}-new`)] };
    expect(await (await agent('/events', { method: 'POST', json: overlap })).json()).toMatchObject({
      accepted: 1,
      duplicates: 5,
    });

    const progress = await (await agent('/progress?days=7')).json();
    expect(progress.totals).toMatchObject({
      events: 31,
      sent: 31,
      questionsAsked: 62,
      questionsUnanswered: 31,
      suggestionsApplied: 31,
    });
    expect(progress.totals.checks.acknowledgement).toEqual({ present: 31, missing: 0, rate: 1 });
    expect(progress.topRules).toEqual([
      { ruleId: 'guideline/no-sorry', count: 62 },
      { ruleId: 'empathy/acknowledge-feelings', count: 31 },
    ]);
  });

  it('a reviewed reply is updated, not duplicated; reply figures count a reviewed-then-sent reply once', async () => {
    // A fresh agent, so the figures are this test's alone.
    const agentB = await h.seedTeam(`Review ${kind}`);
    const post = async (events: object[]) =>
      (
        await h.request('/api/agent/events', {
          method: 'POST',
          json: { events },
          token: agentB.agentToken,
          origin: EXTENSION_ORIGIN,
        })
      ).json();
    const t0 = Date.now() - 60_000;
    const at = (ms: number) => new Date(t0 + ms).toISOString();
    const review = (id: string, ms: number, overrides: Record<string, unknown>) =>
      progressEvent(id, { kind: 'reviewed', occurredAt: at(ms), ...overrides });

    // Reply 1: reviewed (acknowledgement missing, a blame finding), reviewed again after a fix, then sent.
    expect(
      await post([
        review('session-r1-abc', 0, {
          score: 40,
          checks: { acknowledgement: 'missing' },
          ruleCounts: { 'tone/blame': 2 },
        }),
      ]),
    ).toMatchObject({ accepted: 1, updated: 0, duplicates: 0 });
    expect(
      await post([
        review('session-r1-abc', 5_000, {
          score: 75,
          checks: { acknowledgement: 'present' },
          ruleCounts: { 'tone/hedging': 1 },
        }),
      ]),
    ).toMatchObject({ accepted: 0, updated: 1, duplicates: 0 });
    // A retried (or older) review changes nothing.
    expect(await post([review('session-r1-abc', 5_000, { score: 10 })])).toMatchObject({
      accepted: 0,
      updated: 0,
      duplicates: 1,
    });
    expect(await post([review('session-r1-abc', 1_000, { score: 10 })])).toMatchObject({
      accepted: 0,
      updated: 0,
      duplicates: 1,
    });
    const sent1 = progressEvent('sent-reply-1', {
      occurredAt: at(9_000),
      score: 90,
      checks: { acknowledgement: 'present' },
      questions: { asked: 2, unanswered: 0 },
      ruleCounts: { 'tone/hedging': 1 },
    });
    // Reply 2: sent without a review. Reply 3: reviewed, never sent (the agent discarded it).
    const sent2 = progressEvent('sent-reply-2', {
      occurredAt: at(20_000),
      score: 50,
      checks: { acknowledgement: 'missing' },
      questions: { asked: 1, unanswered: 1 },
      ruleCounts: { 'tone/blame': 1 },
    });
    const review3 = review('session-r3-abc', 30_000, {
      score: 20,
      checks: { acknowledgement: 'missing' },
      questions: { asked: 4, unanswered: 4 },
      ruleCounts: { 'tone/blame': 5 },
    });
    expect(await post([sent1, sent2, review3])).toMatchObject({ accepted: 3, updated: 0, duplicates: 0 });
    // A review can never overwrite a sent event, even with the same id and a later time.
    expect(await post([review('sent-reply-2', 40_000, { score: 1 })])).toMatchObject({
      accepted: 0,
      updated: 0,
      duplicates: 1,
    });

    const stored = await h.database.db
      .selectFrom('events')
      .select(['client_event_id', 'kind', 'score'])
      .where('member_id', '=', agentB.agentMemberId)
      .orderBy('client_event_id')
      .execute();
    expect(stored).toEqual([
      { client_event_id: 'sent-reply-1', kind: 'sent', score: 90 },
      { client_event_id: 'sent-reply-2', kind: 'sent', score: 50 },
      { client_event_id: 'session-r1-abc', kind: 'reviewed', score: 75 },
      { client_event_id: 'session-r3-abc', kind: 'reviewed', score: 20 },
    ]);
    // The updated review's rule counts were replaced, not added to.
    const reviewCounts = await h.database.db
      .selectFrom('event_rule_counts')
      .select(['rule_id', 'count'])
      .where('member_id', '=', agentB.agentMemberId)
      .where('client_event_id', '=', 'session-r1-abc')
      .execute();
    expect(reviewCounts).toEqual([{ rule_id: 'tone/hedging', count: 1 }]);

    // Figures about replies read sent events only: two replies, not four events.
    const expected = {
      events: 4,
      sent: 2,
      reviewed: 2,
      averageScore: 70,
      questionsAsked: 3,
      questionsUnanswered: 1,
      suggestionsApplied: 2,
    };
    const own = await (
      await h.request('/api/agent/progress?days=7', { token: agentB.agentToken, origin: EXTENSION_ORIGIN })
    ).json();
    expect(own.totals).toMatchObject(expected);
    expect(own.totals.checks.acknowledgement).toEqual({ present: 1, missing: 1, rate: 0.5 });
    expect(own.topRules).toEqual([
      { ruleId: 'tone/blame', count: 1 },
      { ruleId: 'tone/hedging', count: 1 },
    ]);
    const leadB = (path: string) => h.request(`/api/teams/${agentB.teamId}${path}`, { cookie: agentB.leadCookie });
    await h.request(`/api/teams/${agentB.teamId}`, {
      method: 'PATCH',
      json: { shareIndividualProgress: true },
      cookie: agentB.leadCookie,
    });
    const team = await (await leadB('/aggregates?days=7')).json();
    expect(team.totals).toMatchObject(expected);
    expect(team.totals.checks.acknowledgement.rate).toBe(0.5);
    expect(team.topRules).toEqual(own.topRules);
    // The charts' per-day series too (the events may straddle midnight, hence the sums).
    const byDay = team.byDay as Array<{ sent: number; reviewed: number; questionsAsked: number }>;
    expect([
      byDay.reduce((n, d) => n + d.sent, 0),
      byDay.reduce((n, d) => n + d.reviewed, 0),
      byDay.reduce((n, d) => n + d.questionsAsked, 0),
    ]).toEqual([2, 2, 3]);
    expect(team.members).toEqual([
      expect.objectContaining({ memberId: agentB.agentMemberId, events: 4, sent: 2, reviewed: 2, averageScore: 70 }),
    ]);
  });

  it('takes a batch of the largest size allowed (500 events, 8 rule ids each, under the body limit) in one piece, and its retry counts nothing', async () => {
    const ruleCounts = Object.fromEntries(Array.from({ length: 8 }, (_, r) => [`guideline/b-${r}`, 1]));
    const batch = {
      events: Array.from({ length: 500 }, (_, i) =>
        progressEvent(`big-${kind}-${i}`, { ruleCounts, engineVersion: '1.2.3' }),
      ),
    };
    expect(await (await agent('/events', { method: 'POST', json: batch })).json()).toMatchObject({
      accepted: 500,
      duplicates: 0,
    });
    expect(await (await agent('/events', { method: 'POST', json: batch })).json()).toMatchObject({
      accepted: 0,
      duplicates: 500,
    });
    const counts = await h.database.db
      .selectFrom('event_rule_counts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('rule_id', 'like', 'guideline/b-%')
      .executeTakeFirstOrThrow();
    expect(Number(counts.n)).toBe(4000);
    const stored = await h.database.db
      .selectFrom('events')
      .select(['engine_version', 'check_reassurance', 'questions_asked'])
      .where('client_event_id', '=', `big-${kind}-499`)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ engine_version: '1.2.3', check_reassurance: null, questions_asked: 2 });
  });

  it('handles concurrent retries of the same batch without double counting', async () => {
    const batch = { events: Array.from({ length: 20 }, (_, i) => progressEvent(`race-${kind}-${i}`)) };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => agent('/events', { method: 'POST', json: batch })),
    );
    const bodies = (await Promise.all(results.map((r) => r.json()))) as Array<{ accepted: number }>;
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(bodies.reduce((sum, b) => sum + b.accepted, 0)).toBe(20);
  });

  it('keeps the device clock and the server clock, and counts skewed events on the server day', async () => {
    const farFuture = new Date(Date.now() + 400 * 86_400_000).toISOString();
    await agent('/events', {
      method: 'POST',
      json: { events: [progressEvent(`skew-${kind}-1`, { occurredAt: farFuture })] },
    });
    const row = await h.database.db
      .selectFrom('events')
      .selectAll()
      .where('client_event_id', '=', `skew-${kind}-1`)
      .executeTakeFirstOrThrow();
    expect(row.occurred_at).toBe(Date.parse(farFuture));
    expect(Math.abs(row.received_at - Date.now())).toBeLessThan(60_000);
    expect(row.day).toBe(new Date(row.received_at).toISOString().slice(0, 10));
  });

  it('gives leads team aggregates, and individual figures only when the team shares them', async () => {
    const aggregates = await (await lead('/aggregates?days=30')).json();
    expect(aggregates.totals.events).toBeGreaterThanOrEqual(31);
    expect(aggregates.members).toBeNull();
    expect((await lead(`/members/${team.agentMemberId}/progress`)).status).toBe(403);
    await lead('', { method: 'PATCH', json: { shareIndividualProgress: true } });
    const shared = await (await lead('/aggregates')).json();
    expect(shared.members).toMatchObject([{ memberId: team.agentMemberId }]);
    expect((await lead(`/members/${team.agentMemberId}/progress`)).status).toBe(200);
    await lead('', { method: 'PATCH', json: { shareIndividualProgress: false } });
  });

  it('lets a lead create, use up and revoke invites', async () => {
    const created = await lead('/invites', { method: 'POST', json: { maxUses: 1 } });
    expect(created.status).toBe(201);
    const { code, id } = (await created.json()) as { code: string; id: string };
    const join = (c: string) =>
      h.request('/api/join', { method: 'POST', json: { code: c, displayName: 'New agent' }, origin: EXTENSION_ORIGIN });
    // Codes are typed by people: case and dashes do not matter.
    expect((await join(code.toLowerCase().replace(/-/g, ' '))).status).toBe(201);
    expect((await join(code)).status).toBe(404);
    const second = (await (await lead('/invites', { method: 'POST', json: {} })).json()) as {
      code: string;
      id: string;
    };
    expect((await lead(`/invites/${second.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await join(second.code)).status).toBe(404);
    const list = await (await lead('/invites')).json();
    expect(list.invites.find((i: { id: string }) => i.id === id)).toMatchObject({ uses: 1, active: false });
    expect(JSON.stringify(list)).not.toContain(code);
  });

  it('stores device tokens and sessions only as hashes', async () => {
    const tokens = await h.database.db.selectFrom('device_tokens').select('token_hash').execute();
    expect(tokens.some((t) => t.token_hash === team.agentToken)).toBe(false);
    const sessions = await h.database.db.selectFrom('sessions').select('id_hash').execute();
    expect(sessions.some((s) => team.leadCookie.endsWith(s.id_hash))).toBe(false);
  });

  it('answers 401 to a revoked device token, and to a removed member', async () => {
    const other = await h.seedTeam('Revocation');
    const devices = await (await h.request(`/api/teams/${other.teamId}/devices`, { cookie: other.leadCookie })).json();
    expect(devices.devices).toHaveLength(1);
    expect(
      (
        await h.request(`/api/teams/${other.teamId}/devices/${other.agentDeviceId}`, {
          method: 'DELETE',
          cookie: other.leadCookie,
        })
      ).status,
    ).toBe(204);
    const revoked = await h.request('/api/agent/guidelines', { token: other.agentToken });
    expect(revoked.status).toBe(401);

    const third = await h.seedTeam('Removal');
    expect(
      (
        await h.request(`/api/teams/${third.teamId}/members/${third.agentMemberId}`, {
          method: 'DELETE',
          cookie: third.leadCookie,
        })
      ).status,
    ).toBe(204);
    expect((await h.request('/api/agent/me', { token: third.agentToken })).status).toBe(401);
    // The last lead cannot be removed.
    expect(
      (
        await h.request(`/api/teams/${third.teamId}/members/${third.leadId}`, {
          method: 'DELETE',
          cookie: third.leadCookie,
        })
      ).status,
    ).toBe(409);
  });

  it('lets an agent disconnect its own device', async () => {
    const other = await h.seedTeam('Disconnect');
    expect((await h.request('/api/agent/device', { method: 'DELETE', token: other.agentToken })).status).toBe(204);
    expect((await h.request('/api/agent/me', { token: other.agentToken })).status).toBe(401);
  });

  it('manages tips, which reach devices with their own ETag', async () => {
    const before = await agent('/tips');
    const tag = before.headers.get('etag') ?? '';
    const created = await lead('/tips', {
      method: 'POST',
      json: { title: 'Name the feeling', body: 'Say what you hear: "that sounds stressful".', tags: ['empathy'] },
    });
    expect(created.status).toBe(201);
    const tipId = ((await created.json()) as { id: string }).id;
    const after = await agent('/tips', { headers: { 'if-none-match': tag } });
    expect(after.status).toBe(200);
    expect((await after.json()).tips).toMatchObject([{ id: tipId, title: 'Name the feeling', tags: ['empathy'] }]);
    expect((await agent('/tips', { headers: { 'if-none-match': after.headers.get('etag') ?? '' } })).status).toBe(304);
    expect((await lead(`/tips/${tipId}`, { method: 'PUT', json: { title: 'Name it', body: 'Short.' } })).status).toBe(
      200,
    );
    expect((await lead(`/tips/${tipId}`, { method: 'DELETE' })).status).toBe(204);
    expect((await (await lead('/tips')).json()).tips).toEqual([]);
  });

  it('signs a lead out', async () => {
    const other = await h.seedTeam('SignOut');
    expect((await h.request('/api/auth/session', { cookie: other.leadCookie })).status).toBe(200);
    expect((await h.request('/api/auth/sign-out', { method: 'POST', cookie: other.leadCookie })).status).toBe(204);
    expect((await h.request('/api/auth/session', { cookie: other.leadCookie })).status).toBe(401);
  });
});
