/**
 * The upset model's weights, learned from the customer development pool (eval/customers.ts DEVELOPMENT_SETS) by eval/learn-upset-weights.ts
 * (L2 logistic regression, lambda 8 by cross-validated log-loss; threshold by cross-validated accuracy;
 * 10-fold cross-validation repeated 5 times). Generated: do not edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-upset-weights.ts --write && npx prettier --write lib/coach/customer/upset-weights.ts
 *
 * tests/coach/customer/upset-model.test.ts fails while this table differs from what the script learns.
 * Development pool (388 messages): fitted accuracy 0.851, cross-validated 0.835, nested 0.820.
 */
import type { UpsetModel } from './upset-model';

export const UPSET_MODEL: UpsetModel = {
  intercept: -1.4347,
  threshold: 0.44,
  weights: {
    'emotion:angry': 0.9766,
    'emotion:frustrated': 1.9988,
    'emotion:anxious': 0.3223,
    'emotion:disappointed': 1.2546,
    'emotion:urgent': 0.998,
    'emotion:confused': 0.0857,
    'emotion:grateful': 0,
    'stress:shown': 3.6252,
    'stress:repeated': 3.0251,
    'stress:stakes': 1.8683,
    'stress:money': 2.6666,
    'situation:hurts': 2.3523,
    'situation:not-had': 1.4251,
    'situation:broken': 0.1998,
    'situation:disputed': -0.1178,
    'situation:how-to': -0.4494,
    'form:negative-valence': 3.2604,
    'form:capitals': -0.8549,
    'form:exclamations': 0.2903,
    'form:question-marks': -0.7715,
    'form:help-plea': -0.04,
    'form:persistence': 0.8606,
    'form:waiting': 2.8371,
    'form:call-to-act': 1.8177,
    'form:negations': 0.9988,
    'form:first-person': 0.7234,
  },
};
