/**
 * The engine's own suggestion self-check (lib/coach/suggestions/self-check.ts), scored by `npm run eval` beside the
 * eval's own sentence check and together with it.
 */
import { checkSuggestion as engineSelfCheck } from '../lib/coach/suggestions/self-check';
import type { SuggestionChecker } from './sentence-check';

export const checkSuggestion: SuggestionChecker | null = (text) => engineSelfCheck(text);
