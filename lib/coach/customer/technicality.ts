/** How technical the customer writes, 0..1: technical vocabulary, code-like tokens, error codes. */
import { TECH_TERM_SET } from '../lexicon/support-vocabulary';
import type { AnalyzedText } from '../text';

const CODE_LIKE = /[a-z][A-Z]|[_/\\=<>{}()[\]]|\.\w+\(|^v?\d+\.\d+(\.\d+)?$|^0x[0-9a-f]+$/;

export function readTechnicality(text: AnalyzedText): number {
  if (text.words === 0) return 0;
  let technical = 0;
  for (const sentence of text.sentences) {
    for (const term of sentence.terms) {
      if (!term.text) continue;
      if (TECH_TERM_SET.has(term.normal) || term.tags.has('TechTerm') || CODE_LIKE.test(term.text)) technical += 1;
    }
  }
  // One technical word in twenty ≈ 0.45; one in ten ≈ 0.7; a stack trace saturates.
  return Math.round((1 - Math.exp(-(technical / text.words) * 12)) * 100) / 100;
}
