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
    listed: 0.44,
    product: -0.48,
    theirs: 0.29,
    device: 0.08,
    kindFits: -0.01,
    kindMisfit: -0.51,
    kindDefault: -0.15,
    noKind: 0,
    askedAbout: -0.18,
    cueSentence: 0.3,
    insideCue: 0.17,
    beforeCue: 0.29,
    afterCue: 0.01,
    subject: 0.28,
    object: 0.36,
    setting: -0.38,
    about: 0.48,
    firstSentence: 0.29,
    lateSentence: -0.44,
    question: -0.13,
    repeated: 0.46,
    compound: 0.74,
    plural: 0.29,
    activity: 0.35,
    addressee: -0.44,
    negated: 0.03,
    unreasoned: -0.19,
  },
  none: { bias: -99, noKind: 99.45 },
};
