/**
 * Learns the weights of lib/coach/customer/topic-weights.ts from the development pool's customer labels (eval/customers.ts DEVELOPMENT_SETS): each candidate phrase
 * of a message (customer/topic.ts `topicCandidates`, with its features) is an option, and so is naming none; a
 * conditional logit (a softmax over one message's options) is fitted so that the options `scoreTopic` calls right
 * win, partly right ones count for less, and "none" wins where no candidate is right or no topic is labelled.
 * Deterministic (full-batch gradient descent from zero, fixed steps), so the shipped table is reproducible.
 *
 *   npx tsx eval/learn-topic-weights.ts           # 5-fold and leave-company-out figures, learned vs shipped
 *   npx tsx eval/learn-topic-weights.ts --write   # and rewrite lib/coach/customer/topic-weights.ts
 *
 * Only the development pool is read: the held-out set stays unseen and are scored by `npm run eval` alone.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanCustomerText } from '../lib/coach/customer/clean';
import { readProblemSetting } from '../lib/coach/customer/problem';
import {
  TOPIC_FEATURES,
  addressedHandles,
  bestTopic,
  topicCandidates,
  topicScore,
  type TopicCandidate,
  type TopicFeature,
} from '../lib/coach/customer/topic';
import { TOPIC_WEIGHTS, type TopicWeightTable } from '../lib/coach/customer/topic-weights';
import { analyzeText } from '../lib/coach/text';
import type { ProblemKind } from '../lib/coach/types';
import { loadDevelopment, scoreTopic, type GoldenCustomer, type TopicVerdict } from './customers';
import { REPO_ROOT } from './dataset';

export const TABLE_PATH = resolve(REPO_ROOT, 'lib/coach/customer/topic-weights.ts');

/** How much a partly right option counts beside a right one in the target. */
const PARTLY_CREDIT = 0.4;
/** L2 penalty on every weight (keeps rare features from running off on a few messages). */
const L2 = 0.01;
const STEPS = 4000;
const LEARNING_RATE = 0.5;
const FOLDS = 5;
/** Naming a wrong thing costs this much of what naming the right one gains (an agent reads it to the customer). */
export const WRONG_COST = 0.5;
/** How wide, in score, the soft step is by which the threshold for naming none is chosen (fitNone). */
const NONE_BANDWIDTH = 0.15;
/** Decimal places kept in the shipped table. */
const PLACES = 2;

export interface TopicExample {
  id: string;
  /** The support account written to: companies write differently, so one is left out at a time (leaveCompanyOut). */
  company: string;
  kind: ProblemKind | null;
  /** The labelled keys, or null when no topic is labelled (naming one is spurious). */
  keys: readonly string[] | null;
  candidates: TopicCandidate[];
  verdicts: TopicVerdict[];
}

/** Every golden message's candidates, read the way the engine reads the message (clean text, problem setting). */
export function topicExamples(golden: readonly GoldenCustomer[]): TopicExample[] {
  return golden.map((item) => {
    const text = analyzeText(cleanCustomerText(item.text).text);
    const setting = readProblemSetting(text);
    const candidates = topicCandidates(text, setting.kind, setting.mentions, addressedHandles(item.text));
    const keys = item.labels.topic?.keys ?? null;
    return {
      id: item.id,
      company: item.company,
      kind: setting.kind,
      keys,
      candidates,
      verdicts: candidates.map((candidate) => (keys ? scoreTopic(candidate.text, keys) : 'wrong')),
    };
  });
}

interface Option {
  x: Float64Array;
  target: number;
}

/**
 * One message's candidates as feature vectors with their target probabilities (summing to 1), or null when no
 * candidate is right or partly right: such a message says nothing about how to rank, only that none should win.
 */
function optionsOf(example: TopicExample): Option[] | null {
  const credit: number[] = example.verdicts.map((verdict) =>
    verdict === 'right' ? 1 : verdict === 'partly' ? PARTLY_CREDIT : 0,
  );
  const total = credit.reduce((sum, value) => sum + value, 0);
  if (total === 0) return null;
  return example.candidates.map((candidate, index) => ({
    x: Float64Array.from(TOPIC_FEATURES, (feature) => candidate.features[feature]),
    target: credit[index]! / total,
  }));
}

