import { EVERYDAY_ACRONYMS, TIME_ZONE_ABBREVIATIONS, isAllCaps } from '../common-words';
import { type RuleHit, type SentenceInput, type SentenceRule } from '../types';
import type { Term } from '../../text';

const id = 'shouting/caps';

/** Parts of speech that are never acronyms: a capitalised "NOT", "PLEASE" or "URGENT" is emphasis. */
const WORD_CLASSES = [
  'Verb',
  'Adverb',
  'Adjective',
  'Negative',
  'Expression',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'QuestionWord',
];

/** A capitalised noun is an ordinary word, not an acronym, when it is long enough and pronounceable. */
function isLikelyWord(word: string): boolean {
  return word.length >= 4 && /[AEIOUY]/u.test(word) && !/[^AEIOUY]{4}/u.test(word);
}

/**
 * A word in capitals is shouting when it is an ordinary word ("PLEASE", "NOT"), not an acronym or a name:
 * compromise tags acronyms, organisations and (through the support lexicon) technical terms, and everyday
 * acronyms and time zones are listed.
 */
function isShoutedWord(term: Term): boolean {
  const word = term.text;
  if (!isAllCaps(word) || /[\d_]/u.test(word)) return false;
  if (word === 'I' || EVERYDAY_ACRONYMS.has(word) || TIME_ZONE_ABBREVIATIONS.has(word)) return false;
  if (term.tags.has('TechTerm') || term.tags.has('Organization')) return false;
  if (term.tags.has('Acronym')) return word.length >= 5 && isLikelyWord(word);
  if (WORD_CLASSES.some((tag) => term.tags.has(tag))) return true;
  return isLikelyWord(word);
}

function lower(text: string, sentenceStart: boolean): string {
  const lowered = text.toLowerCase().replace(/\bi\b/gu, 'I');
  return sentenceStart ? lowered.charAt(0).toUpperCase() + lowered.slice(1) : lowered;
}

function check(sentence: SentenceInput): RuleHit[] {
  const hits: RuleHit[] = [];
  const terms = sentence.terms.filter((term) => term.text.length > 0);
  let index = 0;
  while (index < terms.length) {
    if (!isShoutedWord(terms[index]!)) {
      index += 1;
      continue;
    }
    // A shouted run takes in neighbouring capitals too ("DO IT NOW").
    let firstIndex = index;
    while (
      firstIndex > 0 &&
      isAllCaps(terms[firstIndex - 1]!.text) &&
      (hits.length === 0 || terms[firstIndex - 1]!.start >= hits[hits.length - 1]!.end)
    )
      firstIndex -= 1;
    let last = index;
    while (last + 1 < terms.length && isAllCaps(terms[last + 1]!.text)) last += 1;
    const first = terms[firstIndex]!;
    const end = terms[last]!.end;
    const actual = sentence.text.slice(first.start, end);
    const atStart = sentence.text.slice(0, first.start).trim() === '';
    hits.push({
      start: first.start,
      end,
      reason: `“${actual}” in capitals reads as shouting`,
      expected: [lower(actual, atStart)],
    });
    index = last + 1;
  }
  return hits;
}

export const rule: SentenceRule = {
  id,
  scope: 'sentence',
  severity: 'warning',
  rationale: 'Words in capitals (“PLEASE READ”, “do NOT”), not acronyms.',
  why: 'Capitals read as shouting; to an upset customer they sound angry, whatever you meant.',
  lesson: {
    title: 'Emphasis without shouting',
    before: 'PLEASE READ the steps below before you reply.',
    after: 'Please read the steps below before you reply.',
  },
  fixes: true,
  check,
  examples: {
    bad: [
      { text: 'PLEASE READ the steps below before you reply.', actual: 'PLEASE READ', expected: 'Please read' },
      { text: 'Do NOT share your password with anyone.', actual: 'NOT', expected: 'not' },
      { text: 'This is URGENT for your account.', actual: 'URGENT', expected: 'urgent' },
      { text: 'DO IT NOW and the sync starts.', actual: 'DO IT NOW', expected: 'Do it now' },
    ],
    good: [
      { text: 'Please read the steps below before you reply.' },
      { text: 'Turn on SSO in the admin area and check the FAQ, OK?' },
      { text: 'I called at 3 pm CET, and NASA was mentioned in the PDF.' },
    ],
  },
};
