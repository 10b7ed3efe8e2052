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
    listed: 0.49,
    product: -0.39,
    theirs: 0.33,
    device: -0.08,
    kindFits: 0.15,
    kindMisfit: -0.42,
    kindDefault: -0.27,
    noKind: 0,
    askedAbout: -0.14,
    askedObject: 0.07,
    cueSentence: 0.31,
    insideCue: 0.06,
    beforeCue: 0.27,
    afterCue: 0.02,
    subject: 0.23,
    object: 0.3,
    setting: -0.38,
    about: 0.45,
    firstSentence: 0.31,
    lateSentence: -0.42,
    question: -0.26,
    repeated: 0.43,
    compound: 0.75,
    plural: 0.18,
    activity: 0.72,
    addressee: -0.14,
    negated: 0.05,
    aside: 0.23,
    timeClause: -0.34,
    meta: -0.44,
    unreasoned: -0.3,
  },
  none: { bias: -99, noKind: 98.81 },
};
