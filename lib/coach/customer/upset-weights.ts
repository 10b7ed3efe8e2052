/**
 * The upset model's weights, learned from the customer development pool (eval/customers.ts DEVELOPMENT_SETS) by eval/learn-upset-weights.ts
 * (L2 logistic regression, lambda 8 by cross-validated log-loss; threshold by cross-validated accuracy, smoothed over ±0.03;
 * 10-fold cross-validation repeated 5 times). Generated: do not edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-upset-weights.ts --write && npx prettier --write lib/coach/customer/upset-weights.ts
 *
 * tests/coach/customer/upset-model.test.ts fails while this table differs from what the script learns.
 * Development pool (388 messages): fitted accuracy 0.863, cross-validated 0.857, nested 0.848;
 * leave one company out (24 companies) 0.856, nested 0.858.
 */
import type { UpsetModel } from './upset-model';

export const UPSET_MODEL: UpsetModel = {
  intercept: -1.4651,
  threshold: 0.43,
  weights: {
    'emotion:displeased': 1.8837,
    'emotion:urgent': 0.8768,
    'stress:shown': 3.51,
    'stress:repeated': 2.5997,
    'stress:stakes': 2.0661,
    'stress:money': 2.5594,
    'situation:hurts': 2.3606,
    'situation:not-had': 1.3121,
    'situation:how-to': -0.4518,
    'form:negative-valence': 1.1196,
    'form:bitterness': 1.749,
    'form:question-marks': -0.9293,
    'form:persistence': 0.9198,
    'form:waiting': 3.1975,
    'form:call-to-act': 1.849,
    'form:cannot': -0.5449,
    'form:negations': 1.5211,
    'form:first-person': 0.873,
  },
};
