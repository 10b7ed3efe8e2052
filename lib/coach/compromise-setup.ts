/**
 * The engine's changes to compromise, installed by one explicit call. compromise keeps one global world (its
 * lexicon, tagger steps and match methods), so these changes apply to every `nlp()` in the bundle; the engine
 * installs them before it tags anything (text.ts, and the engine's entry lib/coach/index.ts). Installing again
 * does nothing.
 *
 * - the support and technical vocabulary plugin (lexicon/support-vocabulary.ts): `#SupportTerm`, `#TechTerm`;
 * - no chunker on construction: compromise's chunker (noun/verb phrase chunks for `<Noun>` match syntax) ran on
 *   every document it built and was ~14% of tagging a sentence; nothing in the engine reads chunks, and they
 *   never change a tag. `withChunks` (text.ts) computes them for a document that asks (a team guideline written
 *   in chunk syntax);
 * - contractions typed without their apostrophe ("thats", "youre") added to compromise's contraction list
 *   (lexicon/contractions.ts), so patterns written for "that is" match them;
 * - a faster `bulkMatch` behind `doc.sweep` and compromise's own tagger (matcher/sweep.ts), with the same results.
 */
import nlp from 'compromise';
import { addMissingApostrophes, type ContractionWorld } from './lexicon/contractions';
import { supportVocabularyPlugin } from './lexicon/support-vocabulary';
import { useFastSweep } from './matcher/sweep';

let installed = false;

export function installCompromisePatches(): void {
  if (installed) return;
  installed = true;
  nlp.plugin(supportVocabularyPlugin);
  // compromise's typings do not describe its world object; lexicon/contractions.ts names the one field it uses.
  addMissingApostrophes(nlp.world() as unknown as ContractionWorld);
  const constructionSteps = (nlp.world() as unknown as { hooks: string[] }).hooks;
  const chunkStep = constructionSteps.indexOf('chunks');
  if (chunkStep >= 0) constructionSteps.splice(chunkStep, 1);
  useFastSweep();
}
