/**
 * Group commit of event batches. On PostgreSQL, batches that arrive while earlier writes are in flight share one
 * statement; these tests hold the first write at a gate so the next ones are coalesced for certain, then check
 * that every request gets its own exact answer, that an id sent twice by one member within a group counts once,
 * that a statement PostgreSQL refuses is retried batch by batch so only the bad batch fails, and that a statement
 * that fails to run rejects every request of its group without committing any of it, so retries lose nothing.
 * Through HTTP, concurrent batches of several agents with overlapping ids are checked on both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventRow, GroupCommitter, groupRunner, type Prepared, type Runner } from '../../server/data/events';
import type { ProgressEvent } from '../../server/validation/events';
import { DATABASE_KINDS } from './support/databases';
import { createHarness, EXTENSION_ORIGIN, progressEvent, type Harness, type SeededTeam } from './support/harness';

const event = (
  id: string,
  ruleCounts: Record<string, number> = { 'empathy/a': 1, 'guideline/b': 2 },
): ProgressEvent => ({
  id,
  kind: 'sent',
  occurredAt: new Date().toISOString(),
  score: 80,
  checks: { acknowledgement: 'present' },
  ruleCounts,
  suggestionsApplied: 0,
});

/** A runner that records each statement's batch count and holds statements while the gate is closed. */
function gatedRunner(inner: Runner) {
  const groups: number[] = [];
  let open!: () => void;
  let gate = new Promise<void>((resolve) => (open = resolve));
  const failing = new Set<number>();
  const run: Runner = async (text, values) => {
    const call = groups.push(new Set(values[0] as number[]).size) - 1;
    await gate;
    if (failing.has(call)) throw new Error('injected failure');
    return inner(text, values);
  };
  return {
    run,
    groups,
    release: () => open(),
    close: () => (gate = new Promise<void>((resolve) => (open = resolve))),
    /** The next statement to start fails before it reaches the database. */
    failNextStatement: () => failing.add(groups.length),
  };
}

