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
  for (const sentence of text.sentences) {
    const trimmed = sentence.text.trim();
    const explicit = /\?[\s"'”’)]*$/.test(trimmed);
    const implicit = hits.some((hit) => hit.cue.kind === 'implicit-question' && hit.sentenceStart === sentence.start);
    if (!explicit && !implicit) continue;
    if (RHETORICAL.test(trimmed.replace(/^[^\p{L}]+/u, ''))) continue;
    const words = keywords(sentence);
    if (words.length === 0) continue;
    questions.push({ text: sentence.text, span: { start: sentence.start, end: sentence.end }, kind: explicit ? 'explicit' : 'implicit', keywords: words });
  }
  return questions;
}
