/**
 * restatement: the draft restates the customer's problem in its own words — it shares key content words (by
 * stem) with the customer's message, is about them, and is not a copied sentence or a question about something
 * new. A restatement signal ("so you're saying…", "if I understand correctly") needs only one shared word.
 */
import { contentStems } from '../lexicon/words';
import { analyseText } from '../text';
import type { Check, CustomerAnalysis } from '../types';
import type { DraftSentence, DraftView } from './draft';
import { resolveCheck } from './status';

/** Longest run of identical words shared with the customer above which a sentence counts as copied, not restated. */
const COPIED_RUN = 7;

interface CustomerContent {
  stems: ReadonlySet<string>;
  words: readonly string[];
}

const contentCache = new Map<string, CustomerContent>();

/** Customer content stems; the message is usually the same for a whole session, so one entry is enough. */
export function customerContent(message: string): CustomerContent {
  const cached = contentCache.get(message);
  if (cached) return cached;
  const text = analyseText(message);
  const content = {
    stems: new Set(text.sentences.flatMap((sentence) => contentStems(sentence.terms))),
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
}

export function findRestatements(view: DraftView, message: string | null): RestatementMatch[] {
  const content = message ? customerContent(message) : null;
  const matches: RestatementMatch[] = [];
  for (const entry of view.sentences) {
    const { features, sentence } = entry;
    const signalled = features.cues.some((hit) => hit.cue.kind === 'restate');
    if (!content) {
      if (signalled) matches.push({ sentence: entry, shared: [] });
      continue;
    }
    const distinct = [...new Set(features.stems)];
    const shared = distinct.filter((stem) => content.stems.has(stem));
    if (shared.length === 0) continue;
    const words = sentence.terms.map((term) => term.normal).filter(Boolean);
    if (longestSharedRun(words, content.words) >= Math.min(COPIED_RUN, Math.max(4, words.length - 1))) continue;
    const ratio = shared.length / Math.max(1, distinct.length);
    // Questions that open a new topic ("How has it affected you?") are questions, not paraphrases.
    const newQuestion = features.asks && !signalled;
    const aboutThem = features.secondPerson && shared.length >= 2 && ratio >= 0.4;
    const mostlyTheirs = shared.length >= 3 && ratio >= 0.5;
    if (signalled || (!newQuestion && (aboutThem || mostlyTheirs))) matches.push({ sentence: entry, shared });
  }
  return matches;
}

export function isRestatementNeeded(customer: CustomerAnalysis | null): boolean {
  return customer !== null && (customer.problem !== null || customer.distress >= 0.5);
}

export function checkRestatement(view: DraftView, customer: CustomerAnalysis | null, message: string | null): Check {
  const matches = findRestatements(view, message);
  return resolveCheck(matches.length > 0, isRestatementNeeded(customer), matches.map(({ sentence }) => ({ start: sentence.sentence.start, end: sentence.sentence.end })), {
    met: 'The reply puts the customer\'s problem in its own words, so they know it was understood.',
    missing: customer?.problem
      ? `Restate the problem in your own words (e.g. that ${customer.problem}) so the customer knows you understood it.`
      : 'Restate the customer\'s problem in your own words so they know you understood it.',
    notNeeded: 'There is no customer problem to restate.',
  });
}
