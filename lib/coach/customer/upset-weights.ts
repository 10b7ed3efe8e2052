/**
 * The upset model's weights, learned from tests/fixtures/customers/golden.jsonl by eval/learn-upset-weights.ts
 * (L2 logistic regression, lambda 4 by cross-validated log-loss; threshold by cross-validated accuracy;
 * 10-fold cross-validation repeated 5 times). Generated: do not edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-upset-weights.ts --write && npx prettier --write lib/coach/customer/upset-weights.ts
 *
 * tests/coach/customer/upset-model.test.ts fails while this table differs from what the script learns.
 * Golden (168 messages): fitted accuracy 0.917, cross-validated 0.869, nested 0.851.
 */
import type { UpsetModel } from './upset-model';

export const UPSET_MODEL: UpsetModel = {
  intercept: -1.4658,
  threshold: 0.52,
  weights: {
    'emotion:angry': 1.1573,
    'emotion:frustrated': 2.772,
    'emotion:anxious': 1.9735,
    'emotion:disappointed': 2.0633,
    'emotion:urgent': 1.9429,
    'emotion:confused': 4.9636,
    'emotion:grateful': 0,
    'stress:shown': 4.8715,
    'stress:repeated': 4.032,
    'stress:stakes': 4.6208,
    'stress:money': 4.3955,
    'situation:hurts': 2.3815,
    'situation:not-had': 2.9127,
    'situation:broken': 0.1297,
    'situation:disputed': 1.774,
    'situation:how-to': -0.191,
    'form:negative-valence': 2.2937,
    'form:capitals': -0.4439,
    'form:exclamations': -0.4341,
    'form:question-marks': -0.5284,
    'form:help-plea': 0.0515,
    'form:persistence': 1.303,
    'form:negations': 1.9775,
  },
};
