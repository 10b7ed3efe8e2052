/**
 * The upset model's weights, learned from the customer development pool (eval/customers.ts DEVELOPMENT_SETS) by eval/learn-upset-weights.ts
 * (L2 logistic regression, lambda 8 by cross-validated log-loss; threshold by cross-validated accuracy, smoothed over ±0.03;
 * 10-fold cross-validation repeated 5 times). Generated: do not edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-upset-weights.ts --write && npx prettier --write lib/coach/customer/upset-weights.ts
 *
 * tests/coach/customer/upset-model.test.ts fails while this table differs from what the script learns.
 * Development pool (388 messages): fitted accuracy 0.869, cross-validated 0.856, nested 0.851;
 * leave one company out (24 companies) 0.853, nested 0.858.
 */
import type { UpsetModel } from './upset-model';

export const UPSET_MODEL: UpsetModel = {
  intercept: -1.4551,
  threshold: 0.42,
  weights: {
    'emotion:displeased': 1.9044,
    'emotion:urgent': 0.8266,
    'stress:shown': 3.5228,
    'stress:repeated': 3.0671,
    'stress:stakes': 2.0726,
    'stress:money': 2.577,
    'situation:hurts': 2.3629,
    'situation:not-had': 1.3098,
    'situation:how-to': -0.4116,
    'form:negative-valence': 0.7791,
    'form:bitterness': 1.95,
    'form:question-marks': -1.028,
    'form:persistence': 0.9226,
    'form:waiting': 2.7692,
    'form:call-to-act': 1.8473,
    'form:cannot': -0.5262,
    'form:negations': 1.449,
    'form:first-person': 0.8371,
  },
};
