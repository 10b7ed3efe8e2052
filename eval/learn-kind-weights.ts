/**
 * Learns the problem-kind model (lib/coach/customer/kind-model.ts) from the development pool's kind labels (golden +
 * held-out A and B, eval/customers.ts DEVELOPMENT_SETS): a multinomial (softmax) logistic regression with an L2
 * penalty over the engine's own signals (lib/coach/customer/kind-features.ts), one class per kind and one for "no
 * kind". It is fitted by L-BFGS with a backtracking line search on the penalised log-likelihood: deterministic, no
 * learning rate, no random start.
 *
 * The penalty is picked by stratified 10-fold cross-validated log-loss, and the "say no kind" threshold (a kind is
 * named only when its probability reaches it) by cross-validated accuracy, taking the highest threshold within one
 * message in two hundred of the best: a wrong kind is worse for the suggestions than none. A nested
 * cross-validation (both choices made inside each outer fold) gives the honest estimate. Set C plays no part.
 *
 *   npx tsx eval/learn-kind-weights.ts           prints the fit, the cross-validation and the weights
 *   npx tsx eval/learn-kind-weights.ts --write   also rewrites lib/coach/customer/kind-weights.ts
 *   npx tsx eval/learn-kind-weights.ts --quick   skips the nested cross-validation and leave-one-company-out
 *   npx tsx eval/learn-kind-weights.ts --errors  also lists the development messages the cross-validated model gets
 *                                                wrong (error analysis, never the held-out set)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../bench/support-text';
import { customerKindFeatures } from '../lib/coach/customer/index';
import { KIND_FEATURES, PROBLEM_KINDS, type KindFeature } from '../lib/coach/customer/kind-features';
import { decideKind, type KindClass, type KindModel } from '../lib/coach/customer/kind-model';
import { loadDevelopment, type GoldenCustomer } from './customers';
import { companyFolds, nestedText, outOfFoldBy } from './learn-upset-weights';
import { REPO_ROOT } from './dataset';

export const CLASSES: readonly KindClass[] = [...PROBLEM_KINDS, 'none'];

export interface Example {
  features: readonly number[];
  /** Index into the classes. */
  label: number;
}

/** Strengths tried for the L2 penalty on the standardised weights (intercepts are not penalised). */
export const LAMBDAS: readonly number[] = [1, 2, 4, 8, 16, 32, 64];
/** Thresholds tried for naming a kind at all: 0 names the most likely class always. */
export const THRESHOLDS: readonly number[] = Array.from({ length: 15 }, (_, index) => round(index * 0.05, 2));
/** The highest threshold whose accuracy is within this of the best is chosen: saying less costs nothing here. */
export const TOLERANCE = 0.005;
export const FOLDS = 10;
export const REPEATS = 3;
export const SEED = 11;
const WEIGHTS_PATH = resolve(REPO_ROOT, 'lib/coach/customer/kind-weights.ts');

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  // `|| 0` turns a rounded -0 into 0, so the printed table and the learner's output compare equal.
  return Math.round(value * scale) / scale || 0;
}

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

export interface Fit {
  /** Per class: intercept, then one weight per feature (raw feature scale). */
  intercepts: number[];
  weights: number[][];
}

function softmaxInto(scores: Float64Array, out: Float64Array): void {
  let top = -Infinity;
  for (const score of scores) if (score > top) top = score;
  let total = 0;
  for (let k = 0; k < scores.length; k++) total += out[k] = Math.exp(scores[k]! - top);
  for (let k = 0; k < scores.length; k++) out[k]! /= total;
}

