/**
 * Migrations run safely on start: re-running is a no-op, and on PostgreSQL several instances starting at once
 * migrate exactly once (Kysely's Migrator holds an advisory lock). SQLite is one process by design.
 */
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../server/db/connect';
import { ingestEvents } from '../../server/data/events';
import { createTeamWithLead } from '../../server/data/teams';
import { isFullyMigrated, MIGRATIONS, migrateToLatest, migratorFor } from '../../server/db/migrations';
import type { ProgressEvent } from '../../server/validation/events';
import { createTestDatabase, DATABASE_KINDS, postgresReachable, type TestDatabase } from './support/databases';

describe.each(DATABASE_KINDS)('migrations on %s', (kind) => {
  const opened: OpenDatabase[] = [];
  let testDb: TestDatabase | undefined;
  afterAll(async () => {
    for (const database of opened) await database.close().catch(() => undefined);
    await testDb?.drop();
  });

  it('migrates a fresh database, and a second run changes nothing', async () => {
    testDb = await createTestDatabase(kind);
    const database = testDb.open();
    opened.push(database);
    expect(await isFullyMigrated(database.db)).toBe(false);
    await migrateToLatest(database.db);
    expect(await isFullyMigrated(database.db)).toBe(true);
    await migrateToLatest(database.db);
    const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(database.db);
    expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIONS));
  });

  it('keeps rule counts when they move from the event key to the member key, and a deleted member takes both along', async () => {
    const fresh = await createTestDatabase(kind);
    const database = fresh.open();
    try {
      expect((await migratorFor(database.db).migrateTo('2026-11-25-002-publication-kind')).error).toBeUndefined();
      const { teamId, leadId } = await createTeamWithLead(database.db, {
        teamName: 'M',
        leadName: 'L',
        leadEmail: `m-${kind}@example.test`,
        leadPassword: 'a long lead password',
      });
      const event = (id: string): ProgressEvent => ({
        id,
        kind: 'sent',
        occurredAt: new Date().toISOString(),
        score: 80,
        checks: {},
        ruleCounts: { 'empathy/a': 1, 'guideline/b': 2 },
        suggestionsApplied: 0,
      });
      await ingestEvents(database.db, teamId, leadId, [event('before-1'), event('before-2')], Date.now(), kind);
      await migrateToLatest(database.db);
      const counts = await database.db
        .selectFrom('event_rule_counts')
        .select(['client_event_id', 'rule_id', 'count'])
        .orderBy('client_event_id')
        .orderBy('rule_id')
        .execute();
      expect(counts).toEqual([
        { client_event_id: 'before-1', rule_id: 'empathy/a', count: 1 },
        { client_event_id: 'before-1', rule_id: 'guideline/b', count: 2 },
        { client_event_id: 'before-2', rule_id: 'empathy/a', count: 1 },
        { client_event_id: 'before-2', rule_id: 'guideline/b', count: 2 },
      ]);
      expect(
        await ingestEvents(database.db, teamId, leadId, [event('after-1'), event('before-1')], Date.now(), kind),
      ).toMatchObject({ accepted: 1, duplicates: 1 });
      // A rule count must still name a member that exists.
      await expect(
        database.db
          .insertInto('event_rule_counts')
          .values({
            team_id: teamId,
            member_id: 'nobody',
            client_event_id: 'x',
            day: '2026-11-26',
            rule_id: 'empathy/a',
            count: 1,
          })
          .execute(),
      ).rejects.toThrow();
      await database.db.deleteFrom('members').where('id', '=', leadId).execute();
      expect(await database.db.selectFrom('events').select('client_event_id').execute()).toEqual([]);
      expect(await database.db.selectFrom('event_rule_counts').select('client_event_id').execute()).toEqual([]);
    } finally {
      await database.close();
      await fresh.drop();
    }
  });

  it('survives instances starting at the same moment (PostgreSQL)', async (context) => {
    if (kind !== 'postgres' || !(await postgresReachable()))
      context.skip('concurrent instances need a PostgreSQL server');
    const fresh = await createTestDatabase(kind);
    try {
      const instances = Array.from({ length: 4 }, () => fresh.open());
      opened.push(...instances);
      await Promise.all(instances.map((instance) => migrateToLatest(instance.db)));
      const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(instances[0]!.db);
      expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIONS));
      for (const instance of instances) expect(await isFullyMigrated(instance.db)).toBe(true);
      await Promise.all(instances.map((instance) => instance.close()));
      opened.splice(opened.length - instances.length);
    } finally {
      await fresh.drop();
    }
  });
});
