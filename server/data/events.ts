/**
 * Idempotent event ingest: the (member, client id) key makes a retried batch a no-op (INSERT … ON CONFLICT DO
 * NOTHING RETURNING tells us which rows are new), and rule counts are written only for the new rows. A batch is
 * acknowledged once its writes have committed; before that, a retry redoes what is missing and skips what exists.
 *
 * PostgreSQL gets sent events as ONE statement — the events and the rule counts each passed as a handful of arrays
 * and unnested, both inserts in data-modifying CTEs — so a write is one round trip and one commit whatever its
 * size, the SQL text never changes with the row count, and a statement is atomic without BEGIN/COMMIT. In the
 * server, batches from different requests that arrive while earlier writes are in flight share one such statement
 * (group commit, `EventIngest`); each request is answered only after that statement has committed.
 * SQLite runs in-process, where round trips cost nothing: it keeps the portable multi-row inserts in a transaction.
 *
 * `reviewed` events (at most one per reply) take a second, portable transaction: their id is the reply's draft
 * session, and a reply reviewed again sends the same id with newer figures. Those are upserts — ON CONFLICT DO
 * UPDATE only when both rows are `reviewed` and the incoming one happened later — so a review is updated, never
 * duplicated, and a retried (same or older) review is still a no-op. The updated row's rule counts are replaced.
 */
import { CompiledQuery, type Insertable, type Kysely, type Transaction } from 'kysely';
import type pg from 'pg';
import type { DatabaseKind } from '../db/connect';
import type { Database, EventRuleCountsTable, EventsTable } from '../db/schema';
import type { ProgressEvent } from '../validation/events';

/** How far a device clock may run ahead or lag and still decide the day an event counts for. */
const MAX_FUTURE_SKEW_MS = 5 * 60 * 1000;
const MAX_PAST_SKEW_MS = 90 * 24 * 60 * 60 * 1000;
/** Rows per INSERT statement: stays far below SQLite's bound-parameter limit. */
const ROWS_PER_STATEMENT = 400;

/** What an event row is made of: the batch's owner, the validated event and the server's receive time. */
interface EventSource {
  teamId: string;
  memberId: string;
  event: ProgressEvent;
  occurredAt: number;
  receivedAt: number;
  day: string;
}

interface ColumnSpec<K extends keyof EventsTable> {
  /** The column's type in the group statement, which passes every column as one array. */
  pgType: 'text' | 'bigint' | 'integer';
  /** A later review of the same reply replaces it (everything but the row's identity). */
  replacedByReview: boolean;
  value(source: EventSource): EventsTable[K];
}

/**
 * Every column of an event row, once: the row (`eventRow`), the group statement's SQL and parameters and the
 * review upsert are all built from this table, so a new counter is one entry here plus its migration.
 */
const EVENT_COLUMNS: { [K in keyof EventsTable]: ColumnSpec<K> } = {
  team_id: { pgType: 'text', replacedByReview: false, value: (s) => s.teamId },
  member_id: { pgType: 'text', replacedByReview: false, value: (s) => s.memberId },
  client_event_id: { pgType: 'text', replacedByReview: false, value: (s) => s.event.id },
  kind: { pgType: 'text', replacedByReview: false, value: (s) => s.event.kind },
  occurred_at: { pgType: 'bigint', replacedByReview: true, value: (s) => s.occurredAt },
  received_at: { pgType: 'bigint', replacedByReview: true, value: (s) => s.receivedAt },
  day: { pgType: 'text', replacedByReview: true, value: (s) => s.day },
  score: { pgType: 'integer', replacedByReview: true, value: (s) => s.event.score },
  suggestions_applied: { pgType: 'integer', replacedByReview: true, value: (s) => s.event.suggestionsApplied },
  questions_asked: { pgType: 'integer', replacedByReview: true, value: (s) => s.event.questions?.asked ?? 0 },
  questions_unanswered: { pgType: 'integer', replacedByReview: true, value: (s) => s.event.questions?.unanswered ?? 0 },
  check_acknowledgement: { pgType: 'text', replacedByReview: true, value: (s) => s.event.checks.acknowledgement ?? null },
  check_reassurance: { pgType: 'text', replacedByReview: true, value: (s) => s.event.checks.reassurance ?? null },
  check_restatement: { pgType: 'text', replacedByReview: true, value: (s) => s.event.checks.restatement ?? null },
  check_questions: { pgType: 'text', replacedByReview: true, value: (s) => s.event.checks.questions ?? null },
  check_next_steps: { pgType: 'text', replacedByReview: true, value: (s) => s.event.checks.nextSteps ?? null },
  check_personalization: { pgType: 'text', replacedByReview: true, value: (s) => s.event.checks.personalization ?? null },
  check_greeting: { pgType: 'text', replacedByReview: true, value: (s) => s.event.checks.greeting ?? null },
  check_closing: { pgType: 'text', replacedByReview: true, value: (s) => s.event.checks.closing ?? null },
  engine_version: { pgType: 'text', replacedByReview: true, value: (s) => s.event.engineVersion ?? null },
};

