/**
 * How far the topic's candidate phrases (lib/coach/customer/topic.ts `topicCandidates`) can carry it on the
 * development pool: the share of labelled topics where some candidate would score right or partly right (the most a
 * perfect ranking could reach), the share where one does but the shipped table picks another, and, for the rest, why
 * no candidate holds the labelled words — the categories say which way of generating candidates would help.
 *
 *   npx tsx eval/topic-ceiling.ts           # figures and the categories of misses
 *   npx tsx eval/topic-ceiling.ts --list    # and each pool miss with its category, keys and candidates
 *
 * Only the development pool is read (eval/customers.ts `loadDevelopment`): held-out set C is never listed here.
 */
import { pathToFileURL } from 'node:url';
import { cleanCustomerText } from '../lib/coach/customer/clean';
import { readProblemSetting } from '../lib/coach/customer/problem';
import { addressedHandles, bestTopic, topicCandidates } from '../lib/coach/customer/topic';
import { TOPIC_WEIGHTS } from '../lib/coach/customer/topic-weights';
import { analyzeText, type Term } from '../lib/coach/text';
import { keyMatches, loadDevelopment, normalizePhrase, scoreTopic, type GoldenCustomer } from './customers';

/** Why no candidate holds the labelled words, checked in this order (the first that applies is the category). */
export const MISS_CATEGORIES = [
  /** Some key is nowhere in the message: the label paraphrases ("flights into Midway" for "MDW"). */
  'paraphrased',
  /** A key is in the message only one or two letters off ("trail" for "trial"). */
  'misspelled',
  /** Candidates exist that hold it, but the problem's kind filters them out (topicCandidates with no kind has one). */
  'filtered by kind',
  /** Every key is in the message, but in no one run of phrase words (they span a verb, a preposition, a sentence). */
  'keys apart',
  /** A key is in a word with a digit: an error code, an order number, a model ("0x80070005", "7 Plus"). */
  'code or number',
  /** A key is in a verb ("logging in", "checking out", "updating"): an activity with no object is never offered. */
  'activity',
  /** A key is in a capitalised word that no candidate keeps ("camera upload" of "Dropbox camera upload"). */
  'name word',
  /** Anything else: a key in a word compromise tags so that no phrase is built on it. */
  'other',
] as const;

export type MissCategory = (typeof MISS_CATEGORIES)[number];

const words = (text: string): string[] =>
  normalizePhrase(text)
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);

/** Levenshtein distance, cut off above `limit` (only "one or two letters off" matters here). */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1)
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return previous[b.length]!;
}

/** A key's alternative, each of whose words starts within two letters of a message word (a key is a word's start). */
function nearlyIn(message: readonly string[], key: string): boolean {
  return key
    .split('|')
    .some((alternative) =>
      words(alternative).every((part) =>
        message.some((word) => editDistance(word.slice(0, part.length), part, part.length >= 5 ? 2 : 1) <= 1),
      ),
    );
}

/** The terms of the analysed message whose words a key matches. */
function termsFor(terms: readonly Term[], key: string): Term[] {
  return terms.filter((term) => keyMatches(term.text, key));
}

interface Miss {
  item: GoldenCustomer;
  category: MissCategory;
  candidates: string[];
}

