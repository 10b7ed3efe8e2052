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
    product: -0.25,
    theirs: 0.06,
    device: -0.13,
    kindFits: -0.12,
    kindMisfit: -0.54,
    kindDefault: -0.02,
    noKind: 0,
    askedAbout: 0.16,
    cueSentence: 0.38,
    insideCue: 0.4,
    beforeCue: 0.28,
    afterCue: -0.15,
    subject: 0.17,
    object: 0.35,
    setting: -0.34,
    about: 0.22,
    firstSentence: -0.05,
    lateSentence: -0.66,
    question: 0.61,
    repeated: 0.61,
    compound: 0.77,
    plural: 0.36,
    activity: 0.3,
    addressee: -0.37,
  },
  none: { bias: -0.17, noKind: 0.17 },
};
