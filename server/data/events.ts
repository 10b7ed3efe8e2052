/**
 * Idempotent event ingest: the (member, client id) key makes a retried batch a no-op (INSERT … ON CONFLICT DO
 * NOTHING RETURNING tells us which rows are new), and rule counts are written only for the new rows. A batch is
 * acknowledged once its writes have committed; before that, a retry redoes what is missing and skips what exists.
 *
 * PostgreSQL gets a batch's sent events as ONE statement — the events and the rule counts each passed as a handful
 * of arrays and unnested, both inserts in data-modifying CTEs — so a batch is one round trip and one commit whatever
 * its size, the SQL text never changes with the row count, and a statement is atomic without BEGIN/COMMIT.
 * SQLite runs in-process, where round trips cost nothing: it keeps the portable multi-row inserts in a transaction.
 *
 * `reviewed` events (at most one per reply) take a second, portable transaction: their id is the reply's draft
 * session, and a reply reviewed again sends the same id with newer figures. Those are upserts — ON CONFLICT DO
 * UPDATE only when both rows are `reviewed` and the incoming one happened later — so a review is updated, never
 * duplicated, and a retried (same or older) review is still a no-op. The updated row's rule counts are replaced.
 */
import { sql, type Insertable, type Kysely } from 'kysely';
import type { DatabaseKind } from '../db/connect';
import type { Database, EventRuleCountsTable, EventsTable } from '../db/schema';
import type { ProgressEvent } from '../validation/events';

/** How far a device clock may run ahead or lag and still decide the day an event counts for. */
const MAX_FUTURE_SKEW_MS = 5 * 60 * 1000;
const MAX_PAST_SKEW_MS = 90 * 24 * 60 * 60 * 1000;
/** Rows per INSERT statement: stays far below SQLite's bound-parameter limit. */
const ROWS_PER_STATEMENT = 400;

export function countingDay(occurredAt: number, receivedAt: number): string {
  const plausible = occurredAt <= receivedAt + MAX_FUTURE_SKEW_MS && occurredAt >= receivedAt - MAX_PAST_SKEW_MS;
  return new Date(plausible ? occurredAt : receivedAt).toISOString().slice(0, 10);
}

