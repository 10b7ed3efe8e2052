/**
 * A ReplyRecord (a sent reply's stored record, or a reviewed draft's, which is never stored and carries its draft
 * session's id) becomes the event the backend accepts: an explicit allow-list of counters, so nothing
 * added to the record later (a word count, a site name, the distress figure) can start leaving the device by
 * accident. The README's "every field that is ever sent" table mirrors this function.
 */
import type { ReplyRecord } from '../progress/record';
import type { ProgressEvent } from '../../server/validation/events';

export type { ProgressEvent };

const RULE_ID = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9._-]*)+$/;
const EVENT_ID = /^[A-Za-z0-9_-]{8,64}$/;
const ENGINE_VERSION = /^[0-9A-Za-z.+-]{1,40}$/;
const MAX_RULE_IDS = 50;

const clampCount = (n: number, max: number) => Math.min(max, Math.max(0, Math.round(Number.isFinite(n) ? n : 0)));

/** Rule ids the server accepts (`family/name`), at most 50, most frequent first; counts clamped to 1..1000. */
export function eventRuleCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counts)
      .filter(([id, n]) => RULE_ID.test(id) && id.length <= 100 && n >= 1)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_RULE_IDS)
      .map(([id, n]) => [id, clampCount(n, 1000)]),
  );
}

/** A record id that is not a valid event id (imported data) gets a stable replacement derived from it. */
function eventId(recordId: string): string {
  if (EVENT_ID.test(recordId)) return recordId;
  const cleaned = recordId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64);
  return cleaned.length >= 8 ? cleaned : cleaned.padEnd(8, '_');
}

export function toProgressEvent(record: ReplyRecord, kind: ProgressEvent['kind'] = 'sent'): ProgressEvent {
  const asked = clampCount(record.questionsAsked, 100);
  const answered = clampCount(record.questionsAnswered, 100);
  return {
    id: eventId(record.id),
    kind,
    // The device's clock, sent as is: the server stamps its own receipt time and falls back to it when this
    // one is implausible (skew), so a wrong clock never moves another day's figures.
    occurredAt: new Date(record.at).toISOString(),
    score: clampCount(record.score, 100),
    checks: { ...record.checks },
    questions: { asked, unanswered: Math.max(0, asked - answered) },
    ruleCounts: eventRuleCounts(record.ruleCounts),
    suggestionsApplied: clampCount(record.suggestionsApplied, 1000),
    ...(ENGINE_VERSION.test(record.engine) ? { engineVersion: record.engine } : {}),
  };
}
