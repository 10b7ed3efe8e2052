/** Reply records as the coach stores them (counters only), for progress and sync tests. */
import type { ReplyRecord } from '../../lib/progress/record';

/** A record with plain defaults; tests override what they measure. */
export function replyRecord(overrides: Partial<ReplyRecord> & { id: string; at: number }): ReplyRecord {
  return {
    v: 1,
    engine: 'test',
    site: 'zendesk',
    score: 70,
    checks: {
      acknowledgement: 'present',
      reassurance: 'missing',
      restatement: 'present',
      questions: 'present',
      nextSteps: 'missing',
      personalization: 'present',
      greeting: 'present',
      closing: 'present',
    },
    questionsAsked: 2,
    questionsAnswered: 1,
    distress: 0.5,
    ruleCounts: {},
    suggestionsApplied: 0,
    readingGrade: 7,
    words: 80,
    ...overrides,
  };
}

/** The i-th of a stream of varied records (scores, rule counts and applied suggestions differ), for sync tests. */
export function makeRecord(i: number, at: number): ReplyRecord {
  const base = replyRecord({ id: `reply-${String(i).padStart(6, '0')}-${at.toString(36)}`, at });
  return {
    ...base,
    engine: '1.0.0',
    score: 50 + (i % 50),
    checks: { ...base.checks, closing: 'not-needed' },
    distress: 0.4,
    ruleCounts: { 'tone/blame': 1, 'guideline/no-unfortunately': 2 },
    suggestionsApplied: i % 3,
    readingGrade: 6.1,
  };
}
