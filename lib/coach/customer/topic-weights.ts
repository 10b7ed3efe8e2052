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
    listed: 0.39,
    product: -0.27,
    theirs: 0.13,
    device: -0.07,
    kindFits: -0.12,
    kindMisfit: -0.53,
    kindDefault: -0.02,
    noKind: 0,
    askedAbout: 0.06,
    cueSentence: 0.21,
    insideCue: 0.36,
    beforeCue: 0.4,
    afterCue: 0.02,
    subject: 0.16,
    object: 0.53,
    setting: -0.26,
    about: 0.32,
    firstSentence: -0.02,
    lateSentence: -0.64,
    question: 0.59,
    repeated: 0.65,
    compound: 0.75,
    plural: 0.41,
  },
  none: { bias: 0.02, noKind: 0.64 },
};