/** Lets queued promise callbacks run, so `insert` calls made together have reached the committer's queue. */
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('group commit on postgres', () => {
  let h: Harness;
  let teamA: SeededTeam;
  let teamB: SeededTeam;

  beforeAll(async () => {
    h = await createHarness('postgres');
    teamA = await h.seedTeam('GroupA');
    teamB = await h.seedTeam('GroupB');
  }, 60_000);
  afterAll(async () => h?.close());

  /** One statement at a time through a gated runner, so batches inserted while the first is held are coalesced. */
  const gatedCommitter = (maxGroupEvents = 1000) => {
    const gated = gatedRunner(groupRunner(h.database.db, h.database.pgPool));
    return { gated, committer: new GroupCommitter(gated.run, { maxGroupEvents, maxConcurrentWrites: 1 }) };
  };
  const rows = (team: SeededTeam, memberId: string, events: ProgressEvent[]): Prepared[] =>
    events.map((e) => eventRow(team.teamId, memberId, e, Date.now()));
  const stored = async (memberId: string) =>
    (
      await h.database.db
        .selectFrom('events')
        .select('client_event_id')
        .where('member_id', '=', memberId)
        .orderBy('client_event_id')
        .execute()
    ).map((r) => r.client_event_id);
  const ruleCounts = async (memberId: string, id: string) =>
    h.database.db
      .selectFrom('event_rule_counts')
      .select(['rule_id', 'count', 'team_id'])
      .where('member_id', '=', memberId)
      .where('client_event_id', '=', id)
      .orderBy('rule_id')
      .execute();

  it('coalesces batches of several members and teams into one statement, each answered with its own count', async () => {
    const { gated, committer } = gatedCommitter();
    const first = committer.insert(rows(teamA, teamA.agentMemberId, [event('gc-first-1')]));
    await tick();
    const a = committer.insert(
      rows(teamA, teamA.agentMemberId, [event('gc-a-1'), event('gc-a-2'), event('gc-first-1')]),
    );
    const b = committer.insert(rows(teamB, teamB.agentMemberId, [event('gc-b-1'), event('gc-b-2')]));
    const lead = committer.insert(rows(teamA, teamA.leadId, [event('gc-l-1', { 'guideline/only': 5 })]));
    await tick();
    expect(committer.queued).toBe(3);
    gated.release();
    // gc-first-1 is committed by the first statement before the group runs: a duplicate there, not in flight.
    expect(await Promise.all([first, a, b, lead])).toEqual([1, 2, 2, 1]);
    expect(gated.groups).toEqual([1, 3]);
    expect(await stored(teamA.agentMemberId)).toEqual(['gc-a-1', 'gc-a-2', 'gc-first-1']);
    expect(await stored(teamB.agentMemberId)).toEqual(['gc-b-1', 'gc-b-2']);
    // Rule counts follow their own row's team and member.
    expect(await ruleCounts(teamB.agentMemberId, 'gc-b-2')).toEqual([
      { rule_id: 'empathy/a', count: 1, team_id: teamB.teamId },
      { rule_id: 'guideline/b', count: 2, team_id: teamB.teamId },
    ]);
    expect(await ruleCounts(teamA.leadId, 'gc-l-1')).toEqual([
      { rule_id: 'guideline/only', count: 5, team_id: teamA.teamId },
    ]);
  });

  it('counts an id sent twice by one member within a group once, credited to the first batch; other members are separate', async () => {
    const { gated, committer } = gatedCommitter();
    const hold = committer.insert(rows(teamA, teamA.agentMemberId, [event('gc-hold')]));
    await tick();
    const original = committer.insert(rows(teamA, teamA.agentMemberId, [event('gc-dup-1'), event('gc-dup-2')]));
    const retry = committer.insert(
      rows(teamA, teamA.agentMemberId, [event('gc-dup-2'), event('gc-dup-1'), event('gc-dup-3')]),
    );
    const otherMember = committer.insert(rows(teamA, teamA.leadId, [event('gc-dup-1')]));
    await tick();
    gated.release();
    expect(await Promise.all([hold, original, retry, otherMember])).toEqual([1, 2, 1, 1]);
    expect(gated.groups).toEqual([1, 3]);
    expect(await stored(teamA.agentMemberId)).toEqual(expect.arrayContaining(['gc-dup-1', 'gc-dup-2', 'gc-dup-3']));
    expect((await ruleCounts(teamA.agentMemberId, 'gc-dup-1')).length).toBe(2);
    expect((await ruleCounts(teamA.leadId, 'gc-dup-1')).length).toBe(2);
  });

  it('writes the batches of a statement PostgreSQL refused one by one, so only the bad batch fails', async () => {
    const { gated, committer } = gatedCommitter();
    const hold = committer.insert(rows(teamA, teamA.agentMemberId, [event('gc-bad-hold')]));
    await tick();
    const group = [
      committer.insert(rows(teamA, teamA.agentMemberId, [event('gc-bad-a1'), event('gc-bad-a2')])),
      committer.insert(rows(teamB, teamB.agentMemberId, [event('gc-bad-b1')])),
      // A member that does not exist: the foreign key refuses the whole statement.
      committer.insert(rows(teamA, 'no-such-member', [event('gc-bad-ghost')])),
    ];
    await tick();
    gated.release();
    expect(await hold).toBe(1);
    const outcomes = await Promise.allSettled(group);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect(outcomes.slice(0, 2)).toEqual([
      { status: 'fulfilled', value: 2 },
      { status: 'fulfilled', value: 1 },
    ]);
    expect(outcomes[2]).toMatchObject({ status: 'rejected', reason: { code: '23503' } });
    // The group statement, then each of its three batches alone.
    expect(gated.groups).toEqual([1, 3, 1, 1, 1]);
    expect((await stored(teamA.agentMemberId)).filter((id) => id.startsWith('gc-bad-a'))).toEqual([
      'gc-bad-a1',
      'gc-bad-a2',
    ]);
    expect(await stored(teamB.agentMemberId)).toContain('gc-bad-b1');
    expect((await ruleCounts(teamA.agentMemberId, 'gc-bad-a1')).length).toBe(2);
  });

  it('rejects every request of a statement that failed to run, commits none of it, and a retry stores each event once', async () => {
    const { gated, committer } = gatedCommitter();
    const batches = [
      rows(teamA, teamA.agentMemberId, [event('gc-fail-a1'), event('gc-fail-a2')]),
      rows(teamB, teamB.agentMemberId, [event('gc-fail-b1')]),
    ];
    const hold = committer.insert(rows(teamA, teamA.agentMemberId, [event('gc-fail-hold')]));
    await tick();
    // A statement that fails before reaching the database (a lost connection).
    gated.failNextStatement();
    const group = batches.map((batch) => committer.insert(batch));
    await tick();
    gated.release();
    expect(await hold).toBe(1);
    for (const outcome of await Promise.allSettled(group))
      expect(outcome).toMatchObject({ status: 'rejected', reason: new Error('injected failure') });
    expect(gated.groups).toEqual([1, 2]);
    expect(await stored(teamA.agentMemberId)).not.toContain('gc-fail-a1');
    expect(await stored(teamB.agentMemberId)).not.toContain('gc-fail-b1');

    // The clients' retries: every event stored once, and a second retry counts nothing.
    expect(await Promise.all([committer.insert(batches[0]!), committer.insert(batches[1]!)])).toEqual([2, 1]);
    expect(await Promise.all([committer.insert(batches[0]!), committer.insert(batches[1]!)])).toEqual([0, 0]);
    expect((await stored(teamA.agentMemberId)).filter((id) => id.startsWith('gc-fail-a'))).toEqual([
      'gc-fail-a1',
      'gc-fail-a2',
    ]);
    expect(await stored(teamB.agentMemberId)).toContain('gc-fail-b1');
    expect((await ruleCounts(teamA.agentMemberId, 'gc-fail-a1')).length).toBe(2);
  });

  it('bounds a statement by maxGroupEvents without splitting a request', async () => {
    const { gated, committer } = gatedCommitter(5);
    const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => event(`${prefix}-${i}`));
    const pending = [
      committer.insert(rows(teamA, teamA.agentMemberId, many('gc-bound-0', 1))),
      committer.insert(rows(teamA, teamA.agentMemberId, many('gc-bound-1', 3))),
      committer.insert(rows(teamA, teamA.agentMemberId, many('gc-bound-2', 2))),
      committer.insert(rows(teamA, teamA.agentMemberId, many('gc-bound-3', 7))),
      committer.insert(rows(teamA, teamA.agentMemberId, many('gc-bound-4', 1))),
    ];
    await tick();
    gated.release();
    expect(await Promise.all(pending)).toEqual([1, 3, 2, 7, 1]);
    // 1 alone (the statement in flight), then 3 + 2 = 5, then 7 alone (over the bound, never split), then 1.
    expect(gated.groups).toEqual([1, 2, 1, 1]);
  });

  it('runs the statement as a named prepared statement on the pg pool', async (context) => {
    if (!h.database.pgPool) context.skip('PGlite has no pg pool');
    const committer = new GroupCommitter(groupRunner(h.database.db, h.database.pgPool, true), {
      maxGroupEvents: 1000,
      maxConcurrentWrites: 2,
    });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        committer.insert(rows(teamB, teamB.agentMemberId, [event(`gc-named-${i}`), event(`gc-named-${(i + 1) % 12}`)])),
      ),
    );
    expect(results.reduce((a, b) => a + b, 0)).toBe(12);
    expect((await stored(teamB.agentMemberId)).filter((id) => id.startsWith('gc-named-')).length).toBe(12);
  });
});

