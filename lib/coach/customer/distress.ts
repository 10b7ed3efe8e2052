/**
 * How much the customer needs acknowledging: the learned upset model (./upset-model.ts, weights in
 * ./upset-weights.ts) over what they feel (emotion words), how they press (demands, accusations, sarcasm,
 * shouting, sad faces, repeat contact, threats), what happened to them (a hacked account or lost photos are
 * distressing however calmly they are told) and how they write it (./upset-features.ts).
 */
import type { UpsetFeatures } from './upset-features';
import { upsetProbability } from './upset-model';
import { UPSET_MODEL } from './upset-weights';

/** Distress at or above this needs acknowledging (the acknowledgement check's `needed`): the model's threshold. */
export const UPSET_DISTRESS = UPSET_MODEL.threshold;

const round = (value: number): number => Math.round(value * 100) / 100;

export interface DistressReading {
  /** 0..1: the model's probability that a good agent would acknowledge the customer's feelings or situation. */
  distress: number;
  upset: boolean;
}

export function readDistress(features: UpsetFeatures): DistressReading {
  const probability = upsetProbability(features, UPSET_MODEL);
  return { distress: round(probability), upset: probability >= UPSET_MODEL.threshold };
}
