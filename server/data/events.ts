/**
 * Idempotent event ingest: one transaction per batch; the (member, client id) key makes a retried batch a no-op
 * (INSERT … ON CONFLICT DO NOTHING RETURNING tells us which rows are new), and rule counts are written only for
 * the new rows. When the transaction commits the batch is acknowledged; before that, nothing of it exists.
 */
import type { Insertable, Kysely } from 'kysely';
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
  accepted: number;
  duplicates: number;
  receivedAt: number;
}

export async function ingestEvents(
  db: Kysely<Database>,
  teamId: string,
  memberId: string,
  events: ProgressEvent[],
  receivedAt: number,
): Promise<IngestResult> {
  const prepared = events.map((event) => eventRow(teamId, memberId, event, receivedAt));
  const inserted = await db.transaction().execute(async (trx) => {
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
  return { accepted: inserted, duplicates: events.length - inserted, receivedAt };
}
