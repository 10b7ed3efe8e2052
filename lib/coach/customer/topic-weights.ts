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
    product: -0.45,
    theirs: 0.33,
    device: 0.18,
    kindFits: 0,
    kindMisfit: -0.53,
    kindDefault: -0.13,
    noKind: 0,
    askedAbout: -0.19,
    cueSentence: 0.29,
    insideCue: 0.13,
    beforeCue: 0.27,
    afterCue: 0,
    subject: 0.27,
    object: 0.34,
    setting: -0.39,
    about: 0.49,
    firstSentence: 0.28,
    lateSentence: -0.45,
    question: -0.12,
    repeated: 0.46,
    compound: 0.73,
    plural: 0.28,
    activity: 0.7,
    addressee: -0.43,
    negated: 0.04,
    aside: 0.12,
    timeClause: -0.26,
    meta: -0.47,
    unreasoned: -0.2,
  },
  none: { bias: -0.54, noKind: 1.04 },
};
