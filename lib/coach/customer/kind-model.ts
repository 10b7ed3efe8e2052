/**
 * The problem kind as a multinomial (softmax) logistic regression over the engine's own signals
 * (./kind-features.ts) and a small learned vocabulary: one score per kind and one for "no kind", learned from the labelled development pool by
 * eval/learn-kind-weights.ts. The weights are a checked-in table (./kind-weights.ts), not hand-set. When the
 * model is unsure it says no kind: a wrong kind makes the suggestions promise the wrong thing ("I'll look into the
 * charge" where there is none), while no kind only makes them more general.
 */
import type { ProblemKind } from '../types';
import { KIND_FEATURES, type KindFeature, type KindFeatures } from './kind-features';

/** The model's classes: every kind, and null for "no kind of problem". */
export type KindClass = ProblemKind | 'none';

export interface KindModel {
  /** The classes in table order; each has an intercept and a weight per feature. */
  classes: readonly KindClass[];
  intercepts: Readonly<Record<KindClass, number>>;
  /** Per class, the weight of each feature it weighs; a feature left out weighs nothing (the table omits zeros). */
  weights: Readonly<Record<KindClass, Readonly<Partial<Record<KindFeature, number>>>>>;
  /**
   * The learned lexical weights: for each word of the small learned vocabulary (kind-features.ts kindWords), what
   * it adds to each class's score (in `classes` order) when the message contains it. Other words weigh nothing.
   */
  words: Readonly<Record<string, readonly number[]>>;
  /** A kind is named only at or above this probability; below it the model says no kind (cross-validated). */
  threshold: number;
}

/** Softmax probabilities per class, in `model.classes` order. */
export function kindProbabilities(
  features: KindFeatures,
  words: ReadonlySet<string>,
  model: Omit<KindModel, 'threshold'>,
): number[] {
  const lexical = [...words].flatMap((word) => (Object.hasOwn(model.words, word) ? [model.words[word]!] : []));
  const scores = model.classes.map((name, index) => {
    const weights = model.weights[name];
    let z = model.intercepts[name];
    for (const feature of KIND_FEATURES) z += (weights[feature] ?? 0) * features[feature];
    for (const row of lexical) z += row[index] ?? 0;
    return z;
  });
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

export interface KindDecision {
  kind: ProblemKind | null;
  /** The probability of the most likely class, whatever was decided. */
  confidence: number;
}

/** The most likely class, or no kind when that is "none" or less likely than the threshold. */
export function decideKind(features: KindFeatures, words: ReadonlySet<string>, model: KindModel): KindDecision {
  const probabilities = kindProbabilities(features, words, model);
  let best = 0;
  for (let index = 1; index < probabilities.length; index++)
    if (probabilities[index]! > probabilities[best]!) best = index;
  const name = model.classes[best]!;
  const confidence = probabilities[best]!;
  return { kind: name === 'none' || confidence < model.threshold ? null : name, confidence };
}
