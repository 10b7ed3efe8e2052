/**
 * Learns the upset model (lib/coach/customer/upset-model.ts) from the development pool's customer labels (golden + held-out A and B, eval/customers.ts DEVELOPMENT_SETS): an L2-regularised
 * logistic regression over the engine's own signals (lib/coach/customer/upset-features.ts), fitted by Newton's
 * method (iteratively reweighted least squares, exact and deterministic: no learning rate, no random start).
 *
 * The regularisation strength is picked by stratified 10-fold cross-validation log-loss and the decision threshold
 * by cross-validated accuracy, both on the development pool only; a nested cross-validation (the same two choices made
 * inside each outer fold) gives the honest estimate printed beside the fitted accuracy. The held-out sets play no
 * part: `npm run eval -- --customers-only` reads them afterwards.
 *
 *   npx tsx eval/learn-upset-weights.ts           prints the fit, the cross-validation and the weights
 *   npx tsx eval/learn-upset-weights.ts --write   also rewrites lib/coach/customer/upset-weights.ts
 *   npx tsx eval/learn-upset-weights.ts --quick   skips the nested cross-validation (about ten times faster)
 *   npx tsx eval/learn-upset-weights.ts --stability  also repeats the cross-validation over 10 other fold splits and
 *                                                 the nested one over 3, and prints their spread: a change within
 *                                                 it is noise (slow: a few minutes)
 *   npx tsx eval/learn-upset-weights.ts --errors  also lists the development messages the cross-validated model gets
 *                                                 wrong, with the features that fired (error analysis, never the held-out set)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Matrix, solve } from 'ml-matrix';
import { seededRandom } from '../bench/support-text';
import { customerUpsetFeatures } from '../lib/coach/customer/index';
import { UPSET_FEATURES, type UpsetFeature } from '../lib/coach/customer/upset-features';
import { upsetProbability, type UpsetModel } from '../lib/coach/customer/upset-model';
import { loadDevelopment, type GoldenCustomer } from './customers';
import { REPO_ROOT } from './dataset';
import { emptyConfusion, record, scores, type Confusion } from './metrics';

export interface Example {
  features: readonly number[];
  label: boolean;
}

/** Strengths tried for the L2 penalty on the standardised weights (the intercept is not penalised). */
export const LAMBDAS: readonly number[] = [0.3, 1, 2, 4, 8, 16, 32, 64];
/** Thresholds tried, 0.30..0.70: outside that the model is not deciding, the prior is. */
export const THRESHOLDS: readonly number[] = Array.from({ length: 41 }, (_, index) => round(0.3 + index / 100, 2));
export const FOLDS = 10;
/** Cross-validation is repeated over this many different splits, and its figures averaged. */
export const REPEATS = 5;
export const SEED = 11;
const WEIGHTS_PATH = resolve(REPO_ROOT, 'lib/coach/customer/upset-weights.ts');

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  // `+ 0` turns -0 into 0: the table prints -0 as 0, and the test compares the two exactly.
  return Math.round(value * scale) / scale + 0;
}

/** The nested estimate for a header: `--quick` skips it, and a table written then says so rather than "NaN". */
export const nestedText = (accuracy: number): string =>
  Number.isNaN(accuracy) ? 'nested not run (--quick)' : `nested ${accuracy.toFixed(3)}`;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

interface Fit {
  intercept: number;
  weights: number[];
}

/**
 * Newton's method on the penalised log-likelihood over standardised features; the result is mapped back to raw
 * features, so the shipped weights apply to the features as the engine computes them.
 */
