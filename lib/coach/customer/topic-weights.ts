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
    listed: 1,
    product: 0.5,
    theirs: 1.5,
    device: 0,
    kindFits: 2,
    kindMisfit: -1.5,
    kindDefault: 1,
    noKind: 0,
    askedAbout: 1.5,
    cueSentence: 3,
    insideCue: 3,
    beforeCue: 3,
    afterCue: 1,
    subject: 0,
    object: 0,
    setting: 0,
    about: 0,
    firstSentence: 0,
    lateSentence: -1.2,
    question: 0,
    repeated: 0,
    compound: 0,
    plural: 0,
  },
  none: { bias: 0.99, noKind: 0 },
};
