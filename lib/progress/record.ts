/**
 * One reply's outcome as counters only — the shape stored on the device and, later, synced. It holds ids,
 * times, scores, check outcomes and rule-id counts; never a word of the draft or the customer's message.
 */
import { CHECK_IDS, type CheckId, type CheckStatus, type Report } from '../coach/types';

export const RECORD_VERSION = 1;

export interface ReplyRecord {
  /** Random, stable id: lets a sync outbox deliver each record exactly once. */
  id: string;
  v: typeof RECORD_VERSION;
  /** Epoch milliseconds when the reply was sent. */
  at: number;
  engine: string;
  /** Helpdesk reader id ('zendesk', 'generic', …) — a product name, not a URL. */
  site: string;
  score: number;
  checks: Record<CheckId, CheckStatus>;
  questionsAsked: number;
  questionsAnswered: number;
  /** Customer distress 0..1, rounded to two decimals (for wellbeing and growth charts). */
  distress: number;
  /** Open findings per rule id when the reply was sent. */
  ruleCounts: Record<string, number>;
  /** Suggestions the agent inserted or applied from the panel for this reply. */
  suggestionsApplied: number;
  readingGrade: number;
  words: number;
}

export function countByRule(findings: Report['findings']): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  return counts;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function toReplyRecord(
  report: Report,
  meta: { id: string; at: number; site: string; suggestionsApplied: number },
): ReplyRecord {
  const checks = Object.fromEntries(CHECK_IDS.map((id) => [id, report.checks[id].status])) as Record<
    CheckId,
    CheckStatus
  >;
  return {
    id: meta.id,
    v: RECORD_VERSION,
    at: meta.at,
    engine: report.version,
    site: meta.site,
    score: Math.round(report.score.total),
    checks,
    questionsAsked: report.checks.questions.asked.length,
    questionsAnswered: report.checks.questions.answered.length,
    distress: round2(report.customer?.distress ?? 0),
    ruleCounts: countByRule(report.findings),
    suggestionsApplied: meta.suggestionsApplied,
    readingGrade: round2(report.readability.grade),
    words: report.readability.words,
  };
}

/** A clear error for a value that is not a ReplyRecord (imported or migrated data). */
export function assertReplyRecord(value: unknown): asserts value is ReplyRecord {
  const r = value as Partial<ReplyRecord> | null;
  const problem =
    typeof r !== 'object' || r === null
      ? 'not an object'
      : typeof r.id !== 'string'
        ? 'id is not a string'
        : typeof r.at !== 'number'
          ? 'at is not a number'
          : typeof r.score !== 'number'
            ? 'score is not a number'
            : typeof r.checks !== 'object' || r.checks === null
              ? 'checks is missing'
              : typeof r.ruleCounts !== 'object' || r.ruleCounts === null
                ? 'ruleCounts is missing'
                : null;
  if (problem) throw new Error(`Not a reply record: ${problem}.`);
}
