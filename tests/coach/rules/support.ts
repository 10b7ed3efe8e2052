import { analyzeText } from '../../../lib/coach/text';
import { runRules, type Rule, type RuleContext } from '../../../lib/coach/rules';
import type { CustomerAnalysis, Finding } from '../../../lib/coach/types';

/** A customer analysis with nothing notable in it except how technical they write. */
export function customerWithTechnicality(technicality: number): CustomerAnalysis {
  return {
    emotions: [],
    primaryEmotion: null,
    distress: 0,
    stress: [],
    questions: [],
    specifics: [],
    name: null,
    technicality,
    problem: null,
    problemDetail: null,
    upset: false,
  };
}

export function contextFor(technicality?: number, disabled: string[] = []): RuleContext {
  return {
    customer: technicality === undefined ? null : customerWithTechnicality(technicality),
    disabled: new Set(disabled),
  };
}

/** Runs the whole registry (so examples also prove rules do not need each other) and returns one rule's findings. */
export function findingsOf(rule: Rule, draft: string, technicality?: number): Finding[] {
  return runRules(analyzeText(draft), contextFor(technicality)).filter((finding) => finding.ruleId === rule.id);
}