export function fitLogistic(examples: readonly Example[], lambda: number): Fit {
  const n = examples.length;
  const p = examples[0]?.features.length ?? 0;
  const mean = Array.from({ length: p }, (_, j) => examples.reduce((sum, e) => sum + e.features[j]!, 0) / n);
  const scale = mean.map((m, j) => Math.sqrt(examples.reduce((sum, e) => sum + (e.features[j]! - m) ** 2, 0) / n));
  // A feature that never varies in the training folds carries no evidence: its weight stays 0.
  const standard = (x: number, j: number) => (scale[j]! > 1e-12 ? (x - mean[j]!) / scale[j]! : 0);
  const X = new Matrix(examples.map((e) => [1, ...e.features.map(standard)]));
  const y = Matrix.columnVector(examples.map((e) => (e.label ? 1 : 0)));
  let beta = Matrix.zeros(p + 1, 1);
  for (let iteration = 0; iteration < 100; iteration++) {
    const probabilities = X.mmul(beta).to1DArray().map(sigmoid);
    const gradient = X.transpose().mmul(Matrix.sub(y, Matrix.columnVector(probabilities)));
    const weighted = X.clone();
    probabilities.forEach((q, i) => weighted.mulRow(i, q * (1 - q)));
    const hessian = X.transpose().mmul(weighted);
    for (let j = 1; j <= p; j++) {
      hessian.set(j, j, hessian.get(j, j) + lambda);
      gradient.set(j, 0, gradient.get(j, 0) - lambda * beta.get(j, 0));
    }
    const step = solve(hessian, gradient);
    beta = Matrix.add(beta, step);
    if (Math.max(...step.to1DArray().map(Math.abs)) < 1e-10) break;
  }
  const standardWeights = beta.to1DArray().slice(1);
  const weights = standardWeights.map((w, j) => (scale[j]! > 1e-12 ? w / scale[j]! : 0));
  const intercept = beta.get(0, 0) - weights.reduce((sum, w, j) => sum + w * mean[j]!, 0);
  return { intercept, weights };
}

export function probability(fit: Fit, features: readonly number[]): number {
  return sigmoid(fit.weights.reduce((z, w, j) => z + w * features[j]!, fit.intercept));
}

/** Stratified folds from a seeded shuffle: every fold holds the same share of upset messages. */
export function folds(examples: readonly Example[], k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const assignment = new Array<number>(examples.length);
  for (const label of [true, false]) {
    const indices = examples.flatMap((e, i) => (e.label === label ? [i] : []));
    for (let i = indices.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [indices[i], indices[j]] = [indices[j]!, indices[i]!];
    }
    indices.forEach((index, position) => (assignment[index] = position % k));
  }
  return assignment;
}

/**
 * One fold per company: every support account's customers are left out together. The cue and situation tables were
 * written while reading the pool, and a company's customers share products, words and ways of writing, so plain
 * k-fold (a company's messages on both sides of every split) cannot see how the model does on customers who write
 * differently; leaving a company out can, at least in part.
 */
export function companyFolds(companies: readonly string[]): { assignment: number[]; k: number } {
  const names = [...new Set(companies)].sort();
  return { assignment: companies.map((company) => names.indexOf(company)), k: names.length };
}

/** Each example's prediction by the model fitted without its fold; shared by every learner in eval/. */
export function outOfFoldBy<E, Fitted, P>(
  examples: readonly E[],
  assignment: readonly number[],
  k: number,
  fit: (training: readonly E[]) => Fitted,
  predict: (fitted: Fitted, example: E) => P,
): P[] {
  const result = new Array<P>(examples.length);
  for (let fold = 0; fold < k; fold++) {
    const fitted = fit(examples.filter((_, i) => assignment[i] !== fold));
    examples.forEach((e, i) => {
      if (assignment[i] === fold) result[i] = predict(fitted, e);
    });
  }
  return result;
}

/** Out-of-fold probabilities: each example scored by the model fitted without its fold. */
function outOfFold(examples: readonly Example[], assignment: readonly number[], k: number, lambda: number): number[] {
  return outOfFoldBy(
    examples,
    assignment,
    k,
    (training) => fitLogistic(training, lambda),
    (fit, e) => probability(fit, e.features),
  );
}

const logLoss = (examples: readonly Example[], probabilities: readonly number[]) =>
  -examples.reduce((sum, e, i) => {
    const q = Math.min(1 - 1e-12, Math.max(1e-12, probabilities[i]!));
    return sum + (e.label ? Math.log(q) : Math.log(1 - q));
  }, 0) / examples.length;

const accuracyAt = (examples: readonly Example[], probabilities: readonly number[], threshold: number) =>
  examples.filter((e, i) => probabilities[i]! >= threshold === e.label).length / examples.length;

export interface LambdaScore {
  lambda: number;
  logLoss: number;
  /** Cross-validated accuracy at the threshold that is best for this lambda. */
  accuracy: number;
  threshold: number;
}

/** Thresholds either side that each threshold's accuracy is averaged with before the best is picked. */
export const THRESHOLD_WINDOW = 3;

