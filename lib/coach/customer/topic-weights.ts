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
    product: -0.48,
    theirs: 0.35,
    device: -0.01,
    kindFits: 0.04,
    kindMisfit: -0.38,
    kindDefault: -0.25,
    noKind: 0,
    askedAbout: -0.06,
    cueSentence: 0.41,
    insideCue: 0.14,
    beforeCue: 0.25,
    afterCue: -0.06,
    subject: 0.22,
    object: 0.31,
    setting: -0.41,
    about: 0.55,
    firstSentence: 0.23,
    lateSentence: -0.54,
    question: -0.17,
    repeated: 0.41,
    compound: 0.69,
    plural: 0.23,
    activity: 0.24,
    addressee: -0.18,
  },
  none: { bias: 0.09, noKind: 0.19 },
};
