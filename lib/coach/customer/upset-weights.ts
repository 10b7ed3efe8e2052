/**
 * The upset model's weights, learned from the customer development pool (eval/customers.ts DEVELOPMENT_SETS) by eval/learn-upset-weights.ts
 * (L2 logistic regression, lambda 16 by cross-validated log-loss; threshold by cross-validated accuracy;
 * 10-fold cross-validation repeated 5 times). Generated: do not edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-upset-weights.ts --write && npx prettier --write lib/coach/customer/upset-weights.ts
 *
 * tests/coach/customer/upset-model.test.ts fails while this table differs from what the script learns.
 * Development pool (388 messages): fitted accuracy 0.845, cross-validated 0.819, nested 0.812.
 */
import type { UpsetModel } from './upset-model';

export const UPSET_MODEL: UpsetModel = {
  intercept: -1.1694,
  threshold: 0.45,
  weights: {
    'emotion:angry': 1.0545,
    'emotion:frustrated': 1.7354,
    'emotion:anxious': 0.3817,
    'emotion:disappointed': 1.1501,
    'emotion:urgent': 1.0322,
    'emotion:confused': 0.362,
    'emotion:grateful': 0,
    'stress:shown': 2.5496,
    'stress:repeated': 2.0574,
    'stress:stakes': 1.451,
    'stress:money': 2.0088,
    'situation:hurts': 1.8069,
    'situation:not-had': 1.1518,
    'situation:broken': 0.2236,
    'situation:disputed': 0.1377,
    'situation:how-to': -0.5055,
    'form:negative-valence': 2.6729,
    'form:capitals': -0.1189,
    'form:exclamations': 0.2109,
    'form:question-marks': -0.487,
    'form:help-plea': 0.0456,
    'form:persistence': 0.7029,
    'form:waiting': 2.1419,
    'form:call-to-act': 1.4611,
    'form:negations': 0.7551,
    'form:first-person': 0.7089,
  },
};
