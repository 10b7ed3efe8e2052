/**
 * The upset model's weights, learned from the customer development pool (eval/customers.ts DEVELOPMENT_SETS) by eval/learn-upset-weights.ts
 * (L2 logistic regression, lambda 8 by cross-validated log-loss; threshold by cross-validated accuracy, smoothed over ±0.03;
 * 10-fold cross-validation repeated 5 times). Generated: do not edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-upset-weights.ts --write && npx prettier --write lib/coach/customer/upset-weights.ts
 *
 * tests/coach/customer/upset-model.test.ts fails while this table differs from what the script learns.
 * Development pool (388 messages): fitted accuracy 0.869, cross-validated 0.855, nested 0.848;
 * leave one company out (24 companies) 0.853, nested 0.848.
 */
import type { UpsetModel } from './upset-model';

export const UPSET_MODEL: UpsetModel = {
  intercept: -1.5107,
  threshold: 0.43,
  weights: {
    'emotion:displeased': 1.8915,
    'emotion:urgent': 0.8906,
    'stress:shown': 3.5647,
    'stress:repeated': 3.0425,
    'stress:stakes': 2.066,
    'stress:money': 2.5332,
    'situation:hurts': 2.3647,
    'situation:not-had': 1.3325,
    'situation:how-to': -0.4666,
    'form:negative-valence': 0.7972,
    'form:bitterness': 1.9865,
    'form:question-marks': -0.6671,
    'form:persistence': 0.9223,
    'form:waiting': 2.7527,
    'form:call-to-act': 1.8836,
    'form:cannot': -0.5189,
    'form:negations': 1.4682,
    'form:first-person': 0.8343,
  },
};
