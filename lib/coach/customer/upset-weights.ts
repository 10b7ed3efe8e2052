/**
 * The upset model's weights, learned from the customer development pool (eval/customers.ts DEVELOPMENT_SETS) by eval/learn-upset-weights.ts
 * (L2 logistic regression, lambda 8 by cross-validated log-loss; threshold by cross-validated accuracy, smoothed over ±0.03;
 * 10-fold cross-validation repeated 5 times). Generated: do not edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-upset-weights.ts --write && npx prettier --write lib/coach/customer/upset-weights.ts
 *
 * tests/coach/customer/upset-model.test.ts fails while this table differs from what the script learns.
 * Development pool (388 messages): fitted accuracy 0.866, cross-validated 0.857, nested 0.853;
 * leave one company out (24 companies) 0.853, nested 0.853.
 */
import type { UpsetModel } from './upset-model';

export const UPSET_MODEL: UpsetModel = {
  intercept: -1.4636,
  threshold: 0.42,
  weights: {
    'emotion:displeased': 1.8641,
    'emotion:urgent': 0.8431,
    'stress:shown': 3.5291,
    'stress:repeated': 3.0675,
    'stress:stakes': 2.0725,
    'stress:money': 2.5796,
    'situation:hurts': 2.3663,
    'situation:not-had': 1.3474,
    'situation:how-to': -0.4067,
    'form:negative-valence': 0.7992,
    'form:bitterness': 1.9143,
    'form:question-marks': -1.0172,
    'form:persistence': 0.9375,
    'form:waiting': 2.7801,
    'form:call-to-act': 1.8539,
    'form:cannot': -0.5119,
    'form:negations': 1.3801,
    'form:first-person': 0.8542,
  },
};
