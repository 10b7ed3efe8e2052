/**
 * The upset decision as a logistic regression over the engine's own signals (./upset-features.ts): the
 * probability that a good agent would acknowledge the customer's feelings or situation, learned from the golden
 * labels by eval/learn-upset-weights.ts. The weights are a checked-in table (./upset-weights.ts), not hand-set.
 */
import type { UpsetFeature, UpsetFeatures } from './upset-features';

export interface UpsetModel {
  intercept: number;
  /** Log-odds added per unit of each feature (every feature lies in 0..1). */
  weights: Readonly<Record<UpsetFeature, number>>;
  /** Upset at or above this probability: picked by cross-validation on the golden set. */
  threshold: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function upsetLogit(features: UpsetFeatures, model: Pick<UpsetModel, 'intercept' | 'weights'>): number {
  let z = model.intercept;
  for (const name of Object.keys(model.weights) as UpsetFeature[]) z += model.weights[name] * features[name];
  return z;
}

export function upsetProbability(features: UpsetFeatures, model: Pick<UpsetModel, 'intercept' | 'weights'>): number {
  return sigmoid(upsetLogit(features, model));
}
