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
    listed: 0.52,
    product: -0.38,
    theirs: 0.35,
    device: 0.18,
    kindFits: 0.03,
    kindMisfit: -0.46,
    kindDefault: -0.25,
    noKind: 0,
    askedAbout: -0.14,
    cueSentence: 0.35,
    insideCue: 0.07,
    beforeCue: 0.25,
    afterCue: -0.01,
    subject: 0.27,
    object: 0.36,
    setting: -0.37,
    about: 0.48,
    firstSentence: 0.28,
    lateSentence: -0.48,
    question: -0.21,
    repeated: 0.46,
    compound: 0.79,
    plural: 0.25,
    activity: 0.68,
    addressee: -0.32,
    negated: 0.02,
    aside: 0.14,
    timeClause: -0.3,
    meta: -0.46,
    unreasoned: -0.22,
  },
  none: { bias: -0.44, noKind: 0.48 },
};