const EVENT_COLUMN_NAMES = Object.keys(EVENT_COLUMNS) as Array<keyof EventsTable>;
const REVIEW_COLUMNS = EVENT_COLUMN_NAMES.filter((name) => EVENT_COLUMNS[name].replacedByReview);
/** The rule counts' arrays in the group statement, after the event columns. */
const RULE_COUNT_PARAMS = [
  ['member_id', 'text'],
  ['client_event_id', 'text'],
  ['rule_id', 'text'],
  ['count', 'integer'],
] as const;

export function countingDay(occurredAt: number, receivedAt: number): string {
  const plausible = occurredAt <= receivedAt + MAX_FUTURE_SKEW_MS && occurredAt >= receivedAt - MAX_PAST_SKEW_MS;
  return new Date(plausible ? occurredAt : receivedAt).toISOString().slice(0, 10);
}

export function eventRow(teamId: string, memberId: string, event: ProgressEvent, receivedAt: number) {
  const occurredAt = Date.parse(event.occurredAt);
  const day = countingDay(occurredAt, receivedAt);
  const source: EventSource = { teamId, memberId, event, occurredAt, receivedAt, day };
  // Each entry's value is typed against its column by EVENT_COLUMNS' mapped type; fromEntries only loses that.
  const row = Object.fromEntries(EVENT_COLUMN_NAMES.map((name) => [name, EVENT_COLUMNS[name].value(source)])) as unknown as EventsTable;
  const ruleCounts: Array<Insertable<EventRuleCountsTable>> = Object.entries(event.ruleCounts).map(
    ([ruleId, count]) => ({ team_id: teamId, member_id: memberId, client_event_id: event.id, day, rule_id: ruleId, count }),
  );
  return { row, ruleCounts };
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface IngestResult {
  /** New events. */
  accepted: number;
  /** Reviewed events that replaced an earlier review of the same reply. */
  updated: number;
  /** Events already stored (a retry), or reviews older than the one stored. */
  duplicates: number;
  receivedAt: number;
}

/** Takes event batches; `ingest` resolves once the batch's writes have committed. */
export interface EventIngest {
  ingest(teamId: string, memberId: string, events: ProgressEvent[], receivedAt: number): Promise<IngestResult>;
}

export interface GroupCommitOptions {
  /** The most events one statement carries (a request is never split; one larger than this goes alone). */
  maxGroupEvents: number;
  /** Statements in flight at once; batches arriving while all are busy wait and share the next one. */
  maxConcurrentWrites: number;
  /** Send the statement as a named prepared statement (pg only): PostgreSQL parses and plans it once per connection. */
  preparedStatement: boolean;
}

/**
 * Two statements in flight: with one, saturation through HTTP fell from 20,500–25,400 to 15,500–17,000 events/s
 * (every batch waited for the last round trip); four was not measurably better than two. The named statement
 * saves PostgreSQL's parse and plan of this large CTE: without HTTP, one writer, 25-event batches, 790–960 vs
 * 650–740 statements/s.
 */
export const DEFAULT_GROUP_COMMIT: GroupCommitOptions = { maxGroupEvents: 2000, maxConcurrentWrites: 2, preparedStatement: true };

/**
 * The server's ingest: on PostgreSQL sent events go through a `GroupCommitter` (on the pg pool when there is one,
 * otherwise through Kysely); on SQLite each batch is its own transaction, as in `ingestEvents`.
 */
export function createEventIngest(
  db: Kysely<Database>,
  kind: DatabaseKind,
  options: Partial<GroupCommitOptions> & { pool?: pg.Pool } = {},
): EventIngest {
  const { pool, ...rest } = options;
  const settings = { ...DEFAULT_GROUP_COMMIT, ...rest };
  const committer = kind === 'postgres' ? new GroupCommitter(groupRunner(db, pool, settings.preparedStatement), settings) : null;
  const insertSent = (sent: Prepared[]) => (committer ? committer.insert(sent) : insertPortable(db, sent));
  return { ingest: (teamId, memberId, events, receivedAt) => ingestWith(db, insertSent, teamId, memberId, events, receivedAt) };
}

/** One batch, written on its own (no group commit): for scripts and tests that hold only a Kysely instance. */
export async function ingestEvents(
  db: Kysely<Database>,
  teamId: string,
  memberId: string,
  events: ProgressEvent[],
  receivedAt: number,
  kind: DatabaseKind = 'sqlite',
): Promise<IngestResult> {
  const insertSent =
    kind === 'postgres'
      ? async (sent: Prepared[]) => (await insertGroup(kyselyRunner(db), [sent]))[0] ?? 0
      : (sent: Prepared[]) => insertPortable(db, sent);
  return ingestWith(db, insertSent, teamId, memberId, events, receivedAt);
}

async function ingestWith(
  db: Kysely<Database>,
  insertSent: (sent: Prepared[]) => Promise<number>,
  teamId: string,
  memberId: string,
  events: ProgressEvent[],
  receivedAt: number,
): Promise<IngestResult> {
  const prepared = events.map((event) => eventRow(teamId, memberId, event, receivedAt));
  const sent = prepared.filter((p) => p.row.kind !== 'reviewed');
  const reviewed = prepared.filter((p) => p.row.kind === 'reviewed');
  // One atomic write per batch. A batch of sent events only takes the fast path (group commit on PostgreSQL);
  // one that mixes sent and reviewed events writes both in one transaction, so it is stored whole or not at all
  // (before, its sent half could commit while its reviews failed — a retry repaired it, but a batch is a unit).
  let inserted = 0;
  let reviews = { inserted: 0, updated: 0 };
  if (reviewed.length === 0) inserted = await insertSent(sent);
  else if (sent.length === 0) reviews = await db.transaction().execute((trx) => upsertReviewsIn(trx, memberId, reviewed));
  else {
    [inserted, reviews] = await db.transaction().execute(async (trx) => [await insertSentIn(trx, sent), await upsertReviewsIn(trx, memberId, reviewed)] as const);
  }
  const accepted = inserted + reviews.inserted;
  return { accepted, updated: reviews.updated, duplicates: events.length - accepted - reviews.updated, receivedAt };
}

export type Prepared = ReturnType<typeof eventRow>;

async function insertPortable(db: Kysely<Database>, prepared: Prepared[]): Promise<number> {
  return db.transaction().execute((trx) => insertSentIn(trx, prepared));
}

/** Sent events and their rule counts, inside the caller's transaction. */
async function insertSentIn(trx: Transaction<Database>, prepared: Prepared[]): Promise<number> {
  {
    const newIds = new Set<string>();
    for (const chunk of chunks(prepared, ROWS_PER_STATEMENT)) {
      const rows = await trx
        .insertInto('events')
        .values(chunk.map((p) => p.row))
        .onConflict((oc) => oc.columns(['member_id', 'client_event_id']).doNothing())
        .returning('client_event_id')
        .execute();
      for (const r of rows) newIds.add(r.client_event_id);
    }
    const counts = prepared.filter((p) => newIds.has(p.row.client_event_id)).flatMap((p) => p.ruleCounts);
    for (const chunk of chunks(counts, ROWS_PER_STATEMENT)) {
      await trx.insertInto('event_rule_counts').values(chunk).execute();
    }
    return newIds.size;
  }
}

/** Reviewed events (upserts) and their rule counts, inside the caller's transaction. */
async function upsertReviewsIn(trx: Transaction<Database>, memberId: string, reviewed: Prepared[]): Promise<{ inserted: number; updated: number }> {
  {
    // Reviews that already exist: an upsert's RETURNING lists inserted and updated rows alike, so ask first.
    const reviewIds = reviewed.map((p) => p.row.client_event_id);
    const existing = new Set<string>();
    for (const ids of chunks(reviewIds, ROWS_PER_STATEMENT)) {
      const rows = await trx
        .selectFrom('events')
        .select('client_event_id')
        .where('member_id', '=', memberId)
        .where('client_event_id', 'in', ids)
        .execute();
      for (const r of rows) existing.add(r.client_event_id);
    }
    const changedReviews = new Set<string>();
    for (const chunk of chunks(reviewed, ROWS_PER_STATEMENT)) {
      const rows = await trx
        .insertInto('events')
        .values(chunk.map((p) => p.row))
        .onConflict((oc) =>
          oc
            .columns(['member_id', 'client_event_id'])
            .doUpdateSet((eb) => Object.fromEntries(REVIEW_COLUMNS.map((name) => [name, eb.ref(`excluded.${name}`)])))
            // Only a later review of the same reply replaces it; a sent event is never overwritten by a review.
            .where((eb) =>
              eb.and([
                eb('events.kind', '=', 'reviewed'),
                eb(eb.ref('excluded.occurred_at'), '>', eb.ref('events.occurred_at')),
              ]),
            ),
        )
        .returning('client_event_id')
        .execute();
      for (const r of rows) changedReviews.add(r.client_event_id);
    }
    const replaced = [...changedReviews].filter((id) => existing.has(id));
    // Every written review's counts are replaced, not only those seen before: a concurrent request may have
    // inserted the row (and its counts) after our look-up.
    for (const ids of chunks([...changedReviews], ROWS_PER_STATEMENT)) {
      await trx.deleteFrom('event_rule_counts').where('member_id', '=', memberId).where('client_event_id', 'in', ids).execute();
    }
    const newIds = [...changedReviews].filter((id) => !existing.has(id));
    const counts = reviewed.filter((p) => changedReviews.has(p.row.client_event_id)).flatMap((p) => p.ruleCounts);
    for (const chunk of chunks(counts, ROWS_PER_STATEMENT)) {
      await trx.insertInto('event_rule_counts').values(chunk).execute();
    }
    return { inserted: newIds.length, updated: replaced.length };
  }
}

/** Runs the group statement; rows are `{ req, accepted }`: new events per batch of the group, by position. */
export type Runner = (text: string, values: unknown[]) => Promise<Array<{ req: number; accepted: number }>>;

/** The statement's name when prepared; a new text needs a new name (pg refuses one name for two texts). */
const STATEMENT_NAME = 'attune_ingest_sent_v1';

/** The runner `createEventIngest` uses: the pg pool when given (optionally with a named statement), else Kysely. */
export function groupRunner(db: Kysely<Database>, pool?: pg.Pool, prepared = false): Runner {
  return pool ? poolRunner(pool, prepared) : kyselyRunner(db);
}

function poolRunner(pool: pg.Pool, prepared: boolean): Runner {
  return async (text, values) => (await pool.query<{ req: number; accepted: number }>(prepared ? { name: STATEMENT_NAME, text, values } : { text, values })).rows;
}

function kyselyRunner(db: Kysely<Database>): Runner {
  return async (text, values) => (await db.executeQuery<{ req: number; accepted: number }>(CompiledQuery.raw(text, values))).rows;
}

const EVENT_COLUMN_LIST = EVENT_COLUMN_NAMES.join(', ');

/**
 * Sent events of several batches (any teams and members) in one statement. Every input column is an array, one
 * element per event, unnested into rows; `req` is the batch's position in the group. `fresh` is what this
 * statement inserted (ON CONFLICT skips events already stored, and waits for another statement's uncommitted row
 * before skipping it), and only fresh events get their rule counts. The result counts fresh events per batch.
 */
const GROUP_STATEMENT = `
  with input as (
    select * from unnest($1::integer[], ${EVENT_COLUMN_NAMES.map((name, i) => `$${i + 2}::${EVENT_COLUMNS[name].pgType}[]`).join(', ')})
      as t(req, ${EVENT_COLUMN_LIST})
  ), fresh as (
    insert into events (${EVENT_COLUMN_LIST})
    select ${EVENT_COLUMN_LIST}
    from input
    on conflict (member_id, client_event_id) do nothing
    returning team_id, member_id, client_event_id, day
  ), counted as (
    insert into event_rule_counts (team_id, member_id, client_event_id, day, rule_id, count)
    select fresh.team_id, fresh.member_id, fresh.client_event_id, fresh.day, c.rule_id, c.count
    from unnest(${RULE_COUNT_PARAMS.map(([, type], i) => `$${EVENT_COLUMN_NAMES.length + 2 + i}::${type}[]`).join(', ')})
      as c(${RULE_COUNT_PARAMS.map(([name]) => name).join(', ')})
    join fresh on fresh.member_id = c.member_id and fresh.client_event_id = c.client_event_id
  )
  select input.req, count(*)::integer as accepted
  from fresh join input on input.member_id = fresh.member_id and input.client_event_id = fresh.client_event_id
  group by input.req`;

/**
 * Writes the sent events of several batches as one statement and returns how many of each batch's events were
 * new. An event id sent twice by one member within the group (a retry racing its original) is written once and
 * credited to the first batch that carries it; the others count it as a duplicate, as they would one statement
 * later.
 */
export async function insertGroup(run: Runner, batches: Prepared[][]): Promise<number[]> {
  const seen = new Set<string>();
  const rows: Array<{ req: number; p: Prepared }> = [];
  batches.forEach((batch, req) => {
    for (const p of batch) {
      const key = `${p.row.member_id}\u0000${p.row.client_event_id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ req, p });
    }
  });
  const counts = rows.flatMap(({ p }) => p.ruleCounts);
  const values = [
    rows.map((r) => r.req),
    ...EVENT_COLUMN_NAMES.map((name) => rows.map(({ p }) => p.row[name] ?? null)),
    ...RULE_COUNT_PARAMS.map(([name]) => counts.map((c) => c[name])),
  ];
  const accepted = batches.map(() => 0);
  for (const r of await run(GROUP_STATEMENT, values)) accepted[r.req] = r.accepted;
  return accepted;
}

/**
 * Whether PostgreSQL rejected the statement's data (SQLSTATE class 22, data exception, or 23, integrity constraint
 * violation) rather than failing to run it (a lost connection, a shutdown, no resources), where retrying each batch
 * alone would only fail again.
 */
function rejectedData(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && /^2[23][0-9A-Z]{3}$/.test(code);
}

interface PendingBatch {
  rows: Prepared[];
  resolve(accepted: number): void;
  reject(error: unknown): void;
}

/**
 * Application-level group commit for PostgreSQL. A batch is written at once when fewer than
 * `maxConcurrentWrites` statements are in flight; otherwise it waits, and when a statement finishes everything
 * waiting (up to `maxGroupEvents`) goes out as one statement — one round trip, one parse and plan, one commit
 * and WAL flush for many requests. Each waiting request resolves only after its statement committed, with its own
 * count. If the statement fails, nothing of it was committed (one statement is atomic): when PostgreSQL refused
 * the data, each batch is written again on its own, so one bad batch fails alone; otherwise (a lost connection)
 * every request in it is rejected, and a client's retry loses nothing and counts nothing twice. Durability is PostgreSQL's own:
 * synchronous_commit stays on.
 */
export class GroupCommitter {
  private readonly waiting: PendingBatch[] = [];
  private inFlight = 0;

  constructor(
    private readonly run: Runner,
    private readonly options: Pick<GroupCommitOptions, 'maxGroupEvents' | 'maxConcurrentWrites'>,
  ) {}

  insert(rows: Prepared[]): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.waiting.push({ rows, resolve, reject });
      this.pump();
    });
  }

  /** Batches waiting for a statement (for tests and metrics). */
  get queued(): number {
    return this.waiting.length;
  }

  private pump(): void {
    while (this.inFlight < this.options.maxConcurrentWrites && this.waiting.length > 0) {
      let events = 0;
      let take = 0;
      for (const batch of this.waiting) {
        if (take > 0 && events + batch.rows.length > this.options.maxGroupEvents) break;
        events += batch.rows.length;
        take += 1;
      }
      const group = this.waiting.splice(0, take);
      this.inFlight += 1;
      void this.write(group).finally(() => {
        this.inFlight -= 1;
        this.pump();
      });
    }
  }

  private async write(group: PendingBatch[]): Promise<void> {
    try {
      const accepted = await insertGroup(this.run, group.map((g) => g.rows));
      group.forEach((g, i) => g.resolve(accepted[i] ?? 0));
    } catch (error) {
      if (group.length === 1 || !rejectedData(error)) {
        for (const g of group) g.reject(error);
        return;
      }
      // PostgreSQL refused the data of one batch (nothing of the statement committed): the others should not
      // fail with it. Each batch is written on its own and answered with its own outcome.
      await Promise.all(
        group.map(async (g) => {
          try {
            g.resolve((await insertGroup(this.run, [g.rows]))[0] ?? 0);
          } catch (alone) {
            g.reject(alone);
          }
        }),
      );
    }
  }
}
