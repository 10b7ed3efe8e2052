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
    listed: 0.47,
    product: -0.44,
    theirs: 0.34,
    device: 0.18,
    kindFits: 0.04,
    kindMisfit: -0.48,
    kindDefault: -0.25,
    noKind: 0,
    askedAbout: -0.2,
    cueSentence: 0.3,
    insideCue: 0.13,
    beforeCue: 0.27,
    afterCue: 0.01,
    subject: 0.28,
    object: 0.35,
    setting: -0.36,
    about: 0.49,
    firstSentence: 0.27,
    lateSentence: -0.46,
    question: -0.15,
    repeated: 0.44,
    compound: 0.78,
    plural: 0.27,
    activity: 0.69,
    addressee: -0.43,
    negated: 0.04,
    aside: 0.14,
    timeClause: -0.3,
    meta: -0.46,
    unreasoned: -0.22,
  },
  none: { bias: -99, noKind: 99.36 },
};
