/**
 * Smaller hardening, on SQLite and PostgreSQL where the database matters: authenticated JSON is never cached,
 * a Permissions-Policy is sent, a server without a demo serves no demo page, the SQLite file is private, a batch
 * that mixes sent and reviewed events is stored whole or not at all, and guideline packs are capped per team.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/connect';
import { MAX_PACKS_PER_TEAM } from '../../lib/coach/guidelines/limits';
import { DATABASE_KINDS } from './support/databases';
import { createHarness, progressEvent, type Harness, type SeededTeam } from './support/harness';

describe('the SQLite file', () => {
  it('is created 0600 in a 0700 directory, with its WAL files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attune-mode-'));
    try {
      const path = join(dir, 'data', 'attune.sqlite');
      const database = openDatabase({ kind: 'sqlite', path });
      await sql`create table t (x integer)`.execute(database.db);
      await sql`insert into t values (1)`.execute(database.db);
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(statSync(`${path}-wal`).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, 'data')).mode & 0o777).toBe(0o700);
      await database.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(DATABASE_KINDS)('hardening on %s', (kind) => {
  let h: Harness;
  let team: SeededTeam;

  beforeAll(async () => {
    h = await createHarness(kind);
    team = await h.seedTeam('Hard');
  }, 60_000);
  afterAll(async () => h?.close());

  it('marks authenticated JSON no-store, and keeps revalidation for the guidelines', async () => {
    const members = await h.request(`/api/teams/${team.teamId}/members`, { cookie: team.leadCookie });
    expect(members.status).toBe(200);
    expect(members.headers.get('cache-control')).toBe('no-store');
    const me = await h.request('/api/agent/me', { token: team.agentToken });
    expect(me.headers.get('cache-control')).toBe('no-store');
    const guidelines = await h.request('/api/agent/guidelines', { token: team.agentToken });
    expect(guidelines.headers.get('cache-control')).toBe('private, no-cache');
    expect(members.headers.get('permissions-policy')).toContain('camera=()');
    expect(members.headers.get('permissions-policy')).toContain('geolocation=()');
  });

  it('serves no demo page where no demo is mounted', async () => {
    for (const path of ['/demo', '/demo/', '/demo/index.html']) {
      const response = await h.request(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  it('stores a batch mixing sent and reviewed events whole or not at all', async () => {
    // A real database trigger makes one review fail, as a constraint or a lost connection would.
    if (kind === 'sqlite') {
      await sql`create trigger refuse_boom before insert on events when new.client_event_id like 'boom%' begin select raise(abort, 'refused'); end`.execute(
        h.database.db,
      );
    } else {
      await sql`create function refuse_boom() returns trigger language plpgsql as $$ begin if new.client_event_id like 'boom%' then raise exception 'refused'; end if; return new; end $$`.execute(
        h.database.db,
      );
      await sql`create trigger refuse_boom before insert on events for each row execute function refuse_boom()`.execute(
        h.database.db,
      );
    }
    const batch = {
      events: [
        progressEvent('mixed-sent-0001'),
        progressEvent('mixed-sent-0002'),
        progressEvent('boom-review-01', { kind: 'reviewed' }),
      ],
    };
    const failed = await h.request('/api/agent/events', { method: 'POST', token: team.agentToken, json: batch });
    expect(failed.status).toBe(500);
    const stored = await h.database.db
      .selectFrom('events')
      .select('client_event_id')
      .where('client_event_id', 'like', 'mixed-%')
      .execute();
    expect(stored).toEqual([]); // the sent half did not commit without the reviews
    const counts = await h.database.db
      .selectFrom('event_rule_counts')
      .select('client_event_id')
      .where('client_event_id', 'like', 'mixed-%')
      .execute();
    expect(counts).toEqual([]);
    await sql`drop trigger refuse_boom${sql.raw(kind === 'sqlite' ? '' : ' on events')}`.execute(h.database.db);
    const retried = await h.request('/api/agent/events', { method: 'POST', token: team.agentToken, json: batch });
    expect(retried.status).toBe(200);
    expect(await retried.json()).toMatchObject({ accepted: 3, duplicates: 0 });
  });

  it('caps guideline packs per team and refuses a pack over its cost budget, naming the field', async () => {
    const other = await h.seedTeam('Packs');
    const create = (id: string, match = 'refund') =>
      h.request(`/api/teams/${other.teamId}/packs`, {
        method: 'POST',
        cookie: other.leadCookie,
        json: {
          pack: {
            id,
            name: id,
            version: 1,
            rules: [{ kind: 'avoid', id: 'r', phrases: [{ match }], message: 'Avoid %s.' }],
          },
        },
      });
    const heavy = `(${Array.from({ length: 28 }, (_, i) => `~wo${i}~`).join('|')})`; // 28 fuzzy choices, under 200 characters
    const refused = await create('heavy', heavy);
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { issues: Array<{ path: string; message: string }> };
    expect(body.issues[0]?.path).toBe('pack.rules.0.phrases.0.match');
    expect(body.issues[0]?.message).toMatch(/matcher do more than/);
    const stored = await h.database.db
      .selectFrom('guideline_packs')
      .select('id')
      .where('team_id', '=', other.teamId)
      .execute();
    expect(stored).toEqual([]);
    for (let i = 0; i < MAX_PACKS_PER_TEAM; i += 1) expect((await create(`pack-${i}`)).status).toBe(201);
    const over = await create('one-too-many');
    expect(over.status).toBe(400);
    expect(JSON.stringify(await over.json())).toContain(`at most ${MAX_PACKS_PER_TEAM} guideline packs`);
    const version = await h.database.db
      .selectFrom('guideline_versions as v')
      .innerJoin('guideline_packs as p', 'p.id', 'v.pack_id')
      .select(['v.cost', 'v.rule_count'])
      .where('p.pack_key', '=', 'pack-0')
      .executeTakeFirstOrThrow();
    expect(Number(version.cost)).toBeGreaterThan(0);
    expect(version.rule_count).toBe(1);
  });
});
