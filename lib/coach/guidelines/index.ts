/** Team guideline packs: validation, application to a draft, and import from Vale styles. */
export {
  guidelinePackSchema,
  guidelinePackShapeSchema,
  guidelineRuleSchema,
  phraseSchema,
  parseGuidelinePack,
  salvageGuidelinePack,
  GuidelinePackError,
  matchSyntaxProblem,
} from './schema';
export {
  applyGuidelines,
  applyGuidelinesWithin,
  disabledByPacks,
  type AppliedPack,
  type TeamRulesBudget,
} from './apply';
export { findPhrase } from './match';
export { importValeStyle, expandValePattern, type ValeFile } from './vale';
export {
  checkGuidelinePack,
  checkGuidelinePackSync,
  measureGuidelinePack,
  measureGuidelinePackSync,
  matcherSteps,
  phraseCost,
  type PackCost,
  type PackCostIssue,
  type PhraseCost,
} from './budget';
export * from './limits';
export { controlCharacterProblem, normalizeDisplayName } from './safe-text';
