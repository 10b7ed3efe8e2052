/** Tip of the day: a lesson chosen from the agent's own recurring findings, stable through the day. */
import { dayKey, frequentFindings } from '../progress/aggregate';
import type { ReplyRecord } from '../progress/record';
import { CHECK_LESSONS, GENERIC_LESSON, lessonFor, type Lesson } from './lessons';

const RECENT_MS = 14 * 86_400_000;

export interface Tip {
  lesson: Lesson;
  /** Why this tip today, in plain words. */
  because: string;
}

/** A small deterministic hash, so the same day picks the same tip. */
function dayIndex(day: string, modulo: number): number {
  let h = 0;
  for (const ch of day) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return modulo === 0 ? 0 : h % modulo;
}

export function tipOfTheDay(records: readonly ReplyRecord[], now: number): Tip {
  const recent = records.filter((r) => now - r.at <= RECENT_MS);
  const day = dayKey(now);
  const missedChecks = (['acknowledgement', 'questions', 'nextSteps', 'restatement'] as const)
    .map((check) => ({
      check,
      missed: recent.filter((r) => r.checks[check] === 'missing').length,
    }))
    .filter((c) => c.missed >= 2);
  const frequent = frequentFindings(recent, 3).filter((f) => f.replies >= 2);
  const candidates: Tip[] = [
    ...frequent.map((f) => ({
      lesson: lessonFor(f.ruleId),
      because: `This came up in ${f.replies} of your last ${recent.length} replies.`,
    })),
    ...missedChecks.map((c) => ({
      lesson: CHECK_LESSONS[c.check] ?? GENERIC_LESSON,
      because: `${c.missed} of your last ${recent.length} replies could use this.`,
    })),
  ];
  if (candidates.length === 0) {
    const all = Object.values(CHECK_LESSONS);
    return {
      lesson: all[dayIndex(day, all.length)] ?? GENERIC_LESSON,
      because: 'A habit great support writers share.',
    };
  }
  return candidates[dayIndex(day, candidates.length)]!;
}
