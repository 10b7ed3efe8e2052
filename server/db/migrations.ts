/**
 * Migrations, in code so the bundle and the tests need no migration folder on disk. Each runs on SQLite and
 * PostgreSQL alike (only portable column types). Kysely's Migrator runs them in order inside a transaction and,
 * on PostgreSQL, under an advisory lock — so several instances starting at once migrate exactly once.
 */
import { Migrator, SqliteAdapter, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

// Migrations see the database as it was when they were written, not today's typed schema, so they (and the
// Migrator, which itself takes Kysely<any>) use the untyped builder.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const initial: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('teams')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('share_individual_progress', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('guidelines_etag', 'text', (c) => c.notNull())
      .addColumn('tips_etag', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('members')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.unique())
      .addColumn('password_hash', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('removed_at', 'bigint')
      .execute();
    await db.schema.createIndex('members_team').on('members').column('team_id').execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id_hash', 'text', (c) => c.primaryKey())
      .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('invites')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
      .addColumn('code_hash', 'text', (c) => c.notNull().unique())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('max_uses', 'integer', (c) => c.notNull())
      .addColumn('uses', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('revoked_at', 'bigint')
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('invites_team').on('invites').column('team_id').execute();

    await db.schema
      .createTable('device_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('last_used_at', 'bigint', (c) => c.notNull())
      .addColumn('revoked_at', 'bigint')
      .execute();
    await db.schema.createIndex('device_tokens_team').on('device_tokens').column('team_id').execute();

    await db.schema
      .createTable('guideline_packs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
      .addColumn('pack_key', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('latest_version', 'integer', (c) => c.notNull())
      .addColumn('published_version', 'integer')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('archived_at', 'bigint')
      .addUniqueConstraint('guideline_packs_team_key', ['team_id', 'pack_key'])
      .execute();

    await db.schema
      .createTable('guideline_versions')
      .addColumn('pack_id', 'text', (c) => c.notNull().references('guideline_packs.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('content', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('guideline_versions_pk', ['pack_id', 'version'])
      .execute();

    await db.schema
      .createTable('guideline_publications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('pack_id', 'text', (c) => c.notNull().references('guideline_packs.id').onDelete('cascade'))
      .addColumn('version', 'integer')
      .addColumn('published_by', 'text', (c) => c.notNull())
      .addColumn('published_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('guideline_publications_pack')
      .on('guideline_publications')
      .columns(['pack_id', 'published_at'])
      .execute();

    await db.schema
      .createTable('tips')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('tags', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('tips_team').on('tips').column('team_id').execute();

    await db.schema
      .createTable('events')
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
      .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
      .addColumn('client_event_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('occurred_at', 'bigint', (c) => c.notNull())
      .addColumn('received_at', 'bigint', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('score', 'integer', (c) => c.notNull())
      .addColumn('suggestions_applied', 'integer', (c) => c.notNull())
      .addColumn('questions_asked', 'integer', (c) => c.notNull())
      .addColumn('questions_unanswered', 'integer', (c) => c.notNull())
      .addColumn('check_acknowledgement', 'text')
      .addColumn('check_reassurance', 'text')
      .addColumn('check_restatement', 'text')
      .addColumn('check_questions', 'text')
      .addColumn('check_next_steps', 'text')
      .addColumn('check_personalization', 'text')
      .addColumn('check_greeting', 'text')
      .addColumn('check_closing', 'text')
      .addColumn('engine_version', 'text')
      .addPrimaryKeyConstraint('events_pk', ['member_id', 'client_event_id'])
      .execute();
    await db.schema.createIndex('events_team_day').on('events').columns(['team_id', 'day']).execute();
    await db.schema.createIndex('events_member_day').on('events').columns(['member_id', 'day']).execute();

    await db.schema
      .createTable('event_rule_counts')
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('member_id', 'text', (c) => c.notNull())
      .addColumn('client_event_id', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('rule_id', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('event_rule_counts_pk', ['member_id', 'client_event_id', 'rule_id'])
      .addForeignKeyConstraint(
        'event_rule_counts_event',
        ['member_id', 'client_event_id'],
        'events',
        ['member_id', 'client_event_id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('event_rule_counts_team_day')
      .on('event_rule_counts')
      .columns(['team_id', 'day'])
      .execute();
  },
};

/**
 * Rollback walks back through what was published like an undo stack, so it must tell a rollback record from a
 * publish of the same version: 'publish' | 'rollback' | 'unpublish'. Earlier records were all publishes (or
 * unpublishes, which have no version and need no kind to be read right).
 */
const publicationKind: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .alterTable('guideline_publications')
      .addColumn('kind', 'text', (c) => c.notNull().defaultTo('publish'))
      .execute();
  },
};

/**
 * Rule counts hang off their member, not off their event. The composite foreign key to events(member_id,
 * client_event_id) made PostgreSQL run one referential check per rule-count row, and that check is a query
 * planned once per connection and cached: on a table without statistics (a fresh database, or autovacuum off) the
 * planner chose the events_member_day index and filtered on client_event_id, so every check read all of that
 * member's events of the day and ingest slowed as the day filled (18,000 → 4,400 events/s within 140,000 events,
 * measured with 10 writers). Only the ingest code writes rule counts, always in the same statement or transaction
 * as the events they belong to, and events are only ever deleted with their member — so the cascade from members
 * keeps what the old key kept. members has one index on id, so its check cannot pick another.
 * SQLite cannot drop a constraint: the table is rebuilt (same columns, key and index).
 */
const ruleCountsByMember: Migration = {
  async up(db: AnyDb) {
    if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
      await sql`alter table event_rule_counts drop constraint event_rule_counts_event,
        add constraint event_rule_counts_member foreign key (member_id) references members (id) on delete cascade`.execute(
        db,
      );
      return;
    }
    await db.schema
      .createTable('event_rule_counts_next')
      .addColumn('team_id', 'text', (c) => c.notNull())
      .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
      .addColumn('client_event_id', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('rule_id', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('event_rule_counts_pk', ['member_id', 'client_event_id', 'rule_id'])
      .execute();
    await sql`insert into event_rule_counts_next (team_id, member_id, client_event_id, day, rule_id, count)
      select team_id, member_id, client_event_id, day, rule_id, count from event_rule_counts`.execute(db);
    await db.schema.dropTable('event_rule_counts').execute();
    await db.schema.alterTable('event_rule_counts_next').renameTo('event_rule_counts').execute();
    await db.schema
      .createIndex('event_rule_counts_team_day')
      .on('event_rule_counts')
      .columns(['team_id', 'day'])
      .execute();
  },
};

/**
 * A pack version carries its size and cost (rules, matcher steps: see lib/coach/guidelines/budget.ts), so the
 * team's totals are one indexed sum instead of parsing every stored pack. Versions saved before this have 0 and
 * are measured again when they are next saved. And sign-in throttling moves into the database, so every instance
 * behind a load balancer counts the same failures: one row per throttled key (an account or a client address).
 */
const packCostsAndThrottle: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .alterTable('guideline_versions')
      .addColumn('rule_count', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .alterTable('guideline_versions')
      .addColumn('cost', 'bigint', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable('credential_throttle')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('last_attempt_at', 'bigint', (c) => c.notNull())
      .addColumn('blocked_until', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('credential_throttle_last_attempt')
      .on('credential_throttle')
      .column('last_attempt_at')
      .execute();
  },
};

/**
 * Request rate limits shared by every instance on one PostgreSQL (server/security/rate-limit.ts): hits per
 * limiter, key and window, added by each instance about once a second. Created on SQLite too, where one process
 * counts in memory and the table stays empty, so both databases keep one schema.
 */
const sharedRateLimits: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('rate_limit_windows')
      .addColumn('limiter', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('window_start', 'bigint', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('rate_limit_windows_pk', ['limiter', 'key', 'window_start'])
      .execute();
    await db.schema
      .createIndex('rate_limit_windows_sweep')
      .on('rate_limit_windows')
      .columns(['limiter', 'window_start'])
      .execute();
  },
};

export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-25-001-initial': initial,
  '2026-11-25-002-publication-kind': publicationKind,
  '2026-11-26-003-rule-counts-by-member': ruleCountsByMember,
  '2026-12-01-004-pack-costs-and-throttle': packCostsAndThrottle,
  '2026-12-02-005-shared-rate-limits': sharedRateLimits,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export function migratorFor(db: AnyDb): Migrator {
  return new Migrator({ db, provider });
}

/** Brings the database to the latest schema; throws with the failing migration's name and cause. */
export async function migrateToLatest(db: AnyDb): Promise<void> {
  const { error, results } = await migratorFor(db).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown migration';
    throw new Error(`Database migration failed at ${failed}`, { cause: error });
  }
}

/** True when every known migration has been applied (readiness). */
export async function isFullyMigrated(db: AnyDb): Promise<boolean> {
  const migrations = await migratorFor(db).getMigrations();
  return migrations.every((m) => m.executedAt !== undefined);
}
