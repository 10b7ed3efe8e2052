/** Growth views of the agent's own replies: pure functions of the stored records. */
import type { ReplyRecord } from './record';

const DAY_MS = 86_400_000;

/** Local calendar day as YYYY-MM-DD, so a day means the agent's day. */
export function dayKey(at: number, timeZoneOffsetMinutes = new Date(at).getTimezoneOffset()): string {
  return new Date(at - timeZoneOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

export interface DailyPoint {
  day: string;
  replies: number;
  averageScore: number;
  /** Share of replies that acknowledged the customer, among replies that needed it; null when none needed it. */
  acknowledgementRate: number | null;
  /** Share of the customer's questions the replies answered; null when none were asked. */
  questionsAnsweredRate: number | null;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function acknowledgementRate(records: readonly ReplyRecord[]): number | null {
  const needed = records.filter((r) => r.checks.acknowledgement !== 'not-needed');
  return ratio(needed.filter((r) => r.checks.acknowledgement === 'present').length, needed.length);
}

export function questionsAnsweredRate(records: readonly ReplyRecord[]): number | null {
  const asked = records.reduce((n, r) => n + r.questionsAsked, 0);
  return ratio(
    records.reduce((n, r) => n + Math.min(r.questionsAnswered, r.questionsAsked), 0),
    asked,
  );
}

export function averageScore(records: readonly ReplyRecord[]): number | null {
  return records.length === 0 ? null : records.reduce((n, r) => n + r.score, 0) / records.length;
}

export function dailySeries(records: readonly ReplyRecord[]): DailyPoint[] {
  const byDay = new Map<string, ReplyRecord[]>();
  for (const r of records) {
    const key = dayKey(r.at);
    byDay.set(key, [...(byDay.get(key) ?? []), r]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, rs]) => ({
      day,
      replies: rs.length,
      averageScore: averageScore(rs) ?? 0,
      acknowledgementRate: acknowledgementRate(rs),
      questionsAnsweredRate: questionsAnsweredRate(rs),
    }));
}

export interface RuleFrequency {
  ruleId: string;
  count: number;
  /** Replies in which the rule fired at least once. */
  replies: number;
}

export function frequentFindings(records: readonly ReplyRecord[], limit = 5): RuleFrequency[] {
  const totals = new Map<string, RuleFrequency>();
  for (const r of records) {
    for (const [ruleId, count] of Object.entries(r.ruleCounts)) {
      const t = totals.get(ruleId) ?? { ruleId, count: 0, replies: 0 };
      t.count += count;
      t.replies += 1;
      totals.set(ruleId, t);
    }
  }
  return [...totals.values()]
    .sort((a, b) => b.replies - a.replies || b.count - a.count || a.ruleId.localeCompare(b.ruleId))
    .slice(0, limit);
}

export interface Streaks {
  /** Consecutive days, ending today or yesterday, with at least one reply. */
  currentDays: number;
  longestDays: number;
  /** The latest replies in a row that acknowledged the customer whenever it was needed. */
  acknowledgedInARow: number;
}

export function streaks(records: readonly ReplyRecord[], now: number): Streaks {
  const days = [...new Set(records.map((r) => dayKey(r.at)))].sort();
  let longest = 0;
  let run = 0;
  let previous: number | null = null;
  for (const day of days) {
    const x = Date.parse(`${day}T00:00:00Z`);
    run = previous !== null && x - previous === DAY_MS ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = x;
  }
  const today = Date.parse(`${dayKey(now)}T00:00:00Z`);
  const current = previous !== null && today - previous <= DAY_MS ? run : 0;

  let acknowledged = 0;
  for (const r of [...records].sort((a, b) => b.at - a.at)) {
    if (r.checks.acknowledgement === 'not-needed') continue;
    if (r.checks.acknowledgement !== 'present') break;
    acknowledged += 1;
  }
  return { currentDays: current, longestDays: longest, acknowledgedInARow: acknowledged };
}

export interface ProgressSummary {
  replies: number;
  averageScore: number | null;
  acknowledgementRate: number | null;
  questionsAnsweredRate: number | null;
  suggestionsApplied: number;
  streaks: Streaks;
  frequent: RuleFrequency[];
  daily: DailyPoint[];
}

export function summarize(records: readonly ReplyRecord[], now: number): ProgressSummary {
  return {
    replies: records.length,
    averageScore: averageScore(records),
    acknowledgementRate: acknowledgementRate(records),
    questionsAnsweredRate: questionsAnsweredRate(records),
    suggestionsApplied: records.reduce((n, r) => n + r.suggestionsApplied, 0),
    streaks: streaks(records, now),
    frequent: frequentFindings(records),
    daily: dailySeries(records),
  };
}
