/**
 * The upset model's weights, learned from the customer development pool (eval/customers.ts DEVELOPMENT_SETS) by eval/learn-upset-weights.ts
 * (L2 logistic regression, lambda 16 by cross-validated log-loss; threshold by cross-validated accuracy;
 * 10-fold cross-validation repeated 5 times). Generated: do not edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-upset-weights.ts --write && npx prettier --write lib/coach/customer/upset-weights.ts
 *
 * tests/coach/customer/upset-model.test.ts fails while this table differs from what the script learns.
 * Development pool (388 messages): fitted accuracy 0.827, cross-validated 0.806, nested 0.791.
 */
import type { UpsetModel } from './upset-model';

export const UPSET_MODEL: UpsetModel = {
  intercept: -1.0069,
  threshold: 0.47,
  weights: {
    'emotion:angry': 1.0794,
    'emotion:frustrated': 1.7845,
    'emotion:anxious': 0.5312,
    'emotion:disappointed': 0.9696,
    'emotion:urgent': 1.1186,
    'emotion:confused': 0.3905,
    'emotion:grateful': 0,
    'stress:shown': 2.4895,
    'stress:repeated': 2.4495,
    'stress:stakes': 1.3473,
    'stress:money': 1.9747,
    'situation:hurts': 1.7788,
    'situation:not-had': 1.1898,
    'situation:broken': 0.2233,
    'situation:disputed': 0.0865,
    'situation:how-to': -0.5599,
    'form:negative-valence': 2.5415,
    'form:capitals': -0.1017,
    'form:exclamations': 0.1944,
    'form:question-marks': -0.5713,
    'form:help-plea': 0.0031,
    'form:persistence': 0.665,
    'form:negations': 0.7623,
    'form:first-person': 0.6411,
  },
};
