/**
 * restatement: the draft restates the customer's problem in its own words. Three ways count:
 * - an explicit restatement signal ("so you're saying…", "if I understand correctly", "is that right?");
 * - a check-back question that is a statement in form ("The export fails on every file?");
 * - a statement about the customer's situation sharing key content words (by stem) with their message — not a
 *   copied sentence, not a proposal ("you could try…"), not a pleasantry echoed back ("Merry Christmas to you too").
 */
import { cleanCustomerText } from '../customer/clean';
import { EMOTION_WORDS } from '../lexicon/emotions';
import { contentStems, stem } from '../lexicon/words';
import { registerCache, TwoGenerationCache, weakCache } from '../engine-state';
import { analyzeText } from '../text';
import type { Check, CustomerAnalysis } from '../types';
import type { DraftSentence, DraftView } from './draft';
import { resolveCheck } from './status';

/** Longest run of identical words shared with the customer above which a sentence counts as copied, not restated. */
const COPIED_RUN = 7;
/** Signals that are restatements whatever words follow (a paraphrase may share none). */
const STRONG_SIGNALS = new Set(['so-you', 'you-are-saying', 'if-i-understand', 'is-that-right']);
/** A proposal reuses the customer's words without restating them. */
const PROPOSAL =
  /\b(you|we|u) (could|should|might|can|may|need to|have to|must) |\b(i|we) (would|recommend|suggest|advise|think you)\b|^(try|maybe|perhaps|consider|have you|why not|how about|what about|it might|it may|it could)\b/i;
/** Words of social ritual: echoing them back ("Happy holidays to you too!") restates nothing. */
const PLEASANTRIES = new Set(
  [
    'merry',
    'christmas',
    'happy',
    'holiday',
    'holidays',
    'new',
    'year',
    'day',
    'night',
    'weekend',
    'nice',
    'talk',
    'talking',
    'chat',
    'glad',
    'luck',
    'good',
    'great',
    'care',
    'welcome',
    'bye',
    'morning',
    'evening',
    'afternoon',
    'safe',
    'enjoy',
    'wish',
    'appreciate',
  ].map(stem),
);

/**
 * Feeling words: a sentence that shares only these with the customer reflects their feelings ("you sound
 * lonely") rather than restating their problem.
 */
const FEELINGS = new Set(
  [
    ...Object.values(EMOTION_WORDS).flatMap((words) => Object.keys(words)),
    'feel',
    'feeling',
    'feelings',
    'felt',
    'emotion',
    'emotional',
    'lonely',
    'sad',
    'happy',
    'depressed',
    'depression',
    'down',
    'hard',
    'difficult',
    'tough',
    'bad',
  ].map(stem),
);

interface CustomerContent {
  stems: ReadonlySet<string>;
  words: readonly string[];
}

const contentCache = registerCache('restatement: customer content by message', new Map<string, CustomerContent>());

/**
 * Customer content stems, read from the message's clean text (no handles, links or quoted history to "restate");
 * the message is usually the same for a whole session, so one entry is enough.
 */
export function customerContent(message: string): CustomerContent {
  const cached = contentCache.get(message);
  if (cached) return cached;
  const text = analyzeText(cleanCustomerText(message).text);
  const content = {
    stems: new Set(
      text.sentences.flatMap((sentence) => contentStems(sentence.terms)).filter((word) => !PLEASANTRIES.has(word)),
    ),
    words: text.sentences.flatMap((sentence) => sentence.terms.map((term) => term.normal).filter(Boolean)),
  };
  contentCache.clear();
  contentCache.set(message, content);
  return content;
}

function longestSharedRun(words: readonly string[], customerWords: readonly string[]): number {
  let best = 0;
  const previous = new Array<number>(customerWords.length + 1).fill(0);
  for (const word of words) {
    let diagonal = 0;
    for (let j = 1; j <= customerWords.length; j += 1) {
      const above = previous[j]!;
      previous[j] = word === customerWords[j - 1] ? diagonal + 1 : 0;
      if (previous[j]! > best) best = previous[j]!;
      diagonal = above;
    }
  }
  return best;
}

export interface RestatementMatch {
  sentence: DraftSentence;
  shared: string[];
  how: 'signal' | 'check-back' | 'overlap';
}