/**
 * The threshold with the best accuracy averaged over the repeats' out-of-fold probabilities and over its
 * neighbours (±THRESHOLD_WINDOW hundredths); among ties, the one nearest 0.5. Accuracy over thresholds is a
 * plateau a few points wide with one-message spikes on it: the raw best jumped from 0.38 to 0.45 on a change that
 * moved no figure, so the pick is the middle of the plateau, not its highest spike. Averaging over several fold
 * splits keeps one lucky split from choosing it. Returns the threshold and its (unsmoothed) accuracy.
 */
function bestThreshold(examples: readonly Example[], repeats: readonly (readonly number[])[]): [number, number] {
  const accuracies = THRESHOLDS.map((threshold) =>
    mean(repeats.map((probabilities) => accuracyAt(examples, probabilities, threshold))),
  );
  let best = 0;
  let bestSmoothed = -1;
  THRESHOLDS.forEach((threshold, index) => {
    const smoothed = mean(accuracies.slice(Math.max(0, index - THRESHOLD_WINDOW), index + THRESHOLD_WINDOW + 1));
    const closer = Math.abs(threshold - 0.5) < Math.abs(THRESHOLDS[best]! - 0.5);
    if (smoothed > bestSmoothed + 1e-12 || (Math.abs(smoothed - bestSmoothed) <= 1e-12 && closer)) {
      best = index;
      bestSmoothed = smoothed;
    }
  });
  return [THRESHOLDS[best]!, accuracies[best]!];
}

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

interface Selection {
  lambda: number;
  threshold: number;
  scores: LambdaScore[];
}

/**
 * Lambda by cross-validated log-loss (smooth, so stable on few messages), then the threshold by accuracy, both
 * averaged over REPEATS different stratified splits into FOLDS folds.
 */
function select(examples: readonly Example[], k: number, seed: number): Selection {
  const splits = Array.from({ length: REPEATS }, (_, repeat) => folds(examples, k, seed + 101 * repeat));
  const scores = LAMBDAS.map((lambda) => {
    const repeats = splits.map((assignment) => outOfFold(examples, assignment, k, lambda));
    const [threshold, accuracy] = bestThreshold(examples, repeats);
    return {
      lambda,
      logLoss: mean(repeats.map((probabilities) => logLoss(examples, probabilities))),
      accuracy,
      threshold,
    };
  });
  const best = scores.reduce((a, b) => (b.logLoss < a.logLoss ? b : a));
  return { lambda: best.lambda, threshold: best.threshold, scores };
}

export interface Learned {
  model: UpsetModel;
  lambda: number;
  scores: LambdaScore[];
  /** Accuracy of the final model on the messages it was fitted on. */
  fittedAccuracy: number;
  /** Cross-validated accuracy at the chosen lambda and threshold (chosen on the same folds: slightly optimistic). */
  cvAccuracy: number;
  /** Nested cross-validation: lambda and threshold chosen inside each outer training fold. The honest estimate. */
  nestedAccuracy: number;
  /** Leave-one-company-out at the chosen lambda and threshold: how it does on a support account it has not seen. */
  companyOut: Confusion;
  /** Leave-one-company-out with lambda and threshold chosen inside each training part (by the usual k-fold). */
  nestedCompanyOut: Confusion | undefined;
  companies: number;
  messages: number;
}

const confusionText = (c: Confusion): string => {
  const { precision, recall } = scores(c);
  return `accuracy ${companyOutAccuracy(c).toFixed(3)}  P/R ${precision.toFixed(3)}/${recall.toFixed(3)}`;
};

function confusion(examples: readonly Example[], decided: readonly boolean[]): Confusion {
  const c = emptyConfusion();
  examples.forEach((e, i) => record(c, decided[i]!, e.label));
  return c;
}

export const companyOutAccuracy = (c: Confusion): number => (c.truePositive + c.trueNegative) / scores(c).total;

/** Leave-one-company-out predictions at a fixed lambda and threshold. */
function companyOut(examples: readonly Example[], companies: readonly string[], lambda: number, threshold: number) {
  const { assignment, k } = companyFolds(companies);
  const probabilities = outOfFold(examples, assignment, k, lambda);
  return confusion(
    examples,
    probabilities.map((q) => q >= threshold),
  );
}

