/**
 * Whether a sentence gives advice: an imperative ("Take this time for yourself"), a modal aimed at the reader
 * ("you should…", "you can…"), a recommendation ("I'd suggest…", "maybe try…") or a generic recipe ("the best way
 * is…", "it's important to…"). Positive words in advice describe the proposal, not the person, so a warm-sounding
 * suggestion ("Getting lost in a good book is a great way to get your mind off it") is not praise.
 *
 * Read from compromise's tags and a handful of function words, on terms the sentence already has — no extra
 * compromise pass.
 */
import { boundedCache } from '../engine-state';
import type { Sentence, Term } from '../text';

/** Words that may come before the real opening of a sentence: "Well, …", "Yes, …", "So …". */
const LEAD_IN = new Set([
  'well',
  'oh',
  'ok',
  'okay',
  'so',
  'and',
  'but',
  'yes',
  'yeah',
  'also',
  'then',
  'now',
  'just',
  'please',
  'maybe',
  'perhaps',
  'first',
  'again',
  'anyway',
  'however',
  'honestly',
]);
const MODAL_FOR_YOU = new Set(['can', 'could', 'should', 'might', 'may', 'must', 'need', 'ought', 'have']);
const RECOMMEND = new Set(['suggest', 'recommend', 'advise', 'encourage', 'urge']);
/** Nouns that turn a positive judgement into a recipe: "a great way to…", "the best thing to do". */
const RECIPE = new Set(['way', 'idea', 'thing', 'step', 'option', 'place', 'start', 'tool', 'resource']);

const cache = boundedCache<string, boolean>('advice: verdicts by sentence', 4000);

function word(term: Term | undefined): string {
  return term ? term.normal.replace(/['’](s|re|ve|d|ll|m)$/, '') : '';
}

function opensImperative(terms: readonly Term[]): boolean {
  let index = 0;
  while (index < terms.length && (LEAD_IN.has(word(terms[index])) || terms[index]!.tags.has('Expression'))) index += 1;
  const first = terms[index];
  if (!first) return false;
  // "Maybe try…", "perhaps consider…" were skipped as lead-in words; "try" itself is an imperative.
  if (first.normal === 'try' || first.normal === 'consider') return true;
  // "Don't worry", "don't blame yourself": a negative imperative comforts rather than advises.
  if (first.normal === 'do' && /^(not|n't)$/.test(terms[index + 1]?.normal ?? '')) return false;
  if (/^(be|stay|keep)$/.test(first.normal)) return false; // "Be proud of yourself", "stay strong": encouragement, not a recipe.
  return first.tags.has('Imperative');
}

function computeAdvice(sentence: Sentence): boolean {
  const terms = sentence.terms;
  if (opensImperative(terms)) return true;
  for (let index = 0; index < terms.length; index += 1) {
    const current = word(terms[index]);
    const next = word(terms[index + 1]);
    // "you should/can/could/need to…", but "you can do this" is encouragement — left to the affirmation cues.
    if ((current === 'you' || current === 'u') && MODAL_FOR_YOU.has(next)) {
      const verb = word(terms[index + 2]);
      if (next === 'have' && verb !== 'to') continue;
      if (next === 'can' && /^(do|get|handle|make|overcome)$/.test(verb)) continue;
      return true;
    }
    if (
      (current === 'i' || current === 'we') &&
      (RECOMMEND.has(next) ||
        (next === 'would' && /^(suggest|recommend|say|advise|try|encourage)$/.test(word(terms[index + 2]))))
    )
      return true;
    if (RECIPE.has(current) && next === 'to' && terms[index + 2]?.tags.has('Infinitive')) return true;
    // "it's important to rest", "best to wait" — but "good to hear that" reacts to the person's news.
    if (
      /^(important|helpful|best|good|great|wise|better)$/.test(current) &&
      next === 'to' &&
      terms[index + 2]?.tags.has('Infinitive') &&
      !/^(hear|see|know|read|meet|talk|chat)$/.test(word(terms[index + 2]))
    )
      return true;
    if (current === 'make' && next === 'sure') return true;
  }
  return false;
}

/** "Nice to meet you", "it was great talking with you": courtesy about the conversation, not about the person. */
const PLEASANTRY =
  /\b(nice|great|good|lovely|pleasure|glad|happy|fun)\b[^.!?]{0,20}\b(to (meet|talk|chat|speak)|(talking|chatting|speaking) (to|with))\b/i;

export function isPleasantry(sentence: Sentence): boolean {
  return PLEASANTRY.test(sentence.text);
}

const WISH = new Set(['hope', 'hoping', 'hoped', 'wish', 'wishing']);
/** Words that end the clause a wish governs: "I hope so, but you did the right thing". */
const CLAUSE_BREAK = new Set(['but', 'because', 'though', 'although', 'since', 'so', 'and']);

/**
 * Whether the words at `offset` (relative to the sentence) are the object of a wish: "I hope you feel better",
 * "I'm hoping things will settle down". A wish is a kindness, but it neither names the customer's feeling nor
 * tells them plainly that it will be handled. "Hopefully" is left alone: it hedges a statement, it does not wish.
 */
export function isWished(sentence: Sentence, offset: number): boolean {
  const absolute = sentence.start + offset;
  const before = sentence.terms.filter((term) => term.end <= absolute);
  for (let index = before.length - 1, seen = 0; index >= 0 && seen < 6; index -= 1, seen += 1) {
    const term = before[index]!;
    if (/[,;:—–]/.test(term.post) && index < before.length - 1) return false;
    if (WISH.has(term.normal)) return true;
    if (CLAUSE_BREAK.has(term.normal)) return false;
  }
  return false;
}

export function givesAdvice(sentence: Sentence): boolean {
  const cached = cache.get(sentence.text);
  if (cached !== undefined) return cached;
  const advice = computeAdvice(sentence);
  cache.set(sentence.text, advice);
  return advice;
}
