/**
 * The topic weights shipped in lib/coach/customer/topic-weights.ts are the learner's output on the development pool, in
 * the learner's own format: a hand edit to the table, or a change to the candidates or their features without
 * relearning, fails here (regenerate with `npx tsx eval/learn-topic-weights.ts --write`).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDevelopment } from '../../eval/customers';
import {
  FIRST_CANDIDATE,
  TABLE_PATH,
  crossValidate,
  learnTopicWeights,
  objective,
  renderTable,
  tally,
  topicExamples,
  type TopicExample,
} from '../../eval/learn-topic-weights';
import { TOPIC_FEATURES } from '../../lib/coach/customer/topic';
import { TOPIC_WEIGHTS } from '../../lib/coach/customer/topic-weights';

let examples: TopicExample[];
beforeAll(() => {
  examples = topicExamples(loadDevelopment());
}, 60_000);

describe('the learned topic weights', () => {
  it('are what the learner learns from the development pool, written as the learner writes them', () => {
    const learned = learnTopicWeights(examples);
    expect(TOPIC_WEIGHTS).toEqual(learned);
    expect(readFileSync(TABLE_PATH, 'utf8')).toBe(renderTable(learned));
  }, 60_000);

  it('weigh every feature a candidate carries, and nothing else', () => {
    expect(Object.keys(TOPIC_WEIGHTS.weights).sort()).toEqual([...TOPIC_FEATURES].sort());
    for (const example of examples)
      for (const candidate of example.candidates)
        expect(Object.keys(candidate.features).sort()).toEqual([...TOPIC_FEATURES].sort());
  });

  it('beat naming the first phrase of every message, on folds they did not see', () => {
    const validated = crossValidate(examples);
    const first = tally(examples, FIRST_CANDIDATE);
    expect(validated.labelled).toBe(first.labelled);
    expect(objective(validated)).toBeGreaterThan(objective(first));
  }, 60_000);
});