/** Two-loop L-BFGS with a backtracking (Armijo) line search: deterministic, no learning rate to tune. */
function minimise(
  evaluate: (point: Float64Array, gradient: Float64Array) => number,
  size: number,
  iterations = 1000,
): Float64Array {
  const memory = 10;
  const point = new Float64Array(size);
  const gradient = new Float64Array(size);
  let value = evaluate(point, gradient);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const next = new Float64Array(size);
  const nextGradient = new Float64Array(size);
  for (let iteration = 0; iteration < iterations; iteration++) {
    let largest = 0;
    for (const g of gradient) largest = Math.max(largest, Math.abs(g));
    if (largest < 1e-6) break;
    // The search direction: minus the inverse-Hessian estimate times the gradient.
    const direction = Float64Array.from(gradient, (g) => -g);
    const alphas: number[] = [];
    for (let m = steps.length - 1; m >= 0; m--) {
      const rho = 1 / dot(changes[m]!, steps[m]!);
      const alpha = rho * dot(steps[m]!, direction);
      alphas[m] = alpha;
      for (let j = 0; j < size; j++) direction[j]! -= alpha * changes[m]![j]!;
    }
    const last = steps.length - 1;
    const gamma = last >= 0 ? dot(steps[last]!, changes[last]!) / dot(changes[last]!, changes[last]!) : 1 / largest;
    for (let j = 0; j < size; j++) direction[j]! *= gamma;
    for (let m = 0; m < steps.length; m++) {
      const rho = 1 / dot(changes[m]!, steps[m]!);
      const beta = rho * dot(changes[m]!, direction);
      for (let j = 0; j < size; j++) direction[j]! += steps[m]![j]! * (alphas[m]! - beta);
    }
    const slope = dot(gradient, direction);
    let stepSize = 1;
    let nextValue = Infinity;
    for (let halving = 0; halving < 40; halving++) {
      for (let j = 0; j < size; j++) next[j] = point[j]! + stepSize * direction[j]!;
      nextValue = evaluate(next, nextGradient);
      if (nextValue <= value + 1e-4 * stepSize * slope) break;
      stepSize /= 2;
    }
    if (!(nextValue < value)) break;
    const step = Float64Array.from(next, (v, j) => v - point[j]!);
    const change = Float64Array.from(nextGradient, (g, j) => g - gradient[j]!);
    if (dot(step, change) > 1e-12) {
      steps.push(step);
      changes.push(change);
      if (steps.length > memory) {
        steps.shift();
        changes.shift();
      }
    }
    const converged = value - nextValue < 1e-12 * Math.max(1, Math.abs(value));
    point.set(next);
    gradient.set(nextGradient);
    value = nextValue;
    if (converged) break;
  }
  return point;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += a[j]! * b[j]!;
  return sum;
}

/**
 * The penalised multinomial fit. Features are divided by their spread (not centred, so a row stays sparse), so
 * the penalty treats every feature alike; the result is mapped back to raw features, so the shipped weights apply
 * to the features as the engine computes them. A feature that never varies in the training rows gets 0.
 */
export function fitSoftmax(examples: readonly Example[], lambda: number, classes = CLASSES.length): Fit {
  const p = examples[0]?.features.length ?? 0;
  const d = p + 1;
  const means = Array.from({ length: p }, (_, j) => mean(examples.map((e) => e.features[j]!)));
  const scales = means.map((m, j) => Math.sqrt(mean(examples.map((e) => (e.features[j]! - m) ** 2))));
  // Sparse rows: the indices and scaled values of each example's non-zero features.
  const rows = examples.map((e) => {
    const indices: number[] = [];
    const values: number[] = [];
    e.features.forEach((value, j) => {
      if (value !== 0 && scales[j]! > 1e-12) {
        indices.push(j + 1);
        values.push(value / scales[j]!);
      }
    });
    return { indices, values, label: e.label };
  });
  const scores = new Float64Array(classes);
  const out = new Float64Array(classes);
  const evaluate = (beta: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    let loss = 0;
    for (const row of rows) {
      for (let k = 0; k < classes; k++) {
        let z = beta[k * d]!;
        for (let m = 0; m < row.indices.length; m++) z += beta[k * d + row.indices[m]!]! * row.values[m]!;
        scores[k] = z;
      }
      softmaxInto(scores, out);
      loss -= Math.log(Math.max(out[row.label]!, 1e-300));
      for (let k = 0; k < classes; k++) {
        const residual = out[k]! - (k === row.label ? 1 : 0);
        gradient[k * d]! += residual;
        for (let m = 0; m < row.indices.length; m++) gradient[k * d + row.indices[m]!]! += residual * row.values[m]!;
      }
    }
    for (let k = 0; k < classes; k++) {
      for (let j = 1; j < d; j++) {
        const w = beta[k * d + j]!;
        const penalty = j > ENGINE_FEATURES ? lambda * WORD_PENALTY : lambda;
        loss += (penalty / 2) * w * w;
        gradient[k * d + j]! += penalty * w;
      }
    }
    return loss;
  };
  const beta = minimise(evaluate, classes * d);
  const weights = Array.from({ length: classes }, (_, k) =>
    Array.from({ length: p }, (_, j) => (scales[j]! > 1e-12 ? beta[k * d + j + 1]! / scales[j]! : 0)),
  );
  // Shifting every intercept alike leaves the probabilities unchanged: centre them so the table reads as offsets.
  const raw = Array.from({ length: classes }, (_, k) => beta[k * d]!);
  const intercepts = raw.map((value) => value - mean(raw));
  return { intercepts, weights };
}