export function eventRow(teamId: string, memberId: string, event: ProgressEvent, receivedAt: number) {
  const occurredAt = Date.parse(event.occurredAt);
  const day = countingDay(occurredAt, receivedAt);
  const row: Insertable<EventsTable> = {
    team_id: teamId,
    member_id: memberId,
    client_event_id: event.id,
    kind: event.kind,
    occurred_at: occurredAt,
    received_at: receivedAt,
    day,
    score: event.score,
    suggestions_applied: event.suggestionsApplied,
    questions_asked: event.questions?.asked ?? 0,
    questions_unanswered: event.questions?.unanswered ?? 0,
    check_acknowledgement: event.checks.acknowledgement ?? null,
    check_reassurance: event.checks.reassurance ?? null,
    check_restatement: event.checks.restatement ?? null,
    check_questions: event.checks.questions ?? null,
    check_next_steps: event.checks.nextSteps ?? null,
    check_personalization: event.checks.personalization ?? null,
    check_greeting: event.checks.greeting ?? null,
    check_closing: event.checks.closing ?? null,
    engine_version: event.engineVersion ?? null,
  };
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

export async function ingestEvents(
  db: Kysely<Database>,
  teamId: string,
  memberId: string,
  events: ProgressEvent[],
  receivedAt: number,
  kind: DatabaseKind = 'sqlite',
): Promise<IngestResult> {
  const prepared = events.map((event) => eventRow(teamId, memberId, event, receivedAt));
  const sent = prepared.filter((p) => p.row.kind !== 'reviewed');
  const reviewed = prepared.filter((p) => p.row.kind === 'reviewed');
  // Two atomic writes at most; the batch is acknowledged only after both, and a retry is a no-op for either.
  const inserted =
    sent.length === 0 ? 0 : kind === 'postgres' ? await insertPostgres(db, teamId, memberId, sent) : await insertPortable(db, sent);
  const reviews = reviewed.length === 0 ? { inserted: 0, updated: 0 } : await upsertReviews(db, memberId, reviewed);
  const accepted = inserted + reviews.inserted;
  return { accepted, updated: reviews.updated, duplicates: events.length - accepted - reviews.updated, receivedAt };
}

type Prepared = ReturnType<typeof eventRow>;

async function insertPortable(db: Kysely<Database>, prepared: Prepared[]): Promise<number> {
  return db.transaction().execute(async (trx) => {
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
  });
}

async function upsertReviews(
  db: Kysely<Database>,
  memberId: string,
  reviewed: Prepared[],
): Promise<{ inserted: number; updated: number }> {
  return db.transaction().execute(async (trx) => {
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
            .doUpdateSet((eb) => ({
              occurred_at: eb.ref('excluded.occurred_at'),
              received_at: eb.ref('excluded.received_at'),
              day: eb.ref('excluded.day'),
              score: eb.ref('excluded.score'),
              suggestions_applied: eb.ref('excluded.suggestions_applied'),
              questions_asked: eb.ref('excluded.questions_asked'),
              questions_unanswered: eb.ref('excluded.questions_unanswered'),
              check_acknowledgement: eb.ref('excluded.check_acknowledgement'),
              check_reassurance: eb.ref('excluded.check_reassurance'),
              check_restatement: eb.ref('excluded.check_restatement'),
              check_questions: eb.ref('excluded.check_questions'),
              check_next_steps: eb.ref('excluded.check_next_steps'),
              check_personalization: eb.ref('excluded.check_personalization'),
              check_greeting: eb.ref('excluded.check_greeting'),
              check_closing: eb.ref('excluded.check_closing'),
              engine_version: eb.ref('excluded.engine_version'),
            }))
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
  });
}

/**
 * Concurrent retries of one batch stay single: ON CONFLICT waits for the other statement's uncommitted row and
 * then skips it, so only the statement that inserted an event inserts its rule counts (they join on `fresh`,
 * the RETURNING of this statement's own inserts).
 */
async function insertPostgres(db: Kysely<Database>, teamId: string, memberId: string, prepared: Prepared[]): Promise<number> {
  const column = <K extends keyof Insertable<EventsTable>>(key: K) => prepared.map((p) => p.row[key] ?? null);
  const counts = prepared.flatMap((p) => p.ruleCounts);
  const result = await sql<{ accepted: number }>`
    with input as (
      select * from unnest(
        ${column('client_event_id')}::text[], ${column('kind')}::text[], ${column('occurred_at')}::bigint[],
        ${column('received_at')}::bigint[], ${column('day')}::text[], ${column('score')}::integer[],
        ${column('suggestions_applied')}::integer[], ${column('questions_asked')}::integer[],
        ${column('questions_unanswered')}::integer[], ${column('check_acknowledgement')}::text[],
        ${column('check_reassurance')}::text[], ${column('check_restatement')}::text[], ${column('check_questions')}::text[],
        ${column('check_next_steps')}::text[], ${column('check_personalization')}::text[], ${column('check_greeting')}::text[],
        ${column('check_closing')}::text[], ${column('engine_version')}::text[]
      ) as t(client_event_id, kind, occurred_at, received_at, day, score, suggestions_applied, questions_asked,
             questions_unanswered, check_acknowledgement, check_reassurance, check_restatement, check_questions,
             check_next_steps, check_personalization, check_greeting, check_closing, engine_version)
    ), fresh as (
      insert into events (team_id, member_id, client_event_id, kind, occurred_at, received_at, day, score,
        suggestions_applied, questions_asked, questions_unanswered, check_acknowledgement, check_reassurance,
        check_restatement, check_questions, check_next_steps, check_personalization, check_greeting, check_closing,
        engine_version)
      select ${teamId}, ${memberId}, client_event_id, kind, occurred_at, received_at, day, score, suggestions_applied,
        questions_asked, questions_unanswered, check_acknowledgement, check_reassurance, check_restatement,
        check_questions, check_next_steps, check_personalization, check_greeting, check_closing, engine_version
      from input
      on conflict (member_id, client_event_id) do nothing
      returning client_event_id, day
    ), counted as (
      insert into event_rule_counts (team_id, member_id, client_event_id, day, rule_id, count)
      select ${teamId}, ${memberId}, c.client_event_id, fresh.day, c.rule_id, c.count
      from unnest(${counts.map((c) => c.client_event_id)}::text[], ${counts.map((c) => c.rule_id)}::text[],
                  ${counts.map((c) => c.count)}::integer[]) as c(client_event_id, rule_id, count)
      join fresh on fresh.client_event_id = c.client_event_id
    )
    select count(*)::integer as accepted from fresh
  `.execute(db);
  return result.rows[0]?.accepted ?? 0;
}
