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
    product: -0.43,
    theirs: 0.35,
    device: -0.07,
    kindFits: 0.07,
    kindMisfit: -0.47,
    kindDefault: -0.26,
    noKind: 0,
    askedAbout: -0.13,
    askedObject: 0.06,
    cueSentence: 0.32,
    insideCue: 0.08,
    beforeCue: 0.3,
    afterCue: 0,
    subject: 0.26,
    object: 0.34,
    setting: -0.36,
    about: 0.49,
    firstSentence: 0.29,
    lateSentence: -0.46,
    question: -0.24,
    repeated: 0.47,
    compound: 0.82,
    plural: 0.25,
    activity: 0.71,
    addressee: -0.14,
    negated: 0.04,
    aside: 0.22,
    timeClause: -0.3,
    meta: -0.46,
    unreasoned: -0.31,
  },
  none: { bias: -99, noKind: 98.89 },
};
