/**
 * Progress figures, aggregated in SQL (portable CASE/SUM/GROUP BY) so the response size does not grow with the
 * number of events: per day, totals, check rates and the most frequent findings — for a team or one agent.
 *
 * A reply can have two events: `reviewed` (the agent looked at its coaching) and `sent`. Every figure about
 * replies — average score, check rates, questions asked and left unanswered, suggestions applied, top findings,
 * an agent's reply count — reads `sent` events only, so a reviewed-then-sent reply counts once, as it went out.
 * Reviews are counted on their own (`reviewed`); `events` is both kinds, as received.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

export const CHECK_COLUMNS = {
  acknowledgement: 'check_acknowledgement',
  reassurance: 'check_reassurance',
  restatement: 'check_restatement',
  questions: 'check_questions',
  nextSteps: 'check_next_steps',
  personalization: 'check_personalization',
  greeting: 'check_greeting',
  closing: 'check_closing',
} as const;

export type CheckName = keyof typeof CHECK_COLUMNS;
const CHECK_NAMES = Object.keys(CHECK_COLUMNS) as CheckName[];

export interface CheckTally {
  present: number;
  missing: number;
  /** present / (present + missing); null when the check was never needed. */
  rate: number | null;
}

export interface DayFigures {
  day: string;
  /** Events of both kinds. */
  events: number;
  /** Replies sent: the count every other figure is about. */
  sent: number;
  /** Replies whose coaching the agent reviewed (sent or not). */
  reviewed: number;
  /** Over sent replies. */
  averageScore: number;
  suggestionsApplied: number;
  questionsAsked: number;
  questionsUnanswered: number;
  checks: Record<CheckName, CheckTally>;
}

export interface ProgressSummary {
  from: string;
  to: string;
  totals: Omit<DayFigures, 'day'>;
  byDay: DayFigures[];
  topRules: Array<{ ruleId: string; count: number }>;
}

export interface ProgressScope {
  teamId: string;
  memberId?: string;
  days: number;
  now: number;
}

function tally(present: number, missing: number): CheckTally {
  return { present, missing, rate: present + missing > 0 ? present / (present + missing) : null };
}

function dayRange(days: number, now: number) {
  const to = new Date(now).toISOString().slice(0, 10);
  const from = new Date(now - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

type DayRow = Record<string, string | number | null>;

function figuresFrom(row: DayRow): Omit<DayFigures, 'day'> {
  const n = (key: string) => Number(row[key] ?? 0);
  const events = n('events');
  const sent = n('sent');
  const checks = Object.fromEntries(
    CHECK_NAMES.map((name) => [name, tally(n(`${name}_present`), n(`${name}_missing`))]),
  ) as Record<CheckName, CheckTally>;
  return {
    events,
    sent,
    reviewed: n('reviewed'),
    averageScore: sent > 0 ? n('score_sum') / sent : 0,
    suggestionsApplied: n('suggestions_applied'),
    questionsAsked: n('questions_asked'),
    questionsUnanswered: n('questions_unanswered'),
    checks,
  };
}

function sumFigures(days: DayRow[]): DayRow {
  const total: DayRow = {};
  for (const day of days) {
    for (const [key, value] of Object.entries(day)) {
      if (key !== 'day') total[key] = Number(total[key] ?? 0) + Number(value ?? 0);
    }
  }
  return total;
}

export async function summarizeProgress(db: Kysely<Database>, scope: ProgressScope): Promise<ProgressSummary> {
  const { from, to } = dayRange(scope.days, scope.now);
  const checkSums = CHECK_NAMES.flatMap((name) => {
    const column = sql.ref(CHECK_COLUMNS[name]);
    return [
      sql<number>`sum(case when kind = 'sent' and ${column} = 'present' then 1 else 0 end)`.as(`${name}_present`),
      sql<number>`sum(case when kind = 'sent' and ${column} = 'missing' then 1 else 0 end)`.as(`${name}_missing`),
    ];
  });
  const sentSum = (column: string) => sql<number>`sum(case when kind = 'sent' then ${sql.ref(column)} else 0 end)`;
  let days = db
    .selectFrom('events')
    .select([
      'day',
      sql<number>`count(*)`.as('events'),
      sql<number>`sum(case when kind = 'sent' then 1 else 0 end)`.as('sent'),
      sql<number>`sum(case when kind = 'reviewed' then 1 else 0 end)`.as('reviewed'),
      sentSum('score').as('score_sum'),
      sentSum('suggestions_applied').as('suggestions_applied'),
      sentSum('questions_asked').as('questions_asked'),
      sentSum('questions_unanswered').as('questions_unanswered'),
      ...checkSums,
    ])
    .where('team_id', '=', scope.teamId)
    .where('day', '>=', from)
    .groupBy('day')
    .orderBy('day');
  // Findings as replies went out: the counts of sent events (the primary key joins each count to its event).
  let rules = db
    .selectFrom('event_rule_counts as r')
    .innerJoin('events as e', (join) => join.onRef('e.member_id', '=', 'r.member_id').onRef('e.client_event_id', '=', 'r.client_event_id'))
    .select(['r.rule_id', sql<number>`sum(r.count)`.as('total')])
    .where('r.team_id', '=', scope.teamId)
    .where('r.day', '>=', from)
    .where('e.kind', '=', 'sent')
    .groupBy('r.rule_id')
    .orderBy('total', 'desc')
    .orderBy('r.rule_id')
    .limit(20);
  if (scope.memberId !== undefined) {
    days = days.where('member_id', '=', scope.memberId);
    rules = rules.where('r.member_id', '=', scope.memberId);
  }
  const [dayRows, ruleRows] = await Promise.all([days.execute(), rules.execute()]);
  const rows = dayRows as unknown as DayRow[]; // the dynamic check columns are not in Kysely's inferred row type
  return {
    from,
    to,
    totals: figuresFrom(sumFigures(rows)),
    byDay: rows.map((row) => ({ day: String(row.day), ...figuresFrom(row) })),
    topRules: ruleRows.map((r) => ({ ruleId: r.rule_id, count: Number(r.total) })),
  };
}

export interface MemberFigures {
  memberId: string;
  displayName: string;
  /** Events of both kinds. */
  events: number;
  /** Replies sent; the average score is over these. */
  sent: number;
  reviewed: number;
  averageScore: number;
}

/** Per-agent figures for a lead — callers must check the team shares individual progress. */
export async function summarizeMembers(db: Kysely<Database>, scope: ProgressScope): Promise<MemberFigures[]> {
  const { from } = dayRange(scope.days, scope.now);
  const rows = await db
    .selectFrom('events as e')
    .innerJoin('members as m', 'm.id', 'e.member_id')
    .select([
      'e.member_id',
      'm.display_name',
      sql<number>`count(*)`.as('events'),
      sql<number>`sum(case when e.kind = 'sent' then 1 else 0 end)`.as('sent'),
      sql<number>`sum(case when e.kind = 'reviewed' then 1 else 0 end)`.as('reviewed'),
      sql<number>`sum(case when e.kind = 'sent' then e.score else 0 end)`.as('score_sum'),
    ])
    .where('e.team_id', '=', scope.teamId)
    .where('e.day', '>=', from)
    .groupBy(['e.member_id', 'm.display_name'])
    .orderBy('m.display_name')
    .execute();
  return rows.map((r) => ({
    memberId: r.member_id,
    displayName: r.display_name,
    events: Number(r.events),
    sent: Number(r.sent),
    reviewed: Number(r.reviewed),
    averageScore: Number(r.sent) > 0 ? Number(r.score_sum) / Number(r.sent) : 0,
  }));
}
