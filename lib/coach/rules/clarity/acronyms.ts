import { weakCache } from '../../engine-state';
import type { AnalyzedText, Term } from '../../text';
import { EVERYDAY_ACRONYMS, TIME_ZONE_ABBREVIATIONS, isAllCaps } from '../common-words';
import { type DocumentRule, type RuleContext, type RuleHit } from '../types';

const id = 'clarity/acronyms';

/** Customers who write this technically read acronyms like SSO or DNS without help. */
export const ACRONYM_SAVVY_READER = 0.6;

/** An acronym: 2–6 capitals, optionally with digits ("SSO", "2FA", "S3"), nothing else. */
const ACRONYM = /^(?=.*\p{Lu}.*\p{Lu}|.*\d.*\p{Lu}|.*\p{Lu}.*\d)[\p{Lu}\d]{2,6}s?$/u;

function isExplained(text: string, start: number, end: number): boolean {
  // "single sign-on (SSO)" or "SSO (single sign-on)"
  return /\(\s*$/u.test(text.slice(Math.max(0, start - 2), start)) || /^\s*\(/u.test(text.slice(end, end + 3));
}

function savvy(context: RuleContext): boolean {
  return (context.customer?.technicality ?? 0) >= ACRONYM_SAVVY_READER;
}

interface Candidate {
  /** Index of the term in its sentence. */
  index: number;
  word: string;
  bare: string;
}

/**
 * The acronyms of one sentence that are not everyday ones nor part of a shouted run, by its terms array: unchanged
 * sentences keep theirs between keystrokes, so the document pass only looks at these instead of testing every word.
 */
const candidatesBySentence = weakCache<readonly Term[], Candidate[]>('acronyms: candidates by sentence');

function candidatesOf(terms: readonly Term[]): Candidate[] {
  let candidates = candidatesBySentence.get(terms);
  if (candidates) return candidates;
  candidates = [];
  terms.forEach((term, index) => {
    const word = term.text;
    if (!ACRONYM.test(word)) return;
    const bare = word.replace(/s$/u, '');
    if (EVERYDAY_ACRONYMS.has(bare) || TIME_ZONE_ABBREVIATIONS.has(bare)) return;
    const before = terms[index - 1];
    const after = terms[index + 1];
    if (
      (before && isAllCaps(before.text) && before.text.length > 3) ||
      (after && isAllCaps(after.text) && after.text.length > 3)
    )
      return;
    candidates.push({ index, word, bare });
  });
  candidatesBySentence.set(terms, candidates);
  return candidates;
}

function check(text: AnalyzedText, context: RuleContext): RuleHit[] {
  if (savvy(context)) return [];
  const seen = new Set<string>();
  const hits: RuleHit[] = [];
  for (const sentence of text.sentences) {
    for (const { index, word, bare } of candidatesOf(sentence.terms)) {
      if (seen.has(bare)) continue;
      seen.add(bare);
      const term = sentence.terms[index]!;
      if (isExplained(text.text, term.start, term.end)) continue;
      hits.push({
        start: term.start,
        end: term.end,
        reason: `“${word}” may not be familiar: spell it out the first time`,
      });
    }
  }
  return hits;
}

export const rule: DocumentRule = {
  id,
  scope: 'document',
  severity: 'suggestion',
  rationale: `Acronyms not spelled out at first use (“SSO”, “DNS”), unless the customer writes technically (≥ ${ACRONYM_SAVVY_READER}).`,
  why: 'An unexplained acronym makes the customer search or guess, and guessing wrong costs another reply.',
  lesson: {
    title: 'Spell acronyms out the first time',
    before: 'You can turn on SSO in the admin area.',
    after: 'You can turn on single sign-on in the admin area.',
  },
  fixes: false,
  check,
  examples: {
    bad: [
      { text: 'You can turn on SSO in the admin area.', actual: 'SSO' },
      { text: 'Your DNS records need a new entry, and DNS changes take an hour.', actual: 'DNS', technicality: 0.2 },
    ],
    good: [
      { text: 'You can turn on single sign-on (SSO) in the admin area, and SSO then applies to everyone.' },
      { text: 'Your DNS records need a new entry.', technicality: 0.9 },
      { text: 'I have attached the PDF with the FAQ, OK?' },
      { text: 'Call us between 9 and 5 EST.' },
    ],
  },
};