/** The ranking: a conditional logit over each message's candidates, by full-batch gradient descent from zero. */
function fitRanking(examples: readonly TopicExample[]): Float64Array {
  const messages = examples.map(optionsOf).filter((options): options is Option[] => options !== null);
  const size = TOPIC_FEATURES.length;
  const w = new Float64Array(size);
  const gradient = new Float64Array(size);
  // Plain loops over typed arrays (the same sums in the same order as map/reduce would take): the learner is refitted
  // once per fold and per company, thousands of steps each.
  const widest = Math.max(1, ...messages.map((options) => options.length));
  const scores = new Float64Array(widest);
  for (let step = 0; step < STEPS; step += 1) {
    gradient.fill(0);
    for (const options of messages) {
      let top = -Infinity;
      for (let o = 0; o < options.length; o += 1) {
        const x = options[o]!.x;
        let score = 0;
        for (let k = 0; k < size; k += 1) score += x[k]! * w[k]!;
        scores[o] = score;
        if (score > top) top = score;
      }
      let z = 0;
      for (let o = 0; o < options.length; o += 1) {
        scores[o] = Math.exp(scores[o]! - top);
        z += scores[o]!;
      }
      for (let o = 0; o < options.length; o += 1) {
        const option = options[o]!;
        const difference = scores[o]! / z - option.target;
        for (let k = 0; k < size; k += 1) gradient[k]! += difference * option.x[k]!;
      }
    }
    for (let k = 0; k < size; k += 1) w[k]! -= LEARNING_RATE * (gradient[k]! / messages.length + L2 * w[k]!);
  }
  return w;
}

/**
 * What naming none is worth, with and without a kind of problem: the values that maximise right + partly − WRONG_COST
 * × (wrong + spurious) on these examples, among the top scores themselves counted through a soft step (NONE_BANDWIDTH)
 * so the cut does not follow single messages.
 */
function fitNone(examples: readonly TopicExample[], weights: Record<TopicFeature, number>): TopicWeightTable['none'] {
  const choose = (subset: readonly TopicExample[]): number => {
    const tops = subset.map((example) => {
      let best = -1;
      let bestScore = -Infinity;
      example.candidates.forEach((candidate, index) => {
        const score = topicScore(candidate, weights);
        if (score > bestScore) [best, bestScore] = [index, score];
      });
      const verdict = best < 0 ? null : example.keys ? example.verdicts[best]! : 'wrong';
      const gain = verdict === 'right' || verdict === 'partly' ? 1 : verdict === null ? 0 : -WRONG_COST;
      return { score: bestScore, gain };
    });
    const thresholds = [-Infinity, ...tops.map((top) => top.score).filter(Number.isFinite)].sort((a, b) => a - b);
    // Each top counts by how surely it clears the threshold, a logistic step NONE_BANDWIDTH wide rather than a hard
    // one: on a hundred messages the hard count is flat and ragged, and its best cut jumps with each message added.
    const scored = tops.filter((top) => Number.isFinite(top.score));
    const smoothed = (threshold: number) =>
      scored.reduce((sum, top) => sum + top.gain / (1 + Math.exp(-(top.score - threshold) / NONE_BANDWIDTH)), 0);
    let bestThreshold = -99;
    let bestValue = smoothed(-99);
    for (const threshold of thresholds.filter(Number.isFinite)) {
      const value = smoothed(threshold);
      if (value > bestValue) [bestThreshold, bestValue] = [threshold, value];
    }
    return bestThreshold;
  };
  const withKind = choose(examples.filter((example) => example.kind !== null));
  const withoutKind = choose(examples.filter((example) => example.kind === null));
  return { bias: withKind, noKind: withoutKind - withKind };
}

const round = (value: number) => Number(value.toFixed(PLACES)) + 0;

/** The table learned from these examples, rounded as it is shipped. */
export function learnTopicWeights(examples: readonly TopicExample[]): TopicWeightTable {
  const w = fitRanking(examples);
  const weights = Object.fromEntries(TOPIC_FEATURES.map((feature, index) => [feature, round(w[index]!)])) as Record<
    TopicFeature,
    number
  >;
  const none = fitNone(examples, weights);
  return { weights, none: { bias: round(none.bias), noKind: round(none.noKind) } };
}

export type Tally = Record<TopicVerdict, number> & { labelled: number; spurious: number };

/** What the learner maximises: topics named right or partly right, less WRONG_COST for each wrong or spurious one. */
export const objective = (counts: Tally): number =>
  counts.right + counts.partly - WRONG_COST * (counts.wrong + counts.spurious);

/** How a table's top choice scores on these examples, the way `npm run eval` counts the topic. */
export function tally(examples: readonly TopicExample[], table: TopicWeightTable): Tally {
  const counts: Tally = { right: 0, partly: 0, wrong: 0, missing: 0, labelled: 0, spurious: 0 };
  for (const example of examples) {
    const best = bestTopic(example.candidates, example.kind, table);
    if (!example.keys) {
      if (best) counts.spurious += 1;
      continue;
    }
    counts.labelled += 1;
    counts[best ? example.verdicts[example.candidates.indexOf(best)]! : 'missing'] += 1;
  }
  return counts;
}

