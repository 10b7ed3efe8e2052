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
    listed: 0.6,
    product: -0.49,
    theirs: 0.31,
    device: -0.02,
    kindFits: -0.06,
    kindMisfit: -0.46,
    kindDefault: -0.13,
    noKind: 0,
    askedAbout: -0.1,
    cueSentence: 0.3,
    insideCue: 0.4,
    beforeCue: 0.43,
    afterCue: -0.21,
    subject: 0.3,
    object: 0.31,
    setting: -0.25,
    about: 0.63,
    firstSentence: 0.35,
    lateSentence: -0.46,
    question: 0.16,
    repeated: 0.59,
    compound: 0.65,
    plural: 0.36,
    activity: 0.33,
    addressee: -0.26,
  },
  none: { bias: -99, noKind: 99.78 },
};
