/**
 * The upset model's weights, learned from tests/fixtures/customers/golden.jsonl by eval/learn-upset-weights.ts
 * (L2 logistic regression, lambda 4 by cross-validated log-loss; threshold by cross-validated accuracy;
 * 10-fold cross-validation repeated 5 times). Generated: do not edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-upset-weights.ts --write && npx prettier --write lib/coach/customer/upset-weights.ts
 *
 * tests/coach/customer/upset-model.test.ts fails while this table differs from what the script learns.
 * Golden (168 messages): fitted accuracy 0.899, cross-validated 0.850, nested 0.821.
 */
import type { UpsetModel } from './upset-model';

export const UPSET_MODEL: UpsetModel = {
  intercept: -1.3947,
  threshold: 0.53,
  weights: {
    'emotion:angry': 2.0467,
    'emotion:frustrated': 3.5655,
    'emotion:anxious': 2.1558,
    'emotion:disappointed': 2.2062,
    'emotion:urgent': 2.5393,
    'emotion:confused': 4.1951,
    'emotion:grateful': 0,
    'stress:shown': 4.8922,
    'stress:repeated': 5.5039,
    'stress:stakes': 4.6258,
    'stress:money': 4.2872,
    'situation:hurts': 2.3537,
    'situation:not-had': 2.882,
    'situation:broken': 0.0436,
    'situation:disputed': 1.8391,
    'situation:how-to': -0.0931,
    'form:negative-valence': 2.0019,
    'form:capitals': -0.4156,
    'form:exclamations': -0.4096,
    'form:question-marks': -0.8358,
    'form:help-plea': -0.0152,
    'form:persistence': 1.1727,
    'form:negations': 1.9566,
  },
};
