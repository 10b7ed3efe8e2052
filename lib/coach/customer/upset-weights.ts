/**
 * The upset model's weights, learned from the customer development pool (eval/customers.ts DEVELOPMENT_SETS) by eval/learn-upset-weights.ts
 * (L2 logistic regression, lambda 8 by cross-validated log-loss; threshold by cross-validated accuracy;
 * 10-fold cross-validation repeated 5 times). Generated: do not edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-upset-weights.ts --write && npx prettier --write lib/coach/customer/upset-weights.ts
 *
 * tests/coach/customer/upset-model.test.ts fails while this table differs from what the script learns.
 * Development pool (388 messages): fitted accuracy 0.853, cross-validated 0.836, nested 0.830.
 */
import type { UpsetModel } from './upset-model';

export const UPSET_MODEL: UpsetModel = {
  intercept: -1.455,
  threshold: 0.43,
  weights: {
    'emotion:angry': 0.9889,
    'emotion:frustrated': 2.0139,
    'emotion:anxious': 0.3041,
    'emotion:disappointed': 1.2675,
    'emotion:urgent': 1.0104,
    'emotion:confused': 0.102,
    'emotion:grateful': 0,
    'stress:shown': 3.6343,
    'stress:repeated': 3.0244,
    'stress:stakes': 1.8888,
    'stress:money': 2.6762,
    'situation:hurts': 2.3786,
    'situation:not-had': 1.4442,
    'situation:broken': 0.2227,
    'situation:disputed': -0.1152,
    'situation:how-to': -0.4429,
    'form:negative-valence': 3.2856,
    'form:capitals': -0.8487,
    'form:exclamations': 0.3026,
    'form:question-marks': -0.7503,
    'form:help-plea': -0.0298,
    'form:persistence': 0.8695,
    'form:waiting': 2.8582,
    'form:call-to-act': 1.8282,
    'form:negations': 0.9324,
    'form:first-person': 0.7315,
  },
};