export function probabilities(fit: Fit, features: readonly number[]): number[] {
  const scores = Float64Array.from(
    fit.intercepts.map((b, k) => fit.weights[k]!.reduce((z, w, j) => z + w * features[j]!, b)),
  );
  const out = new Float64Array(scores.length);
  softmaxInto(scores, out);
  return Array.from(out);
}

const NONE = CLASSES.indexOf('none');

/** The class named at `threshold`: the most likely one, or none when it is less likely than the threshold. */
export function decide(probabilities: readonly number[], threshold: number): number {
  let best = 0;
  for (let k = 1; k < probabilities.length; k++) if (probabilities[k]! > probabilities[best]!) best = k;
  return probabilities[best]! < threshold ? NONE : best;
}

/** Folds from a seeded shuffle, stratified by class: every fold holds the same share of each kind. */
export function folds(examples: readonly Example[], k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const assignment = new Array<number>(examples.length);
  let offset = 0;
  for (let label = 0; label < CLASSES.length; label++) {
    const indices = examples.flatMap((e, i) => (e.label === label ? [i] : []));
    for (let i = indices.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [indices[i], indices[j]] = [indices[j]!, indices[i]!];
    }
    // Carrying the position across classes keeps small classes from all landing in the first folds.
    indices.forEach((index, position) => (assignment[index] = (offset + position) % k));
    offset += indices.length;
  }
  return assignment;
}

function outOfFold(examples: readonly Example[], assignment: readonly number[], k: number, lambda: number): number[][] {
  return outOfFoldBy(
    examples,
    assignment,
    k,
    (training) => fitSoftmax(training, lambda),
    (fit, e) => probabilities(fit, e.features),
  );
}

const logLoss = (examples: readonly Example[], predicted: readonly (readonly number[])[]) =>
  -mean(examples.map((e, i) => Math.log(Math.max(1e-12, predicted[i]![e.label]!))));

const accuracyAt = (examples: readonly Example[], predicted: readonly (readonly number[])[], threshold: number) =>
  examples.filter((e, i) => decide(predicted[i]!, threshold) === e.label).length / examples.length;

/** Share of messages given a kind that is not theirs (naming none is not counted): what misleads the suggestions. */
const wrongKindAt = (examples: readonly Example[], predicted: readonly (readonly number[])[], threshold: number) =>
  examples.filter((e, i) => {
    const named = decide(predicted[i]!, threshold);
    return named !== NONE && named !== e.label;
  }).length / examples.length;

export interface LambdaScore {
  lambda: number;
  logLoss: number;
  accuracy: number;
  threshold: number;
  wrongKind: number;
}

/** The highest threshold whose accuracy, averaged over the repeats, is within TOLERANCE of the best. */
function bestThreshold(
  examples: readonly Example[],
  repeats: readonly (readonly number[][])[],
): [number, number, number] {
  const scored = THRESHOLDS.map((threshold) => ({
    threshold,
    accuracy: mean(repeats.map((predicted) => accuracyAt(examples, predicted, threshold))),
    wrongKind: mean(repeats.map((predicted) => wrongKindAt(examples, predicted, threshold))),
  }));
  const top = Math.max(...scored.map((score) => score.accuracy));
  const chosen = scored.filter((score) => score.accuracy >= top - TOLERANCE - 1e-12).at(-1)!;
  return [chosen.threshold, chosen.accuracy, chosen.wrongKind];
}

interface Selection {
  lambda: number;
  threshold: number;
  scores: LambdaScore[];
}

