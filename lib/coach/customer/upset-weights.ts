/**
 * The upset model's weights, learned from the customer development pool (eval/customers.ts DEVELOPMENT_SETS) by eval/learn-upset-weights.ts
 * (L2 logistic regression, lambda 8 by cross-validated log-loss; threshold by cross-validated accuracy, smoothed over ±0.03;
 * 10-fold cross-validation repeated 5 times). Generated: do not edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-upset-weights.ts --write && npx prettier --write lib/coach/customer/upset-weights.ts
 *
 * tests/coach/customer/upset-model.test.ts fails while this table differs from what the script learns.
 * Development pool (388 messages): fitted accuracy 0.869, cross-validated 0.856, nested 0.851;
 * leave one company out (24 companies) 0.853, nested 0.856.
 */
import type { UpsetModel } from './upset-model';

export const UPSET_MODEL: UpsetModel = {
  intercept: -1.4557,
  threshold: 0.42,
  weights: {
    'emotion:displeased': 1.9043,
    'emotion:urgent': 0.8256,
    'stress:shown': 3.5248,
    'stress:repeated': 3.072,
    'stress:stakes': 2.0728,
    'stress:money': 2.5767,
    'situation:hurts': 2.3632,
    'situation:not-had': 1.3152,
    'situation:how-to': -0.4115,
    'form:negative-valence': 0.7793,
    'form:bitterness': 1.9503,
    'form:question-marks': -1.0288,
    'form:persistence': 0.9228,
    'form:waiting': 2.7741,
    'form:call-to-act': 1.8476,
    'form:cannot': -0.5261,
    'form:negations': 1.4486,
    'form:first-person': 0.8375,
  },
};