function classify(entry: DraftSentence, content: CustomerContent | null): RestatementMatch | null {
  const { features, sentence } = entry;
  const signals = features.cues.filter((hit) => hit.cue.kind === 'restate').map((hit) => hit.cue.id);
  if (signals.some((id) => STRONG_SIGNALS.has(id))) return { sentence: entry, shared: [], how: 'signal' };
  const words = sentence.terms.map((term) => term.normal).filter(Boolean);
  const checkBack =
    features.question && !features.asks && words.length >= 3 && (features.secondPerson || features.stems.length > 0);
  // "So it's been harder for you since the move?": a check-back opened by "so" sums up what they said, whatever its words.
  if (checkBack && signals.some((id) => id === 'so-the')) return { sentence: entry, shared: [], how: 'signal' };
  if (!content) return checkBack ? { sentence: entry, shared: [], how: 'check-back' } : null;
  const distinct = [...new Set(features.stems)];
  const shared = distinct.filter((word) => content.stems.has(word) && !FEELINGS.has(word));
  if (checkBack && shared.length > 0) return { sentence: entry, shared, how: 'check-back' };
  if (shared.length === 0) return null;
  if (signals.length > 0) return { sentence: entry, shared, how: 'signal' };
  if (features.asks || PROPOSAL.test(sentence.text.trim())) return null;
  if (longestSharedRun(words, content.words) >= Math.min(COPIED_RUN, Math.max(4, words.length - 1))) return null;
  const ratio = shared.length / distinct.length;
  const aboutThem = features.secondPerson && shared.length >= 2 && ratio >= 0.4;
  const mostlyTheirs = shared.length >= 3 && ratio >= 0.5;
  return aboutThem || mostlyTheirs ? { sentence: entry, shared, how: 'overlap' } : null;
}

type Classified = Omit<RestatementMatch, 'sentence'> | null;

/**
 * classify() reads only the sentence's text (its terms and features are cached by text) and the customer's
 * content, so its verdict is cached by sentence text per customer message: a keystroke classifies one sentence.
 */
const verdicts = weakCache<CustomerContent, TwoGenerationCache<string, Classified>>(
  'restatement: verdicts per customer message',
);
const verdictsWithoutCustomer = registerCache(
  'restatement: verdicts without a customer message',
  new TwoGenerationCache<string, Classified>(4000),
);

function classifyCached(entry: DraftSentence, content: CustomerContent | null): RestatementMatch | null {
  let cache = content ? verdicts.get(content) : verdictsWithoutCustomer;
  if (!cache) {
    cache = new TwoGenerationCache<string, Classified>(4000);
    verdicts.set(content!, cache);
  }
  let verdict = cache.get(entry.sentence.text);
  if (verdict === undefined) {
    const match = classify(entry, content);
    verdict = match ? { shared: match.shared, how: match.how } : null;
    cache.set(entry.sentence.text, verdict);
  }
  return verdict ? { sentence: entry, shared: [...verdict.shared], how: verdict.how } : null;
}

export function findRestatements(view: DraftView, message: string | null): RestatementMatch[] {
  const content = message ? customerContent(message) : null;
  const matches: RestatementMatch[] = [];
  for (const entry of view.sentences) {
    const match = classifyCached(entry, content);
    if (match) matches.push(match);
  }
  return matches;
}

export function isRestatementNeeded(customer: CustomerAnalysis | null): boolean {
  return customer !== null && (customer.problem !== null || customer.distress >= 0.5);
}

export function checkRestatement(view: DraftView, customer: CustomerAnalysis | null, message: string | null): Check {
  const matches = findRestatements(view, message);
  return resolveCheck(
    matches.length > 0,
    isRestatementNeeded(customer),
    matches.map(({ sentence }) => ({ start: sentence.sentence.start, end: sentence.sentence.end })),
    {
      met: "The reply puts the customer's problem in its own words, so they know it was understood.",
      missing: customer?.problem
        ? `Restate the problem in your own words (e.g. that ${customer.problem}) so the customer knows you understood it.`
        : "Restate the customer's problem in your own words so they know you understood it.",
      notNeeded: 'There is no customer problem to restate.',
    },
  );
}
