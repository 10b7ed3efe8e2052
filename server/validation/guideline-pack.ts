/**
 * Guideline packs are validated with the engine's own schema and budget (lib/coach/guidelines), so a pack the
 * server accepts is exactly a pack the extension can apply. Requests are checked for shape while they are parsed
 * (cheap); the match syntax and the cost of every phrase are then measured in slices that yield to the event
 * loop, so the largest pack the body limit lets through never holds up other requests for more than a few ms.
 */
export { guidelinePackSchema, guidelinePackShapeSchema } from '../../lib/coach/guidelines/schema';
export { measureGuidelinePack } from '../../lib/coach/guidelines/budget';
export { MAX_PACKS_PER_TEAM, MAX_TEAM_COST, MAX_TEAM_RULES } from '../../lib/coach/guidelines/limits';
