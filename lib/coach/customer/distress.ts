/**
 * How much the customer needs acknowledging, from three sources that each suffice: what they feel (emotion
 * words), how they press (demands, accusations, sarcasm, shouting, sad faces, repeat contact, threats) and what
 * happened to them (a hacked account or lost photos are distressing however calmly they are told).
 */
import type { Emotion, EmotionReading, StressKind, StressSignal } from '../types';
import type { SituationHit } from './situation';

/** How much each emotion says the customer needs acknowledging (gratitude does not). */
const DISTRESS_WEIGHT: Readonly<Record<Emotion, number>> = {
  angry: 1,
  frustrated: 0.9,
  anxious: 0.9,
  disappointed: 0.85,
  urgent: 0.6,
  confused: 0.45,
  grateful: 0,
};

/** How much one signal of each kind presses; independent signals combine like probabilities. */
const PRESSURE_WEIGHT: Readonly<Record<StressKind, number>> = {
  accusation: 0.45,
  'threat-to-leave': 0.45,
  demand: 0.4,
  sarcasm: 0.4,
  'sad-face': 0.4,
  shouting: 0.35,
  'repeat-contact': 0.3,
  'business-impact': 0.3,
  // "????", "!!": in the golden set every message that stacks them is upset.
  'repeated-punctuation': 0.3,
  deadline: 0.2,
  money: 0.08,
};

/** Distress at or above this needs acknowledging (the acknowledgement check's `needed`). */
export const UPSET_DISTRESS = 0.3;

const round = (value: number): number => Math.round(value * 100) / 100;

export interface DistressReading {
  distress: number;
  upset: boolean;
}

export function readDistress(
  emotions: readonly EmotionReading[],
  stress: readonly StressSignal[],
  valence: number,
  situations: readonly SituationHit[],
): DistressReading {
  const feeling = Math.max(0, ...emotions.map((reading) => reading.intensity * DISTRESS_WEIGHT[reading.emotion]));
  const kinds = new Set(stress.map((signal) => signal.kind));
  let calm = 1;
  for (const kind of kinds) calm *= 1 - PRESSURE_WEIGHT[kind];
  const pressure = Math.min(0.85, 1 - calm);
  const situation = Math.max(0, ...situations.map((hit) => hit.info.distress));
  const distress = round(1 - (1 - feeling) * (1 - 0.5 * valence) * (1 - pressure) * (1 - situation));
  return { distress, upset: distress >= UPSET_DISTRESS };
}