function categorise(item: GoldenCustomer, keys: readonly string[], clean: string): MissCategory {
  const text = analyzeText(clean);
  if (!keys.every((key) => keyMatches(clean, key))) {
    const message = words(clean);
    return keys.every((key) => keyMatches(clean, key) || nearlyIn(message, key)) ? 'misspelled' : 'paraphrased';
  }
  const unfiltered = topicCandidates(text, null, [], addressedHandles(item.text));
  if (unfiltered.some((candidate) => scoreTopic(candidate.text, keys) !== 'wrong')) return 'filtered by kind';
  const terms = text.sentences.flatMap((sentence) => sentence.terms);
  const hits = keys.map((key) => termsFor(terms, key));
  // Keys spread over more than one sentence, or more than four words apart, can't be one phrase.
  if (keys.length > 1) {
    const starts = hits.map((found) => found[0]?.start ?? 0);
    const sentences = new Set(
      hits.map((found) => text.sentences.findIndex((sentence) => found[0] && sentence.terms.includes(found[0]))),
    );
    const span = terms.filter((term) => term.start >= Math.min(...starts) && term.start <= Math.max(...starts));
    if (sentences.size > 1 || span.length > 4) return 'keys apart';
  }
  const found = hits.flat();
  if (found.some((term) => /\d/.test(term.text))) return 'code or number';
  if (found.some((term) => term.tags.has('Verb') && !term.tags.has('Noun'))) return 'activity';
  if (found.some((term) => /^\p{Lu}/u.test(term.text) || term.tags.has('ProperNoun'))) return 'name word';
  return 'other';
}

interface Ceiling {
  labelled: number;
  right: number;
  rightOrPartly: number;
  rankedBelow: number;
  misses: Miss[];
}

/** The pool's candidate ceiling and its misses, read the way the engine reads each message. */
export function measureCeiling(pool: readonly GoldenCustomer[]): Ceiling {
  const ceiling: Ceiling = { labelled: 0, right: 0, rightOrPartly: 0, rankedBelow: 0, misses: [] };
  for (const item of pool) {
    const keys = item.labels.topic?.keys;
    if (!keys) continue;
    ceiling.labelled += 1;
    const clean = cleanCustomerText(item.text).text;
    const text = analyzeText(clean);
    const setting = readProblemSetting(text);
    const candidates = topicCandidates(text, setting.kind, setting.mentions, addressedHandles(item.text));
    const verdicts = candidates.map((candidate) => scoreTopic(candidate.text, keys));
    if (verdicts.includes('right')) ceiling.right += 1;
    if (verdicts.some((verdict) => verdict !== 'wrong')) {
      ceiling.rightOrPartly += 1;
      const best = bestTopic(candidates, setting.kind, TOPIC_WEIGHTS);
      if (!best || verdicts[candidates.indexOf(best)] === 'wrong') ceiling.rankedBelow += 1;
      continue;
    }
    ceiling.misses.push({
      item,
      category: categorise(item, keys, clean),
      candidates: candidates.map((candidate) => candidate.text),
    });
  }
  return ceiling;
}

function main(argv: readonly string[]): void {
  const ceiling = measureCeiling(loadDevelopment());
  const percent = (part: number) => `${((100 * part) / ceiling.labelled).toFixed(1)} %`;
  console.log(`Development pool: ${ceiling.labelled} labelled topics`);
  console.log(`  a candidate scores right for ${ceiling.right} (${percent(ceiling.right)})`);
  console.log(
    `  right or partly for ${ceiling.rightOrPartly} (${percent(ceiling.rightOrPartly)}): the ceiling of any ranking`,
  );
  console.log(`  of those, the shipped table names another or none for ${ceiling.rankedBelow}`);
  console.log(`  no candidate holds the labelled words for ${ceiling.misses.length}:`);
  for (const category of MISS_CATEGORIES) {
    const count = ceiling.misses.filter((miss) => miss.category === category).length;
    console.log(`    ${category.padEnd(18)} ${String(count).padStart(3)}`);
  }
  if (!argv.includes('--list')) return;
  for (const category of MISS_CATEGORIES)
    for (const miss of ceiling.misses.filter((entry) => entry.category === category)) {
      console.log(`\n[${category}] ${miss.item.id} keys ${JSON.stringify(miss.item.labels.topic?.keys)}`);
      console.log(`  ${miss.item.text.replace(/\s+/g, ' ')}`);
      console.log(`  candidates: ${miss.candidates.map((text) => JSON.stringify(text)).join(', ') || '(none)'}`);
    }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
