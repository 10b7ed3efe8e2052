/**
 * The upset model's weights, learned from the customer development pool (eval/customers.ts DEVELOPMENT_SETS) by eval/learn-upset-weights.ts
 * (L2 logistic regression, lambda 8 by cross-validated log-loss; threshold by cross-validated accuracy;
 * 10-fold cross-validation repeated 5 times). Generated: do not edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-upset-weights.ts --write && npx prettier --write lib/coach/customer/upset-weights.ts
 *
 * tests/coach/customer/upset-model.test.ts fails while this table differs from what the script learns.
 * Development pool (388 messages): fitted accuracy 0.845, cross-validated 0.831, nested 0.822.
 */
import type { UpsetModel } from './upset-model';

export const UPSET_MODEL: UpsetModel = {
  intercept: -1.4267,
  threshold: 0.43,
  weights: {
    'emotion:angry': 0.9433,
    'emotion:frustrated': 1.9854,
    'emotion:anxious': 0.2616,
    'emotion:disappointed': 1.222,
    'emotion:urgent': 1.0101,
    'emotion:confused': 0.1239,
    'emotion:grateful': 0,
    'stress:shown': 3.6034,
    'stress:repeated': 3.156,
    'stress:stakes': 1.829,
    'stress:money': 2.5151,
    'situation:hurts': 2.3405,
    'situation:not-had': 1.4111,
    'situation:broken': 0.2186,
    'situation:disputed': 0.1672,
    'situation:how-to': -0.4602,
    'form:negative-valence': 3.3185,
    'form:capitals': -0.8656,
    'form:exclamations': 0.2604,
    'form:question-marks': -0.7745,
    'form:help-plea': 0,
    'form:persistence': 0.8592,
    'form:waiting': 2.433,
    'form:call-to-act': 1.8114,
    'form:negations': 0.9852,
    'form:first-person': 0.7307,
  },
};
