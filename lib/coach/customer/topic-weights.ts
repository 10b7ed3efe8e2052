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
    listed: 0.43,
    product: -0.45,
    theirs: 0.29,
    device: 0.08,
    kindFits: 0,
    kindMisfit: -0.51,
    kindDefault: -0.14,
    noKind: 0,
    askedAbout: -0.18,
    cueSentence: 0.3,
    insideCue: 0.17,
    beforeCue: 0.28,
    afterCue: 0,
    subject: 0.28,
    object: 0.38,
    setting: -0.38,
    about: 0.49,
    firstSentence: 0.28,
    lateSentence: -0.43,
    question: -0.13,
    repeated: 0.46,
    compound: 0.75,
    plural: 0.31,
    activity: 0.36,
    addressee: -0.42,
    negated: 0.04,
    unreasoned: -0.19,
  },
  none: { bias: -99, noKind: 99.53 },
};
