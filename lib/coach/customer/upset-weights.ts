/**
 * The upset model's weights, learned from the customer development pool (eval/customers.ts DEVELOPMENT_SETS) by eval/learn-upset-weights.ts
 * (L2 logistic regression, lambda 8 by cross-validated log-loss; threshold by cross-validated accuracy;
 * 10-fold cross-validation repeated 5 times). Generated: do not edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-upset-weights.ts --write && npx prettier --write lib/coach/customer/upset-weights.ts
 *
 * tests/coach/customer/upset-model.test.ts fails while this table differs from what the script learns.
 * Golden (388 messages): fitted accuracy 0.817, cross-validated 0.804, nested 0.791.
 */
import type { UpsetModel } from './upset-model';

export const UPSET_MODEL: UpsetModel = {
  intercept: -0.8487,
  threshold: 0.42,
  weights: {
    'emotion:angry': 0.8475,
    'emotion:frustrated': 2.1203,
    'emotion:anxious': 0.7774,
    'emotion:disappointed': 0.7534,
    'emotion:urgent': 1.1753,
    'emotion:confused': 0.4305,
    'emotion:grateful': 0,
    'stress:shown': 3.0817,
    'stress:repeated': 3.1666,
    'stress:stakes': 1.7153,
    'stress:money': 2.2757,
    'situation:hurts': 2.2423,
    'situation:not-had': 1.3851,
    'situation:broken': 0.2598,
    'situation:disputed': 0.1932,
    'situation:how-to': -0.5316,
    'form:negative-valence': 2.8123,
    'form:capitals': -0.8114,
    'form:exclamations': 0.036,
    'form:question-marks': -0.7713,
    'form:help-plea': 0.1013,
    'form:persistence': 0.7387,
    'form:negations': 1.1502,
  },
};
