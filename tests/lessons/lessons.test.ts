import { describe, expect, test } from 'vitest';
import { escalationNote, shouldSuggestBreak, withStressMark, type StressMark } from '../../lib/lessons/human-touch';
import { CHECK_LESSONS, FAMILY_LESSONS, GENERIC_LESSON, hasLesson, lessonFor } from '../../lib/lessons/lessons';
import { tipOfTheDay } from '../../lib/lessons/tip';
import type { CustomerAnalysis } from '../../lib/coach/types';
import type { ReplyRecord } from '../../lib/progress/record';
import { DEFAULT_WELLBEING } from '../../lib/settings/items';
import { RULES } from '../../lib/coach/rules';

const NOW = Date.parse('2026-03-10T12:00:00Z');

describe('lessons', () => {
  test('every registered engine rule has a lesson of its own or its family', () => {
    const missing = RULES.map((r) => r.id).filter((id) => !hasLesson(id));
    expect(missing).toEqual([]);
  });

  test('each lesson says why and shows a different before and after', () => {
    for (const lesson of [...Object.values(CHECK_LESSONS), ...Object.values(FAMILY_LESSONS), GENERIC_LESSON]) {
      expect(lesson.why.length, lesson.id).toBeGreaterThan(20);
      expect(lesson.before, lesson.id).not.toBe(lesson.after);
    }
  });

  test('a rule without its own lesson falls back to its family, then to the general lesson', () => {
    expect(lessonFor('tone/some-new-rule')).toBe(FAMILY_LESSONS.tone);
    expect(lessonFor('unknown/rule')).toBe(GENERIC_LESSON);
    expect(lessonFor('acknowledgement')).toBe(CHECK_LESSONS.acknowledgement);
  });
});

function rec(
  id: string,
  at: number,
  ruleCounts: Record<string, number>,
  ack: 'present' | 'missing' = 'present',
): ReplyRecord {
  return {
    id,
    at,
    v: 1,
    engine: 't',
    site: 'zendesk',
    score: 70,
    checks: {
      acknowledgement: ack,
      reassurance: 'present',
      restatement: 'present',
      questions: 'present',
      nextSteps: 'present',
      personalization: 'present',
      greeting: 'present',
      closing: 'present',
    },
    questionsAsked: 0,
    questionsAnswered: 0,
    distress: 0.2,
    ruleCounts,
    suggestionsApplied: 0,
    readingGrade: 6,
    words: 50,
  };
}

describe('tip of the day', () => {
  test('comes from the agent’s recurring findings and stays the same all day', () => {
    const records = [0, 1, 2].map((i) => rec(`r${i}`, NOW - i * 3_600_000, { 'tone/blame': 1 }));
    const tip = tipOfTheDay(records, NOW);
    expect(tip.lesson).toBe(lessonFor('tone/blame'));
    expect(tip.because).toContain('3 of your last 3');
    expect(tipOfTheDay(records, NOW + 60_000)).toEqual(tip);
  });

  test('old findings do not count; with nothing recurring a general habit is offered', () => {
    const old = [0, 1, 2].map((i) => rec(`r${i}`, NOW - 30 * 86_400_000 - i, { 'tone/blame': 1 }));
    expect(Object.values(CHECK_LESSONS)).toContain(tipOfTheDay(old, NOW).lesson);
  });

  test('missed acknowledgements become a tip', () => {
    const records = [0, 1].map((i) => rec(`r${i}`, NOW - i, {}, 'missing'));
    expect(tipOfTheDay(records, NOW).lesson).toBe(CHECK_LESSONS.acknowledgement);
  });
});

function customer(overrides: Partial<CustomerAnalysis>): CustomerAnalysis {
  return {
    emotions: [],
    primaryEmotion: null,
    distress: 0.1,
    stress: [],
    questions: [],
    specifics: [],
    name: null,
    technicality: 0.2,
    problem: null,
    problemDetail: null,
    upset: false,
    ...overrides,
  };
}

describe('human touch', () => {
  test('escalation for very upset customers, repeat contacts and threats to cancel — not for calm ones', () => {
    expect(escalationNote(null)).toBeNull();
    expect(escalationNote(customer({ distress: 0.3 }))).toBeNull();
    expect(escalationNote(customer({ distress: 0.9 }))?.reasons).toEqual(['they are very upset']);
    const note = escalationNote(
      customer({
        stress: [
          { kind: 'repeat-contact', text: 'third time', span: { start: 0, end: 10 } },
          { kind: 'threat-to-leave', text: 'cancel', span: { start: 20, end: 26 } },
        ],
      }),
    );
    expect(note?.reasons).toEqual(['they have contacted us about this before', 'they are thinking about cancelling']);
    expect(note?.advice).toMatch(/call/);
  });

  test('a break is suggested after a run of hard tickets, not after a mixed run, not when off, not right after a break', () => {
    const hard = (i: number, distress = 0.8): StressMark => ({
      ticket: `t${i}`,
      at: NOW - (10 - i) * 60_000,
      distress,
    });
    let marks: StressMark[] = [];
    for (let i = 0; i < 4; i++) marks = withStressMark(marks, hard(i));
    expect(shouldSuggestBreak(marks, DEFAULT_WELLBEING, 0, NOW)).toBe(true);
    expect(shouldSuggestBreak(marks, { ...DEFAULT_WELLBEING, breakReminders: false }, 0, NOW)).toBe(false);
    expect(shouldSuggestBreak(marks, DEFAULT_WELLBEING, NOW - 60_000, NOW)).toBe(false);
    const mixed = withStressMark(marks, hard(5, 0.1));
    expect(shouldSuggestBreak(mixed, DEFAULT_WELLBEING, 0, NOW)).toBe(false);
    expect(shouldSuggestBreak(marks, DEFAULT_WELLBEING, 0, NOW + 3 * 3_600_000)).toBe(false);
  });
});
