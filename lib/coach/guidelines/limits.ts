/**
 * The cost budget of guideline packs, in one place: the server, the dashboard, the CLI, the Vale import and the
 * engine all read these. Costs are matcher steps on the probe sentence (see budget.ts).
 */

/**
 * A plain one-word match phrase costs about 3,000 steps on the probe, twenty `#Noun+ word` choices about 5,400,
 * thirty fuzzy `~word~` choices about 23,000 (refused): five plain phrases' worth.
 */
export const MAX_PHRASE_COST = 15_000;
/** About 1,000 plain one-word match phrases, or 200 at the per-phrase limit. */
export const MAX_PACK_COST = 3_000_000;
/** Every pack a team has published, together. */
export const MAX_TEAM_COST = 6_000_000;
/** A literal phrase is one linear regular expression over the draft: about as costly as 100 matcher steps. */
export const LITERAL_PHRASE_COST = 100;
export const MAX_PHRASES_PER_RULE = 500;
export const MAX_PHRASES_PER_PACK = 10_000;
export const MAX_RULES_PER_PACK = 2000;
/** Notes an import may leave in a pack (what it skipped and why). */
export const MAX_NOTES_PER_PACK = 500;
/** Packs a team may keep (archived ones do not count). */
export const MAX_PACKS_PER_TEAM = 20;
/** Rules in all of a team's packs together. */
export const MAX_TEAM_RULES = 5000;
/**
 * The engine's time for team rules on one draft, shared out between the packs: a pack that uses up its share is
 * skipped for the rest of that draft, and the report names it.
 */
export const TEAM_RULES_BUDGET_MS = 150;
