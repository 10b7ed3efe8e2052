/**
 * The customer's problem in a few words, told from the agent's side ("your export failed again"), so suggestions
 * can name it. Found from the first problem pattern; the clause around it is trimmed and its person flipped.
 */
import type { CustomerCue } from '../lexicon/customer-cues';
import type { CueHit } from '../lexicon/net';
import type { AnalysedText, Term } from '../text';

const FLIP: Readonly<Record<string, string>> = {
  i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself', we: 'you', us: 'you', our: 'your', ours: 'yours',
  "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", "we're": "you're", "we've": "you've", "we'd": "you'd", "we'll": "you'll",
  am: 'are', was: 'were',
};
const NOUN_PHRASE_TAGS = ['Determiner', 'Possessive', 'Adjective', 'Noun', 'Value', 'Acronym'];
const MAX_WORDS = 9;

function flip(term: Term, previous: Term | undefined): string {
  const lower = term.text.toLowerCase().replace(/’/g, "'");
  // "I was" → "you were", but "it was" stays.
  if ((lower === 'was' || lower === 'am') && !(previous && /^(i|we)$/i.test(previous.text))) return term.text;
  return Object.hasOwn(FLIP, lower) ? FLIP[lower]! : term.text;
}

export function readProblem(text: AnalysedText, hits: ReadonlyArray<CueHit<CustomerCue> & { sentenceStart: number }>): string | null {
  const hit = hits.find((candidate) => candidate.cue.kind === 'problem');
  if (!hit) return null;
  const sentence = text.sentences.find((candidate) => candidate.start === hit.sentenceStart);
  if (!sentence) return null;
  const terms = sentence.terms.filter((term) => term.text.length > 0);
  const hitStart = sentence.start + hit.start;
  const hitEnd = sentence.start + hit.end;
  let first = terms.findIndex((term) => term.end > hitStart);
  let last = terms.findIndex((term) => term.end >= hitEnd);
  if (first < 0) return null;
  if (last < 0) last = terms.length - 1;
  const inClause = (index: number): boolean => !/[,;:.!?]/.test(terms[index]!.post);
  const isPhraseWord = (index: number): boolean => NOUN_PHRASE_TAGS.some((tag) => terms[index]!.tags.has(tag));
  // Widen left over the noun phrase and adverbs ("the monthly export still"), right to the end of the clause.
  while (first > 0 && last - first < MAX_WORDS && (isPhraseWord(first - 1) || terms[first - 1]!.tags.has('Adverb')) && inClause(first - 1)) first -= 1;
  while (last + 1 < terms.length && last - first + 1 < MAX_WORDS && !/[,;:.!?(]/.test(terms[last]!.post) && !terms[last + 1]!.tags.has('Conjunction')) last += 1;
  let subject: Term[] = [];
  if (!isPhraseWord(first) && !terms[first]!.tags.has('Pronoun')) {
    // The pattern started at the verb ("…present still hasn't arrived"): borrow the nearest noun phrase before it.
    let noun = first - 1;
    while (noun >= 0 && first - noun <= 6 && inClause(noun) && !terms[noun]!.tags.has('Noun')) noun -= 1;
    if (noun >= 0 && terms[noun]!.tags.has('Noun') && inClause(noun)) {
      let start = noun;
      while (start > 0 && isPhraseWord(start - 1) && inClause(start - 1)) start -= 1;
      subject = terms.slice(start, noun + 1);
    }
  }
  const chosen = [...subject, ...terms.slice(first, last + 1)];
  const words = chosen.map((term, index, all) => flip(term, all[index - 1]).replace(/[.,;:!?]+$/, ''));
  const phrase = words.join(' ').replace(/\s+/g, ' ').trim();
  if (!phrase) return null;
  const keepCapital = /^(I\b|[A-Z]{2,}|[A-Z][a-z]+[A-Z])/.test(phrase) || chosen[0]!.tags.has('ProperNoun');
  return keepCapital ? phrase : phrase.charAt(0).toLowerCase() + phrase.slice(1);
}
