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
    listed: 0.38,
    product: -0.51,
    theirs: 0.36,
    device: -0.03,
    kindFits: 0.03,
    kindMisfit: -0.53,
    kindDefault: -0.27,
    noKind: 0,
    askedAbout: -0.12,
    cueSentence: 0.4,
    insideCue: 0.14,
    beforeCue: 0.19,
    afterCue: -0.07,
    subject: 0.27,
    object: 0.34,
    setting: -0.39,
    about: 0.51,
    firstSentence: 0.27,
    lateSentence: -0.57,
    question: -0.19,
    repeated: 0.49,
    compound: 0.71,
    plural: 0.24,
    activity: 0.28,
    addressee: -0.19,
    negated: 0.06,
    unreasoned: -0.2,
  },
  none: { bias: -99, noKind: 99.14 },
};
