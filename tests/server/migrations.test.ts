/**
 * Migrations run safely on start: re-running is a no-op, and on PostgreSQL several instances starting at once
 * migrate exactly once (Kysely's Migrator holds an advisory lock). SQLite is one process by design.
 */
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../server/db/connect';
import { isFullyMigrated, MIGRATIONS, migrateToLatest } from '../../server/db/migrations';
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

  it('survives instances starting at the same moment (PostgreSQL)', async (context) => {
    if (kind !== 'postgres' || !(await postgresReachable())) context.skip('concurrent instances need a PostgreSQL server');
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
