/**
 * How much each feature of a candidate topic phrase counts (customer/topic.ts). Generated — do not edit by hand:
 * `npx tsx eval/learn-topic-weights.ts --write` learns them from tests/fixtures/customers/golden.jsonl.
 */
import type { TopicFeature } from './topic';

export interface TopicWeightTable {
  weights: Readonly<Record<TopicFeature, number>>;
  /** What naming no topic is worth: `bias` always, plus `noKind` when no kind of problem was read. */
  none: Readonly<{ bias: number; noKind: number }>;
}

export const TOPIC_WEIGHTS: TopicWeightTable = {
  weights: {
    listed: 0.32,
    product: -0.29,
    theirs: 0.07,
    device: -0.13,
    kindFits: -0.14,
    kindMisfit: -0.55,
    kindDefault: -0.03,
    noKind: 0,
    askedAbout: 0.17,
    cueSentence: 0.27,
    insideCue: 0.4,
    beforeCue: 0.39,
    afterCue: -0.1,
    subject: 0.16,
    object: 0.38,
    setting: -0.34,
    about: 0.24,
    firstSentence: -0.04,
    lateSentence: -0.64,
    question: 0.63,
    repeated: 0.62,
    compound: 0.78,
    plural: 0.39,
    activity: 0.32,
  },
  none: { bias: 0.01, noKind: -0.01 },
};
