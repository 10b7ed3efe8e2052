/**
 * The peers the engine is measured against: linters that, unlike the engine, must re-lint the whole text after
 * every keystroke. Each returns its number of messages so the work cannot be optimised away.
 */
import { text as alexText } from 'alex';
import writeGood from 'write-good';

/** alex (retext-equality and retext-profanities on a plain-text retext tree). */
export function lintWithAlex(draft: string): number {
  return alexText(draft).messages.length;
}

/** write-good with its default checks (passive voice, weasel words, wordiness, clichés…). */
export function lintWithWriteGood(draft: string): number {
  return writeGood(draft).length;
}