function select(examples: readonly Example[], k: number, seed: number, repeats = REPEATS): Selection {
  const splits = Array.from({ length: repeats }, (_, repeat) => folds(examples, k, seed + 101 * repeat));
  const scores = LAMBDAS.map((lambda) => {
    const repeats = splits.map((assignment) => outOfFold(examples, assignment, k, lambda));
    const [threshold, accuracy, wrongKind] = bestThreshold(examples, repeats);
    return {
      lambda,
      logLoss: mean(repeats.map((predicted) => logLoss(examples, predicted))),
      accuracy,
      threshold,
      wrongKind,
    };
  });
  const best = scores.reduce((a, b) => (b.logLoss < a.logLoss ? b : a));
  return { lambda: best.lambda, threshold: best.threshold, scores };
}

const ENGINE_FEATURES = KIND_FEATURES.length;
/** The lexical weights are penalised this many times harder than the engine's signals: words are many and noisy. */
export const WORD_PENALTY = Number(process.env.KIND_WORD_PENALTY ?? 12);
/** Words in at least this many development messages become lexical features (0 or less: none). */
export const WORD_MIN_MESSAGES = Number(process.env.KIND_WORD_MIN ?? 5);

/**
 * The lexical vocabulary: words in at least `minimum` messages. Chosen by how often words occur, never by the
 * labels, so choosing it on the whole pool leaks nothing into the cross-validation.
 */
export function vocabulary(golden: readonly GoldenCustomer[], minimum: number): string[] {
  if (minimum <= 0) return [];
  const counts = new Map<string, number>();
  for (const item of golden)
    for (const word of customerKindFeatures(item.text)?.words ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= minimum)
    .map(([word]) => word)
    .sort();
}

export function examplesFrom(
  golden: readonly GoldenCustomer[],
  words: readonly string[] = [],
): Array<Example & { item: GoldenCustomer }> {
  return golden.flatMap((item) => {
    const read = customerKindFeatures(item.text);
    if (!read) return [];
    const label = CLASSES.indexOf(item.labels.kind ?? 'none');
    const lexical = words.map((word) => (read.words.has(word) ? 1 : 0));
    return [{ features: [...KIND_FEATURES.map((name) => read.features[name]), ...lexical], label, item }];
  });
}

function nestedAccuracy(examples: readonly Example[], k: number, seed: number): [number, number] {
  const outer = folds(examples, k, seed);
  let correct = 0;
  let wrong = 0;
  for (let fold = 0; fold < k; fold++) {
    const training = examples.filter((_, i) => outer[i] !== fold);
    // One split inside each outer fold (not REPEATS): the nested estimate costs ten selections as it is.
    const { lambda, threshold } = select(training, k, seed + 1, 1);
    const fit = fitSoftmax(training, lambda);
    examples.forEach((e, i) => {
      if (outer[i] !== fold) return;
      const named = decide(probabilities(fit, e.features), threshold);
      if (named === e.label) correct += 1;
      else if (named !== NONE) wrong += 1;
    });
  }
  return [correct / examples.length, wrong / examples.length];
}

/**
 * Leave-one-company-out at a fixed lambda and threshold: accuracy and the share given a wrong kind, on the customers
 * of each support account by a model that never saw that account (learn-upset-weights.ts `companyFolds` says why),
 * and how many accounts there are.
 */
function companyOutAccuracy(
  examples: ReadonlyArray<Example & { item: GoldenCustomer }>,
  lambda: number,
  threshold: number,
): [number, number, number] {
  const { assignment, k } = companyFolds(examples.map((e) => e.item.company));
  const predicted = outOfFold(examples, assignment, k, lambda);
  return [accuracyAt(examples, predicted, threshold), wrongKindAt(examples, predicted, threshold), k];
}

export interface Learned {
  model: KindModel;
  lambda: number;
  scores: LambdaScore[];
  fittedAccuracy: number;
  /** Cross-validated accuracy at the chosen lambda and threshold (chosen on the same folds: slightly optimistic). */
  cvAccuracy: number;
  /** Nested cross-validation: lambda and threshold chosen inside each outer training fold. The honest estimate. */
  nestedAccuracy: number;
  nestedWrongKind: number;
  /** Leave-one-company-out at the chosen lambda and threshold, over `companies` folds (NaN when skipped, as nested is). */
  companyOutAccuracy: number;
  companyOutWrongKind: number;
  companies: number;
  /** The hand-set ranking's accuracy on the same messages (the rule the model replaces), for comparison. */
  rankedAccuracy: number;
  messages: number;
}

