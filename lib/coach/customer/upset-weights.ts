/**
 * The upset model's weights, learned from tests/fixtures/customers/golden.jsonl by eval/learn-upset-weights.ts
 * (L2 logistic regression, lambda 4 by 10-fold cross-validated log-loss; threshold by cross-validated
 * accuracy). Generated: do not edit by hand. When the features or the signals behind them change, regenerate with
 *
 *   npx tsx eval/learn-upset-weights.ts --write && npx prettier --write lib/coach/customer/upset-weights.ts
 *
 * tests/coach/customer/upset-model.test.ts fails while this table differs from what the script learns.
 * Golden (168 messages): fitted accuracy 0.881, cross-validated 0.851, nested 0.821.
 */
import type { UpsetModel } from './upset-model';

export const UPSET_MODEL: UpsetModel = {
  intercept: -1.3964,
  threshold: 0.41,
  weights: {
    'emotion:angry': 1.9507,
    'emotion:frustrated': 3.7876,
    'emotion:anxious': 2.2958,
    'emotion:disappointed': 2.0653,
    'emotion:urgent': 2.7471,
    'emotion:confused': 5.0898,
    'emotion:grateful': 0,
    'stress:shown': 5.0804,
    'stress:repeated': 5.4352,
    'stress:stakes': 0.1519,
    'stress:money': 3.3394,
    'situation:hurts': 2.316,
    'situation:not-had': 2.9289,
    'situation:broken': 0.082,
    'situation:disputed': -0.2965,
    'situation:how-to': -0.1526,
    'form:negative-valence': 2.2694,
    'form:capitals': -0.6464,
    'form:exclamations': -0.1269,
    'form:question-marks': -0.8587,
    'form:help-plea': -0.1505,
    'form:persistence': 0.6451,
    'form:negations': 2.1372,
  },
};
