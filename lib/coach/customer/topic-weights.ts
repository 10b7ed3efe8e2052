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
    listed: 0.39,
    product: -0.5,
    theirs: 0.38,
    device: -0.04,
    kindFits: 0.05,
    kindMisfit: -0.41,
    kindDefault: -0.28,
    noKind: 0,
    askedAbout: -0.13,
    cueSentence: 0.37,
    insideCue: 0.13,
    beforeCue: 0.28,
    afterCue: -0.05,
    subject: 0.27,
    object: 0.33,
    setting: -0.41,
    about: 0.51,
    firstSentence: 0.27,
    lateSentence: -0.57,
    question: -0.18,
    repeated: 0.49,
    compound: 0.7,
    plural: 0.24,
    activity: 0.29,
    addressee: -0.19,
    negated: 0.03,
    unreasoned: -0.2,
  },
  none: { bias: -99, noKind: 99.12 },
};
