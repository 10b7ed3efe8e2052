/** Reply records as the coach stores them (counters only), for sync tests. */
import type { ReplyRecord } from '../../lib/progress/record';

export function makeRecord(i: number, at: number): ReplyRecord {
  return {
    id: `reply-${String(i).padStart(6, '0')}-${at.toString(36)}`,
    v: 1,
    at,
    engine: '1.0.0',
    site: 'zendesk',
    score: 50 + (i % 50),
    checks: {
      acknowledgement: 'present',
      reassurance: 'missing',
      restatement: 'present',
      questions: 'present',
      nextSteps: 'missing',
      personalization: 'present',
      greeting: 'present',
      closing: 'not-needed',
    },
    questionsAsked: 2,
    questionsAnswered: 1,
    distress: 0.4,
    ruleCounts: { 'tone/blame': 1, 'guideline/no-unfortunately': 2 },
    suggestionsApplied: i % 3,
    readingGrade: 6.1,
    words: 80,
  };
}