describe.each(DATABASE_KINDS)('concurrent batches through HTTP on %s', (kind) => {
  let h: Harness;
  const agents: Array<{ token: string; memberId: string }> = [];

  beforeAll(async () => {
    h = await createHarness(kind);
    const team = await h.seedTeam('Crowd');
    agents.push({ token: team.agentToken, memberId: team.agentMemberId });
    const invite = await h.request(`/api/teams/${team.teamId}/invites`, {
      method: 'POST',
      cookie: team.leadCookie,
      json: { label: 'more', maxUses: 10, expiresInDays: 1 },
    });
    const { code } = (await invite.json()) as { code: string };
    for (let i = 0; i < 5; i += 1) {
      const joined = await h.request('/api/join', {
        method: 'POST',
        json: { code, displayName: `Agent ${i}` },
        origin: EXTENSION_ORIGIN,
      });
      const body = (await joined.json()) as { token: string; member: { id: string } };
      agents.push({ token: body.token, memberId: body.member.id });
    }
  }, 60_000);
  afterAll(async () => h?.close());

  it('answers each of many concurrent batches exactly: overlapping retries of one agent count once, other agents apart', async () => {
    // Every agent sends 6 batches at once: ids 0–9, 5–14, 10–19, then the same three again (retries racing).
    const windows = [0, 5, 10, 0, 5, 10];
    const requests = agents.flatMap((agent) =>
      windows.map((start) => {
        const events = Array.from({ length: 10 }, (_, i) => progressEvent(`http-${kind}-${start + i}`));
        return h.request('/api/agent/events', {
          method: 'POST',
          json: { events },
          token: agent.token,
          origin: EXTENSION_ORIGIN,
        });
      }),
    );
    const responses = await Promise.all(requests);
    expect(responses.map((r) => r.status).every((s) => s === 200)).toBe(true);
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as Array<{
      accepted: number;
      duplicates: number;
    }>;
    for (let a = 0; a < agents.length; a += 1) {
      const mine = bodies.slice(a * windows.length, (a + 1) * windows.length);
      expect(mine.reduce((sum, b) => sum + b.accepted, 0)).toBe(20);
      expect(mine.every((b) => b.accepted + b.duplicates === 10)).toBe(true);
    }
    for (const agent of agents) {
      const rows = await h.database.db
        .selectFrom('events')
        .select('client_event_id')
        .where('member_id', '=', agent.memberId)
        .execute();
      expect(rows.length).toBe(20);
      const counts = await h.database.db
        .selectFrom('event_rule_counts')
        .select('rule_id')
        .where('member_id', '=', agent.memberId)
        .execute();
      expect(counts.length).toBe(40);
    }
  });
});
