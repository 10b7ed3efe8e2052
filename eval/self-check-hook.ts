/**
 * Where the eval gets the engine's own suggestion self-check (cust-ack, issue 11), which is not on this branch.
 *
 * MERGE (lead): once lib/coach/suggestions/self-check.ts is on main, replace the `export const` line below with
 *   export { checkSuggestion } from '../lib/coach/suggestions/self-check';
 * and `npm run eval` scores suggestions with it beside the eval's own sentence check (and with both together).
 */
import type { SuggestionChecker } from './sentence-check';

export const checkSuggestion: SuggestionChecker | null = null;
