/**
 * The feelings the panel shows follow the upset decision. A customer read as upset without a single emotion word
 * ("You know this. Fix it.", "my account got hacked") gets the feeling their pressure or their situation implies,
 * with that signal as evidence; a customer read as calm keeps no reading of anger or frustration that the model
 * outweighed (one "keep getting" in a plain report is not a frustrated customer).
 */
import type { Emotion, EmotionReading, ProblemSituation, StressKind, StressSignal } from '../types';
import type { SituationHit } from './situation';

/** Feelings that say the customer needs acknowledging; grateful, confused and in-a-hurry do not by themselves. */
const NEEDING: ReadonlySet<Emotion> = new Set(['angry', 'frustrated', 'anxious', 'disappointed']);

/** What each kind of pressure shows, strongest first. */
const PRESSURE_FEELING: ReadonlyArray<readonly [StressKind, Emotion]> = [
  ['accusation', 'angry'],
  ['threat-to-leave', 'angry'],
  ['sarcasm', 'angry'],
  ['shouting', 'angry'],
  ['demand', 'frustrated'],
  ['repeat-contact', 'frustrated'],
  ['repeated-punctuation', 'frustrated'],
  ['sad-face', 'disappointed'],
  ['business-impact', 'anxious'],
  ['deadline', 'anxious'],
];

/** What each situation does to someone it happens to. */
const SITUATION_FEELING: Partial<Record<ProblemSituation, Emotion>> = {
  hacked: 'anxious',
  'lost-data': 'anxious',
  'locked-out': 'anxious',
  suspended: 'anxious',
  'charged-wrongly': 'frustrated',
  'not-arrived': 'frustrated',
  missing: 'disappointed',
  decision: 'disappointed',
  crashes: 'frustrated',
  error: 'frustrated',
  'not-working': 'frustrated',
  slow: 'frustrated',
  refund: 'frustrated',
};

const round = (value: number): number => Math.round(value * 100) / 100;

function impliedReading(
  stress: readonly StressSignal[],
  situations: readonly SituationHit[],
  distress: number,
): EmotionReading | null {
  const intensity = round(Math.min(0.9, Math.max(0.3, distress)));
  for (const [kind, emotion] of PRESSURE_FEELING) {
    const signal = stress.find((candidate) => candidate.kind === kind);
    if (signal) return { emotion, intensity, evidence: [{ ...signal.span, text: signal.text }] };
  }
  // The most serious situation first (lexicon/situations.ts ranks them).
  const hit = [...situations]
    .filter((candidate) => SITUATION_FEELING[candidate.situation])
    .sort((a, b) => a.info.rank - b.info.rank)[0];
  if (!hit) return null;
  return {
    emotion: SITUATION_FEELING[hit.situation]!,
    intensity,
    evidence: [{ start: hit.start, end: hit.end, text: hit.text }],
  };
}

/** The readings as the panel should show them, given the decision; strongest first, as readEmotions orders them. */
export function emotionsFollowingDecision(
  readings: readonly EmotionReading[],
  decision: { upset: boolean; distress: number },
  stress: readonly StressSignal[],
  situations: readonly SituationHit[],
): EmotionReading[] {
  if (!decision.upset) return readings.filter((reading) => !NEEDING.has(reading.emotion));
  if (readings.some((reading) => NEEDING.has(reading.emotion))) return [...readings];
  const implied = impliedReading(stress, situations, decision.distress);
  return implied ? [implied, ...readings] : [...readings];
}
