/**
 * How much each feature of a candidate topic phrase counts (customer/topic.ts). Generated — do not edit by hand:
 * `npx tsx eval/learn-topic-weights.ts --write` learns them from the customer development pool (eval/customers.ts DEVELOPMENT_SETS).
 */
import type { TopicFeature } from './topic';

export interface TopicWeightTable {
  weights: Readonly<Record<TopicFeature, number>>;
  /** What naming no topic is worth: `bias` always, plus `noKind` when no kind of problem was read. */
  none: Readonly<{ bias: number; noKind: number }>;
}

export const TOPIC_WEIGHTS: TopicWeightTable = {
  weights: {
    listed: 0.53,
    product: -0.47,
    theirs: 0.35,
    device: -0.01,
    kindFits: 0.02,
    kindMisfit: -0.39,
    kindDefault: -0.24,
    noKind: 0,
    askedAbout: -0.06,
    cueSentence: 0.42,
    insideCue: 0.14,
    beforeCue: 0.25,
    afterCue: -0.08,
    subject: 0.21,
    object: 0.3,
    setting: -0.39,
    about: 0.55,
    firstSentence: 0.23,
    lateSentence: -0.53,
    question: -0.18,
    repeated: 0.38,
    compound: 0.67,
    plural: 0.25,
    activity: 0.28,
    addressee: -0.18,
  },
  none: { bias: 0.03, noKind: 0.34 },
};
