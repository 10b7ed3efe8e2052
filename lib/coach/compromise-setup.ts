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
 * - a faster `bulkMatch` behind `doc.sweep` and compromise's own tagger (matcher/sweep.ts), with the same results;
 * - a faster `parseMatch` (matcher/parse.ts) that reads plain words, tags and word lists itself, with the same
 *   parse: nets are built on first use, and parsing their patterns was a large part of the first analysis.
 *
 * The engine imports `compromise/two` (tokenizer, lexicon, tagger, matcher), not all of compromise: the rest of
 * `compromise/three` is methods the engine never calls (`.nouns()`, `.numbers()`, `.people()`, …) and adds no
 * tag, word or tagging step, so leaving it out changes no analysis (the eval output is byte-identical) and takes
 * ≈16 KB gzip out of the background worker. Of three, only the chunker is installed here, for `withChunks`.
 */
import nlp from 'compromise/two';
// compromise's package exports do not list its plugins, and the plugin has no typings: loaded by path (the file is
// part of the pinned version; tests/coach/core/compromise-pin.test.ts checks the version). Its shape is a plain
// plugin object ({ compute, api, hooks }), which is all `nlp.plugin` reads.
// @ts-expect-error -- untyped JavaScript file outside the package's exports
import chunkerPlugin from '../../node_modules/compromise/src/3-three/chunker/plugin.js';
import { addMissingApostrophes, type ContractionWorld } from './lexicon/contractions';
import { supportVocabularyPlugin } from './lexicon/support-vocabulary';
import { useFastParse } from './matcher/parse';
import { useFastSweep } from './matcher/sweep';

let installed = false;

export function installCompromisePatches(): void {
  if (installed) return;
  installed = true;
  // Its construction hook is taken out below; `doc.compute('chunks')` (withChunks) still finds its compute step.
  nlp.plugin(chunkerPlugin as Parameters<typeof nlp.plugin>[0]);
  nlp.plugin(supportVocabularyPlugin);
  // compromise's typings do not describe its world object; lexicon/contractions.ts names the one field it uses.
  addMissingApostrophes(nlp.world() as unknown as ContractionWorld);
  const constructionSteps = (nlp.world() as unknown as { hooks: string[] }).hooks;
  const chunkStep = constructionSteps.indexOf('chunks');
  if (chunkStep >= 0) constructionSteps.splice(chunkStep, 1);
  useFastSweep();
  useFastParse();
}
