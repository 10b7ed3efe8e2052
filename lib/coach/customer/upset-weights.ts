/**
 * The upset model's weights, learned from the customer development pool (eval/customers.ts DEVELOPMENT_SETS) by eval/learn-upset-weights.ts
 * (L2 logistic regression, lambda 8 by cross-validated log-loss; threshold by cross-validated accuracy, smoothed over ±0.03;
 * 10-fold cross-validation repeated 5 times). Generated: do not edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-upset-weights.ts --write && npx prettier --write lib/coach/customer/upset-weights.ts
 *
 * tests/coach/customer/upset-model.test.ts fails while this table differs from what the script learns.
 * Development pool (388 messages): fitted accuracy 0.853, cross-validated 0.837, nested 0.827.
 */
import type { UpsetModel } from './upset-model';

export const UPSET_MODEL: UpsetModel = {
  intercept: -1.5143,
  threshold: 0.43,
  weights: {
    'emotion:angry': 0.6448,
    'emotion:frustrated': 2.0736,
    'emotion:disappointed': 0.938,
    'emotion:urgent': 0.9508,
    'stress:shown': 3.5801,
    'stress:repeated': 3.0707,
    'stress:stakes': 1.9571,
    'stress:money': 2.5175,
    'situation:hurts': 2.3497,
    'situation:not-had': 1.4498,
    'situation:how-to': -0.4404,
    'form:negative-valence': 1.0292,
    'form:bitterness': 2.0515,
    'form:question-marks': -0.7278,
    'form:rhetorical': 0.9765,
    'form:elongated': 1.7805,
    'form:persistence': 0.8618,
    'form:waiting': 2.7817,
    'form:call-to-act': 1.8544,
    'form:negations': 1.0906,
    'form:first-person': 0.782,
  },
};