/** The whole learning run; the shipped table holds `model` with weights rounded to four places. */
export function learnKindModel(golden: readonly GoldenCustomer[], options: { nested?: boolean } = {}): Learned {
  const words = vocabulary(golden, WORD_MIN_MESSAGES);
  const examples = examplesFrom(golden, words);
  const { lambda, threshold, scores } = select(examples, FOLDS, SEED);
  const fit = fitSoftmax(examples, lambda);
  const intercepts = Object.fromEntries(CLASSES.map((name, k) => [name, round(fit.intercepts[k]!, 4)])) as Record<
    KindClass,
    number
  >;
  const weights = Object.fromEntries(
    CLASSES.map((name, k) => [
      name,
      Object.fromEntries(KIND_FEATURES.map((feature, j) => [feature, round(fit.weights[k]![j]!, 4)])),
    ]),
  ) as KindModel['weights'];
  const lexicon = Object.fromEntries(
    words.map((word, w) => [word, CLASSES.map((_, k) => round(fit.weights[k]![ENGINE_FEATURES + w]!, 3))]),
  );
  const model: KindModel = { classes: CLASSES, intercepts, weights, words: lexicon, threshold };
  const named = (e: Example & { item: GoldenCustomer }) => {
    const read = customerKindFeatures(e.item.text)!;
    return decideKind(read.features, read.words, model).kind;
  };
  const ranked = (e: Example) => {
    const kind = PROBLEM_KINDS.find((name) => e.features[KIND_FEATURES.indexOf(`ranked:${name}`)] === 1);
    return CLASSES.indexOf(kind ?? 'none');
  };
  const [nested, nestedWrong] =
    options.nested === false ? [Number.NaN, Number.NaN] : nestedAccuracy(examples, FOLDS, SEED);
  const [companyOut, companyOutWrong, companies] =
    options.nested === false ? [Number.NaN, Number.NaN, Number.NaN] : companyOutAccuracy(examples, lambda, threshold);
  return {
    model,
    lambda,
    scores,
    fittedAccuracy: mean(examples.map((e) => (CLASSES.indexOf(named(e) ?? 'none') === e.label ? 1 : 0))),
    cvAccuracy: scores.find((score) => score.lambda === lambda)!.accuracy,
    nestedAccuracy: nested,
    nestedWrongKind: nestedWrong,
    companyOutAccuracy: companyOut,
    companyOutWrongKind: companyOutWrong,
    companies,
    rankedAccuracy: mean(examples.map((e) => (ranked(e) === e.label ? 1 : 0))),
    messages: examples.length,
  };
}

/** The development messages the cross-validated model gets wrong, with what it said and the features that fired. */
function errors(golden: readonly GoldenCustomer[], learned: Learned): string {
  const examples = examplesFrom(golden, Object.keys(learned.model.words));
  const predicted = outOfFold(examples, folds(examples, FOLDS, SEED), FOLDS, learned.lambda);
  return examples
    .flatMap((e, i) => {
      const named = decide(predicted[i]!, learned.model.threshold);
      if (named === e.label) return [];
      const fired = KIND_FEATURES.flatMap((name, j) =>
        e.features[j]! > 0 ? [`${name}=${Number(e.features[j]!.toFixed(2))}`] : [],
      );
      const text = e.item.text.replace(/\s+/g, ' ').slice(0, 200);
      return [
        `labelled ${CLASSES[e.label]}, model ${CLASSES[named]} p=${Math.max(...predicted[i]!).toFixed(2)} ${fired.join(' ')}\n    ${text}`,
      ];
    })
    .join('\n');
}

