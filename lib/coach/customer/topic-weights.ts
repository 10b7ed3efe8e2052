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
    product: -0.45,
    theirs: 0.35,
    device: -0.03,
    kindFits: 0.02,
    kindMisfit: -0.4,
    kindDefault: -0.26,
    noKind: 0,
    askedAbout: -0.05,
    cueSentence: 0.4,
    insideCue: 0.14,
    beforeCue: 0.29,
    afterCue: -0.06,
    subject: 0.23,
    object: 0.33,
    setting: -0.41,
    about: 0.54,
    firstSentence: 0.24,
    lateSentence: -0.54,
    question: -0.16,
    repeated: 0.46,
    compound: 0.7,
    plural: 0.2,
    activity: 0.24,
    addressee: -0.18,
  },
  none: { bias: 0.06, noKind: 0.27 },
};