/** Leave-one-company-out, the lambda and threshold chosen on the other companies' messages only. */
function nestedCompanyOut(examples: readonly Example[], companies: readonly string[], seed: number): Confusion {
  const { assignment, k } = companyFolds(companies);
  const decided = new Array<boolean>(examples.length);
  for (let fold = 0; fold < k; fold++) {
    const training = examples.filter((_, i) => assignment[i] !== fold);
    const { lambda, threshold } = select(training, FOLDS, seed + 1);
    const fit = fitLogistic(training, lambda);
    examples.forEach((e, i) => {
      if (assignment[i] === fold) decided[i] = probability(fit, e.features) >= threshold;
    });
  }
  return confusion(examples, decided);
}

export function examplesFrom(golden: readonly GoldenCustomer[]): Array<Example & { item: GoldenCustomer }> {
  return golden.flatMap((item) => {
    const features = customerUpsetFeatures(item.text);
    return features ? [{ features: UPSET_FEATURES.map((name) => features[name]), label: item.labels.upset, item }] : [];
  });
}

/** The development messages the cross-validated model gets wrong, each with its out-of-fold probability and features. */
function errors(golden: readonly GoldenCustomer[], learned: Learned): string {
  const examples = examplesFrom(golden);
  const probabilities = outOfFold(examples, folds(examples, FOLDS, SEED), FOLDS, learned.lambda);
  return examples
    .flatMap((e, i) => {
      const q = probabilities[i]!;
      if (q >= learned.model.threshold === e.label) return [];
      const fired = UPSET_FEATURES.flatMap((name, j) =>
        e.features[j]! > 0 ? [`${name}=${Number(e.features[j]!.toFixed(2))}`] : [],
      );
      const text = e.item.text.replace(/\s+/g, ' ').slice(0, 200);
      return [`${e.label ? 'missed' : 'false alarm'} p=${q.toFixed(2)} ${fired.join(' ')}\n    ${text}`];
    })
    .join('\n');
}

function nestedAccuracy(examples: readonly Example[], k: number, seed: number): number {
  const outer = folds(examples, k, seed);
  let correct = 0;
  for (let fold = 0; fold < k; fold++) {
    const training = examples.filter((_, i) => outer[i] !== fold);
    const { lambda, threshold } = select(training, k, seed + 1);
    const fit = fitLogistic(training, lambda);
    examples.forEach((e, i) => {
      if (outer[i] === fold && probability(fit, e.features) >= threshold === e.label) correct += 1;
    });
  }
  return correct / examples.length;
}

export interface Stability {
  /** Cross-validated accuracy at the chosen lambda and threshold, one per fold split. */
  cv: number[];
  /** Nested cross-validated accuracy, one per outer fold split. */
  nested: number[];
}

/**
 * How much the estimates move with the fold split alone: on a few hundred messages one split can be a point or two
 * lucky, so a change is judged by whether it moves the figures beyond this spread.
 */
export function stability(
  golden: readonly GoldenCustomer[],
  learned: Learned,
  splits = { cv: 10, nested: 3 },
): Stability {
  const examples = examplesFrom(golden);
  const cv = Array.from({ length: splits.cv }, (_, r) => {
    const probabilities = outOfFold(examples, folds(examples, FOLDS, 1000 + r), FOLDS, learned.lambda);
    return accuracyAt(examples, probabilities, learned.model.threshold);
  });
  const nested = Array.from({ length: splits.nested }, (_, r) => nestedAccuracy(examples, FOLDS, 2000 + 37 * r));
  return { cv, nested };
}

const spread = (values: readonly number[]): string =>
  `mean ${mean(values).toFixed(3)}, ${Math.min(...values).toFixed(3)}..${Math.max(...values).toFixed(3)} over ${values.length} splits`;

/** The whole learning run; the shipped table holds `model` with weights rounded to four places. */
export function learnUpsetModel(golden: readonly GoldenCustomer[], options: { nested?: boolean } = {}): Learned {
  const examples = examplesFrom(golden);
  const { lambda, threshold, scores } = select(examples, FOLDS, SEED);
  const companies = examples.map((e) => e.item.company);
  const fit = fitLogistic(examples, lambda);
  const weights = Object.fromEntries(UPSET_FEATURES.map((name, j) => [name, round(fit.weights[j]!, 4)])) as Record<
    UpsetFeature,
    number
  >;
  const model: UpsetModel = { intercept: round(fit.intercept, 4), weights, threshold };
  const golden_ = examples.map((e) =>
    upsetProbability(Object.fromEntries(UPSET_FEATURES.map((name, j) => [name, e.features[j]!])) as never, model),
  );
  return {
    model,
    lambda,
    scores,
    fittedAccuracy: accuracyAt(examples, golden_, threshold),
    cvAccuracy: scores.find((score) => score.lambda === lambda)!.accuracy,
    nestedAccuracy: options.nested === false ? Number.NaN : nestedAccuracy(examples, FOLDS, SEED),
    companyOut: companyOut(examples, companies, lambda, threshold),
    nestedCompanyOut: options.nested === false ? undefined : nestedCompanyOut(examples, companies, SEED),
    companies: new Set(companies).size,
    messages: examples.length,
  };
}