export function weightsSource(learned: Learned): string {
  const table = (name: KindClass) =>
    KIND_FEATURES.filter((feature) => (learned.model.weights[name][feature] ?? 0) !== 0)
      .map((feature) => `      '${feature}': ${learned.model.weights[name][feature]},`)
      .join('\n');
  const classes = CLASSES.map((name) => `    '${name}': {\n${table(name)}\n    },`).join('\n');
  const intercepts = CLASSES.map((name) => `    '${name}': ${learned.model.intercepts[name]},`).join('\n');
  const lexicon = Object.entries(learned.model.words)
    .map(([word, row]) => `    ${JSON.stringify(word)}: [${row.join(', ')}],`)
    .join('\n');
  return `/**
 * The problem-kind model's weights, learned from the customer development pool (eval/customers.ts DEVELOPMENT_SETS)
 * by eval/learn-kind-weights.ts (softmax logistic regression, L2 lambda ${learned.lambda} by cross-validated log-loss;
 * "no kind" threshold by cross-validated accuracy; 10-fold cross-validation repeated ${REPEATS} times). Generated: do not
 * edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-kind-weights.ts --write && npx prettier --write lib/coach/customer/kind-weights.ts
 *
 * tests/coach/customer/kind-model.test.ts fails while this table differs from what the script learns.
 * Pool (${learned.messages} messages): fitted accuracy ${learned.fittedAccuracy.toFixed(3)}, cross-validated ${learned.cvAccuracy.toFixed(3)}, ${nestedText(learned.nestedAccuracy)} (the hand ranking alone ${learned.rankedAccuracy.toFixed(3)}).
 * Features a class does not weigh (weight 0) are left out of its row; each word's row is one weight per class, in
 * \`classes\` order (three places: a word is weak evidence).
 */
import type { KindModel } from './kind-model';

export const KIND_MODEL: KindModel = {
  classes: ${JSON.stringify(CLASSES).replace(/"/g, "'")},
  threshold: ${learned.model.threshold},
  intercepts: {
${intercepts}
  },
  weights: {
${classes}
  },
  words: {
${lexicon}
  },
};
`;
}

function report(learned: Learned): string {
  const weight = (name: KindClass, feature: KindFeature) => learned.model.weights[name][feature] ?? 0;
  return [
    `Kind model from ${learned.messages} development messages, ${FOLDS}-fold stratified cross-validation repeated ${REPEATS} times (seed ${SEED})`,
    '',
    'lambda  CV log-loss  CV accuracy  at threshold  wrong kind named',
    ...learned.scores.map(
      (score) =>
        `${String(score.lambda).padStart(6)}  ${score.logLoss.toFixed(4).padStart(11)}  ${score.accuracy.toFixed(3).padStart(11)}  ${score.threshold.toFixed(2).padStart(12)}  ${score.wrongKind.toFixed(3).padStart(16)}${score.lambda === learned.lambda ? '  ← chosen' : ''}`,
    ),
    '',
    `hand ranking ${learned.rankedAccuracy.toFixed(3)}   fitted ${learned.fittedAccuracy.toFixed(3)}   cross-validated ${learned.cvAccuracy.toFixed(3)}   nested ${learned.nestedAccuracy.toFixed(3)} (wrong kind named ${learned.nestedWrongKind.toFixed(3)})   (lambda ${learned.lambda}, threshold ${learned.model.threshold})`,
    `leave one company out (${learned.companies} companies): ${learned.companyOutAccuracy.toFixed(3)} (wrong kind named ${learned.companyOutWrongKind.toFixed(3)})`,
    '',
    ...CLASSES.map((name) => {
      const top = [...KIND_FEATURES]
        .sort((a, b) => Math.abs(weight(name, b)) - Math.abs(weight(name, a)))
        .slice(0, 6)
        .map((feature) => `${feature} ${weight(name, feature).toFixed(2)}`);
      return `${name.padEnd(15)} ${learned.model.intercepts[name].toFixed(2).padStart(6)}  ${top.join(', ')}`;
    }),
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const learned = learnKindModel(loadDevelopment(), { nested: !process.argv.includes('--quick') });
  console.log(report(learned));
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (process.argv.includes('--errors')) console.log(`\n${errors(loadDevelopment(), learned)}`);
  if (process.argv.includes('--write')) {
    writeFileSync(WEIGHTS_PATH, weightsSource(learned));
    console.log(`\nwrote ${WEIGHTS_PATH}`);
  }
}
