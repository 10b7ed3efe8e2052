/** The customer's questions: explicit ("…?") and implicit ("I need to know whether…", "please send me…"). */
import type { CustomerCue } from '../lexicon/customer-cues';
import type { CueHit } from '../lexicon/net';
import { isContentTerm } from '../lexicon/words';
import type { AnalysedText, Sentence } from '../text';
import type { CustomerQuestion } from '../types';

/** Questions that vent rather than ask; answering them literally would sound defensive. */
const RHETORICAL = /^(are you (kidding|serious|joking)|seriously|really|why me|what the (hell|heck)|is (anyone|anybody) (there|listening|reading)|how (hard|difficult) (can|could) it be|what is wrong with you|do you (even )?care|who does that)\b/i;

function keywords(sentence: Sentence): string[] {
  const seen = new Set<string>();
  for (const term of sentence.terms) if (isContentTerm(term)) seen.add(term.normal);
  return [...seen];
}

export function readQuestions(text: AnalysedText, hits: ReadonlyArray<CueHit<CustomerCue> & { sentenceStart: number }>): CustomerQuestion[] {
  const questions: CustomerQuestion[] = [];
  let context: string[] = [];
  for (const sentence of text.sentences) {
    const own = keywords(sentence);
    const trimmed = sentence.text.trim();
    const explicit = /\?[\s"'”’)]*$/.test(trimmed);
    const implicit = hits.some((hit) => hit.cue.kind === 'implicit-question' && hit.sentenceStart === sentence.start);
    const previous = context;
    if (own.length > 0) context = own;
    if (!explicit && !implicit) continue;
    if (RHETORICAL.test(trimmed.replace(/^[^\p{L}]+/u, ''))) continue;
    // "Where is it?" asks about what the sentence before it named.
    const words = own.length > 0 ? own : previous;
    if (words.length === 0) continue;
    questions.push({ text: sentence.text, span: { start: sentence.start, end: sentence.end }, kind: explicit ? 'explicit' : 'implicit', keywords: words });
  }
  return questions;
}
