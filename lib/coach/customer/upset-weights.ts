/**
 * The upset model's weights, learned from the customer development pool (eval/customers.ts DEVELOPMENT_SETS) by eval/learn-upset-weights.ts
 * (L2 logistic regression, lambda 8 by cross-validated log-loss; threshold by cross-validated accuracy, smoothed over ±0.03;
 * 10-fold cross-validation repeated 5 times). Generated: do not edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-upset-weights.ts --write && npx prettier --write lib/coach/customer/upset-weights.ts
 *
 * tests/coach/customer/upset-model.test.ts fails while this table differs from what the script learns.
 * Development pool (388 messages): fitted accuracy 0.866, cross-validated 0.861, nested 0.856;
 * leave one company out (24 companies) 0.858, nested 0.861.
 */
import type { UpsetModel } from './upset-model';

export const UPSET_MODEL: UpsetModel = {
  intercept: -1.4588,
  threshold: 0.43,
  weights: {
    'emotion:displeased': 1.9039,
    'emotion:urgent': 0.8571,
    'stress:shown': 3.6139,
    'stress:repeated': 2.6708,
    'stress:stakes': 2.0632,
    'stress:money': 2.5524,
    'situation:hurts': 2.3572,
    'situation:not-had': 1.3076,
    'situation:how-to': -0.4538,
    'form:negative-valence': 1.0895,
    'form:bitterness': 1.7446,
    'form:question-marks': -0.9285,
    'form:persistence': 0.9091,
    'form:waiting': 3.1937,
    'form:call-to-act': 1.8395,
    'form:cannot': -0.5399,
    'form:negations': 1.5178,
    'form:first-person': 0.8684,
  },
};
