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
    listed: 0.5,
    product: -0.39,
    theirs: 0.36,
    device: 0.17,
    kindFits: 0.03,
    kindMisfit: -0.45,
    kindDefault: -0.25,
    noKind: 0,
    askedAbout: -0.15,
    cueSentence: 0.35,
    insideCue: 0.07,
    beforeCue: 0.24,
    afterCue: -0.01,
    subject: 0.26,
    object: 0.35,
    setting: -0.38,
    about: 0.49,
    firstSentence: 0.28,
    lateSentence: -0.47,
    question: -0.23,
    repeated: 0.48,
    compound: 0.8,
    plural: 0.25,
    activity: 0.67,
    addressee: -0.3,
    negated: 0.02,
    aside: 0.15,
    timeClause: -0.29,
    meta: -0.45,
    unreasoned: -0.23,
  },
  none: { bias: -99, noKind: 98.99 },
};
