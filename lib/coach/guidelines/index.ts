/** Team guideline packs: validation, application to a draft, and import from Vale styles. */
export { guidelinePackSchema, guidelineRuleSchema, phraseSchema, parseGuidelinePack, GuidelinePackError, matchSyntaxProblem } from './schema';
export { applyGuidelines, disabledByPacks } from './apply';
export { findPhrase } from './match';
export { importValeStyle, expandValePattern, type ValeFile } from './vale';
