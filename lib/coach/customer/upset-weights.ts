/**
 * The upset model's weights, learned from the customer development pool (eval/customers.ts DEVELOPMENT_SETS) by eval/learn-upset-weights.ts
 * (L2 logistic regression, lambda 8 by cross-validated log-loss; threshold by cross-validated accuracy, smoothed over ±0.03;
 * 10-fold cross-validation repeated 5 times). Generated: do not edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-upset-weights.ts --write && npx prettier --write lib/coach/customer/upset-weights.ts
 *
 * tests/coach/customer/upset-model.test.ts fails while this table differs from what the script learns.
 * Development pool (388 messages): fitted accuracy 0.856, cross-validated 0.842, nested 0.830;
 * leave one company out (24 companies) 0.840, nested 0.843.
 */
import type { UpsetModel } from './upset-model';

export const UPSET_MODEL: UpsetModel = {
  intercept: -1.5367,
  threshold: 0.44,
  weights: {
    'emotion:displeased': 1.863,
    'emotion:urgent': 1.0183,
    'stress:shown': 3.6026,
    'stress:repeated': 3.0551,
    'stress:stakes': 1.944,
    'stress:money': 2.5311,
    'situation:hurts': 2.3402,
    'situation:not-had': 1.4118,
    'situation:how-to': -0.4473,
    'form:negative-valence': 0.8841,
    'form:bitterness': 1.9277,
    'form:question-marks': -0.7026,
    'form:persistence': 0.9167,
    'form:waiting': 2.7938,
    'form:call-to-act': 1.8526,
    'form:negations': 1.0694,
    'form:first-person': 0.8249,
  },
};
