import { describe, expect, it } from 'vitest';
import { loadDevelopment } from '../../../eval/customers';
import { fitLogistic, folds, learnUpsetModel, probability, type Example } from '../../../eval/learn-upset-weights';
import { customerUpsetFeatures } from '../../../lib/coach/customer/index';
import { UPSET_FEATURES } from '../../../lib/coach/customer/upset-features';
import { upsetProbability } from '../../../lib/coach/customer/upset-model';
import { UPSET_MODEL } from '../../../lib/coach/customer/upset-weights';

describe('the shipped upset weights', () => {
  // Regenerate with `npx tsx eval/learn-upset-weights.ts --write` when the features or the signals change.
  it('are what eval/learn-upset-weights.ts learns from the development pool', () => {
    const learned = learnUpsetModel(loadDevelopment(), { nested: false });
    expect(UPSET_MODEL.threshold).toBe(learned.model.threshold);
    expect(UPSET_MODEL.intercept).toBeCloseTo(learned.model.intercept, 3);
    for (const name of UPSET_FEATURES)
      expect([name, UPSET_MODEL.weights[name]]).toEqual([name, learned.model.weights[name]]);
  }, 60_000);

  // Measured when the table was learned on the development pool: fitted 0.827, cross-validated 0.806 (10 folds × 5
  // repeats), nested 0.791 (on golden alone it had been 0.869, which was optimistic). With waiting, calls to act and
  // recurrence (3 December 2026): fitted 0.845, cross-validated 0.819, nested 0.812; with calm-worded harm and
  // reported text: fitted 0.853, cross-validated 0.836, nested 0.830; with 21 features (report-only signals dropped,
  // own sentiment, rhetorical questions, drawn-out words) and a smoothed threshold: fitted 0.853, cross-validated
  // 0.837, nested 0.827 — the same within the fold-split spread (about ±0.01); with 17 features (anger and
  // disappointment read with frustration as displeasure, rhetorical questions and drawn-out words as shown
  // frustration): fitted 0.856, cross-validated 0.842, nested 0.830, leave-one-company-out 0.840 (nested 0.843);
  // with "can't / won't / unable to" as a feature: fitted 0.869, cross-validated 0.855, nested 0.848, leave-one-company-out
  // 0.853 (nested 0.848).
  it('decide as well on development messages left out of the fit (cross-validated accuracy floor)', () => {
    expect(learnUpsetModel(loadDevelopment(), { nested: false }).cvAccuracy).toBeGreaterThanOrEqual(0.8);
  }, 60_000);

  it('weigh every feature the engine computes, and only those', () => {
    expect(Object.keys(UPSET_MODEL.weights).sort()).toEqual([...UPSET_FEATURES].sort());
  });
});

describe('the learner', () => {
  // Two separable groups on one feature: the fit must find the direction, and the penalty must shrink it.
  const examples: Example[] = [
    ...Array.from({ length: 20 }, (_, i) => ({ features: [1, (i % 3) / 2], label: true })),
    ...Array.from({ length: 20 }, (_, i) => ({ features: [0, (i % 3) / 2], label: false })),
    { features: [1, 0.5], label: false },
    { features: [0, 0.5], label: true },
  ];
  it('finds the feature that separates the labels, and not the noise', () => {
    const fit = fitLogistic(examples, 1);
    expect(fit.weights[0]).toBeGreaterThan(2);
    expect(Math.abs(fit.weights[1]!)).toBeLessThan(fit.weights[0]! / 4);
    expect(probability(fit, [1, 0.5])).toBeGreaterThan(0.8);
    expect(probability(fit, [0, 0.5])).toBeLessThan(0.2);
  });
  it('shrinks the weights as the L2 penalty grows', () => {
    expect(fitLogistic(examples, 30).weights[0]).toBeLessThan(fitLogistic(examples, 1).weights[0]!);
  });
  it('splits into stratified folds, the same on every run', () => {
    const assignment = folds(examples, 5, 11);
    expect(assignment).toEqual(folds(examples, 5, 11));
    for (let fold = 0; fold < 5; fold++) {
      const members = examples.filter((_, i) => assignment[i] === fold);
      expect(members.filter((e) => e.label).length).toBeGreaterThanOrEqual(4);
      expect(members.filter((e) => !e.label).length).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('the upset probability', () => {
  it('rises with a pressing signal and falls without one', () => {
    const calm = customerUpsetFeatures('How do I change the email address on my account?')!;
    const upset = customerUpsetFeatures('My account was hacked and the email on it was changed. Fix it.')!;
    expect(upsetProbability(upset, UPSET_MODEL)).toBeGreaterThan(upsetProbability(calm, UPSET_MODEL));
  });
});

describe('the upset features', () => {
  it('count questions, not question marks: "???" is one question said hard, not three asked', () => {
    const stacked = customerUpsetFeatures('Why is my account locked???')!;
    const single = customerUpsetFeatures('Why is my account locked?')!;
    const three = customerUpsetFeatures('Is my account locked? Can I reset it? Do I need a code?')!;
    expect(stacked['form:question-marks']).toBe(single['form:question-marks']);
    expect(three['form:question-marks']).toBeGreaterThan(single['form:question-marks']);
  });
});