export function weightsSource(learned: Learned): string {
  const rows = UPSET_FEATURES.map((name) => `    '${name}': ${learned.model.weights[name]},`).join('\n');
  return `/**
 * The upset model's weights, learned from the customer development pool (eval/customers.ts DEVELOPMENT_SETS) by eval/learn-upset-weights.ts
 * (L2 logistic regression, lambda ${learned.lambda} by cross-validated log-loss; threshold by cross-validated accuracy, smoothed over ±${THRESHOLD_WINDOW / 100};
 * 10-fold cross-validation repeated ${REPEATS} times). Generated: do not edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-upset-weights.ts --write && npx prettier --write lib/coach/customer/upset-weights.ts
 *
 * tests/coach/customer/upset-model.test.ts fails while this table differs from what the script learns.
 * Development pool (${learned.messages} messages): fitted accuracy ${learned.fittedAccuracy.toFixed(3)}, cross-validated ${learned.cvAccuracy.toFixed(3)}, ${nestedText(learned.nestedAccuracy)};
 * leave one company out (${learned.companies} companies) ${companyOutAccuracy(learned.companyOut).toFixed(3)}${learned.nestedCompanyOut ? `, nested ${companyOutAccuracy(learned.nestedCompanyOut).toFixed(3)}` : ''}.
 */
import type { UpsetModel } from './upset-model';

export const UPSET_MODEL: UpsetModel = {
  intercept: ${learned.model.intercept},
  threshold: ${learned.model.threshold},
  weights: {
${rows}
  },
};
`;
}

function report(learned: Learned): string {
  const lines = [
    `Upset model from ${learned.messages} development messages, ${FOLDS}-fold stratified cross-validation repeated ${REPEATS} times (seed ${SEED})`,
    '',
    'lambda  CV log-loss  CV accuracy  at threshold',
    ...learned.scores.map(
      (score) =>
        `${String(score.lambda).padStart(6)}  ${score.logLoss.toFixed(4).padStart(11)}  ${score.accuracy.toFixed(3).padStart(11)}  ${score.threshold.toFixed(2).padStart(12)}${score.lambda === learned.lambda ? '  ← chosen' : ''}`,
    ),
    '',
    `fitted accuracy ${learned.fittedAccuracy.toFixed(3)}   cross-validated ${learned.cvAccuracy.toFixed(3)}   nested cross-validated ${learned.nestedAccuracy.toFixed(3)}   (lambda ${learned.lambda}, threshold ${learned.model.threshold})`,
    `leave one company out (${learned.companies} companies): ${confusionText(learned.companyOut)}   nested: ${learned.nestedCompanyOut ? confusionText(learned.nestedCompanyOut) : 'not run (--quick)'}`,
    '',
    `intercept ${learned.model.intercept}`,
    ...[...UPSET_FEATURES]
      .sort((a, b) => Math.abs(learned.model.weights[b]) - Math.abs(learned.model.weights[a]))
      .map((name) => `${name.padEnd(32)} ${learned.model.weights[name].toFixed(4).padStart(8)}`),
  ];
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const learned = learnUpsetModel(loadDevelopment(), { nested: !process.argv.includes('--quick') });
  console.log(report(learned));
  if (process.argv.includes('--stability')) {
    const result = stability(loadDevelopment(), learned);
    console.log(
      `\nrepeated cross-validation ${spread(result.cv)}\nrepeated nested cross-validation ${spread(result.nested)}`,
    );
  }
  if (process.argv.includes('--errors')) console.log(`\n${errors(loadDevelopment(), learned)}`);
  if (process.argv.includes('--write')) {
    writeFileSync(WEIGHTS_PATH, weightsSource(learned));
    console.log(`\nwrote ${WEIGHTS_PATH}`);
  }
}
