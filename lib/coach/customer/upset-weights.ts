/**
 * The upset model's weights, learned from the customer development pool (eval/customers.ts DEVELOPMENT_SETS) by eval/learn-upset-weights.ts
 * (L2 logistic regression, lambda 16 by cross-validated log-loss; threshold by cross-validated accuracy;
 * 10-fold cross-validation repeated 5 times). Generated: do not edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-upset-weights.ts --write && npx prettier --write lib/coach/customer/upset-weights.ts
 *
 * tests/coach/customer/upset-model.test.ts fails while this table differs from what the script learns.
 * Development pool (388 messages): fitted accuracy 0.845, cross-validated 0.826, nested 0.817.
 */
import type { UpsetModel } from './upset-model';

export const UPSET_MODEL: UpsetModel = {
  intercept: -1.1918,
  threshold: 0.45,
  weights: {
    'emotion:angry': 1.0454,
    'emotion:frustrated': 1.7738,
    'emotion:anxious': 0.4182,
    'emotion:disappointed': 1.1574,
    'emotion:urgent': 1.0546,
    'emotion:confused': 0.3998,
    'emotion:grateful': 0,
    'stress:shown': 2.6048,
    'stress:repeated': 2.0698,
    'stress:stakes': 1.4868,
    'stress:money': 2.1225,
    'situation:hurts': 1.8531,
    'situation:not-had': 1.1744,
    'situation:broken': 0.2102,
    'situation:disputed': 0.1475,
    'situation:how-to': -0.4729,
    'form:negative-valence': 2.7288,
    'form:capitals': -0.1214,
    'form:exclamations': 0.2421,
    'form:question-marks': -0.5604,
    'form:help-plea': 0.023,
    'form:persistence': 0.7287,
    'form:waiting': 2.11,
    'form:call-to-act': 1.472,
    'form:negations': 0.7969,
    'form:first-person': 0.675,
  },
};