/** k-fold cross-validation by position (message i is in fold i mod k): each fold scored by weights learned without it. */
export function crossValidate(examples: readonly TopicExample[], folds = FOLDS): Tally {
  const total: Tally = { right: 0, partly: 0, wrong: 0, missing: 0, labelled: 0, spurious: 0 };
  for (let fold = 0; fold < folds; fold += 1) {
    const train = examples.filter((_, index) => index % folds !== fold);
    const test = examples.filter((_, index) => index % folds === fold);
    const counts = tally(test, learnTopicWeights(train));
    for (const key of Object.keys(total) as Array<keyof Tally>) total[key] += counts[key];
  }
  return total;
}

/**
 * Leave-one-company-out: each company's messages scored by weights learned from every other company's. Companies'
 * customers write about different things in different words, so this is nearer to a company the pool lacks than
 * folds by position, which mix every company into training.
 */
export function leaveCompanyOut(examples: readonly TopicExample[]): Tally {
  const total: Tally = { right: 0, partly: 0, wrong: 0, missing: 0, labelled: 0, spurious: 0 };
  for (const company of new Set(examples.map((example) => example.company))) {
    const train = examples.filter((example) => example.company !== company);
    const counts = tally(
      examples.filter((example) => example.company === company),
      learnTopicWeights(train),
    );
    for (const key of Object.keys(total) as Array<keyof Tally>) total[key] += counts[key];
  }
  return total;
}

/** The plain peer: every weight zero and none never chosen, so the first phrase of the message is named. */
export const FIRST_CANDIDATE: TopicWeightTable = {
  weights: Object.fromEntries(TOPIC_FEATURES.map((feature) => [feature, 0])) as Record<TopicFeature, number>,
  none: { bias: -1, noKind: 0 },
};

/** The shipped file's text for a table (formatted as prettier leaves it). */
export function renderTable(table: TopicWeightTable): string {
  const entries = TOPIC_FEATURES.map((feature) => `    ${feature}: ${table.weights[feature]},`).join('\n');
  return `/**
 * How much each feature of a candidate topic phrase counts (customer/topic.ts). Generated — do not edit by hand:
 * \`npx tsx eval/learn-topic-weights.ts --write\` learns them from the customer development pool (eval/customers.ts DEVELOPMENT_SETS).
 */
import type { TopicFeature } from './topic';

export interface TopicWeightTable {
  weights: Readonly<Record<TopicFeature, number>>;
  /** What naming no topic is worth: \`bias\` always, plus \`noKind\` when no kind of problem was read. */
  none: Readonly<{ bias: number; noKind: number }>;
}

export const TOPIC_WEIGHTS: TopicWeightTable = {
  weights: {
${entries}
  },
  none: { bias: ${table.none.bias}, noKind: ${table.none.noKind} },
};
`;
}

function describe(name: string, counts: Tally): string {
  const share = (part: number) => `${((100 * part) / counts.labelled).toFixed(1)} %`;
  return `${name.padEnd(34)} objective ${objective(counts).toFixed(1).padStart(5)}  right ${share(counts.right).padStart(7)}  right+partly ${share(counts.right + counts.partly).padStart(7)}  r/p/w/m ${counts.right}/${counts.partly}/${counts.wrong}/${counts.missing} (+${counts.spurious} spurious)`;
}

function main(argv: readonly string[]): void {
  const examples = topicExamples(loadDevelopment());
  const labelled = examples.filter((example) => example.keys);
  const reachable = (accept: (verdict: TopicVerdict) => boolean) =>
    labelled.filter((example) => example.verdicts.some(accept)).length;
  const percent = (part: number) => `${((100 * part) / labelled.length).toFixed(1)} %`;
  console.log(
    `Golden topic candidates: ${examples.length} messages, ${labelled.length} with a labelled topic, ${examples.reduce((sum, example) => sum + example.candidates.length, 0)} candidates`,
  );
  console.log(
    `  a right candidate exists for ${percent(reachable((verdict) => verdict === 'right'))}, right or partly for ${percent(reachable((verdict) => verdict !== 'wrong'))} (the most any ranking can reach)`,
  );
  const learned = learnTopicWeights(examples);
  console.log(describe('shipped table, in sample', tally(examples, TOPIC_WEIGHTS)));
  console.log(describe('first candidate, always named', tally(examples, FIRST_CANDIDATE)));
  console.log(describe('learned table, in sample', tally(examples, learned)));
  console.log(describe(`learned, ${FOLDS}-fold cross-validated`, crossValidate(examples)));
  const companies = new Set(examples.map((example) => example.company)).size;
  console.log(describe(`learned, leave-company-out (${companies})`, leaveCompanyOut(examples)));
  console.log('\nlearned weights:');
  for (const feature of TOPIC_FEATURES) console.log(`  ${feature.padEnd(14)} ${learned.weights[feature].toFixed(2)}`);
  console.log(`  none           ${learned.none.bias.toFixed(2)} (+${learned.none.noKind.toFixed(2)} with no kind)`);
  if (argv.includes('--write')) {
    writeFileSync(TABLE_PATH, renderTable(learned));
    console.log(`\nwrote ${TABLE_PATH}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
